import { describe, expect, it } from 'vitest';
import { recentSharesItem } from '../../../../src/shared/shares.ts';
import { STATUS_TEXT } from '../../../fake-pikpak/drive/shares.ts';
import type { ShareStatus as WireStatus } from '../../../fake-pikpak/drive/types.ts';
import { shareTree, useShareFake } from './harness.ts';

/** Shares that cannot be read (HTTP 200 `share_status`, pikpak-api.md §8.1, §9.15): opened as a status, listed as an error. */
const h = useShareFake();

const CASES: [WireStatus, string, string][] = [
  ['EXPIRED', 'expired', 'share-unavailable'],
  ['NOT_FOUND', 'deleted', 'share-unavailable'],
  ['PROHIBITED', 'prohibited', 'region-blocked'],
  ['SENSITIVE_RESOURCE', 'sensitive', 'share-sensitive'],
];

describe('share statuses', () => {
  it.each(CASES)('%s opens as %s and lists as %s, with PikPak’s own sentence', async (wire, status, kind) => {
    const tree = shareTree(h.fake, h.sharer);
    await h.send('shares.open', { shareId: tree.share.id });
    h.fake.control.shares.setStatus(tree.share.id, wire);
    // PikPak's measured Chinese sentence for PROHIBITED (SDL), kept as it came; the fake's own texts for the others.
    const text = wire === 'PROHIBITED' ? '抱歉，分享功能在当前地区不可用' : STATUS_TEXT[wire];

    expect(await h.send('shares.open', { shareId: tree.share.id })).toEqual({
      shareId: tree.share.id,
      status,
      statusText: text,
    });
    // The token kept from the first open is refused now: listing says why, in PikPak's words.
    await expect(h.send('shares.list', { shareId: tree.share.id, parentId: tree.extras.id })).rejects.toMatchObject({
      kind,
      message: text,
    });
    // Only shares that could be read are recent.
    expect((await recentSharesItem.get()).map((each) => each.shareId)).toEqual([tree.share.id]);
  });

  it('answers a share id PikPak does not know as deleted', async () => {
    const summary = await h.send('shares.open', { shareId: 'VNoSuchShare0000000000000' });
    expect(summary).toMatchObject({ status: 'deleted' });
    expect(await recentSharesItem.get()).toEqual([]);
  });
});
