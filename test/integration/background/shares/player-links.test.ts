import { describe, expect, it } from 'vitest';
import { updateSettings } from '../../../../src/shared/settings.ts';
import { shareTree, useShareFake } from './harness.ts';

/**
 * What shares.links tells the player besides the address (pikpak-api.md §8.3): whether the link is a transcode (played
 * through hls.js) and PikPak's limit on playing the shared video unsaved (`params.anonymous_play_*`).
 */
const h = useShareFake();

const planned = (file: { id: string; name: string; size: number }) => ({
  id: file.id,
  path: file.name,
  size: file.size,
});

describe('shares.links for the player', () => {
  it("gives a video's original with PikPak's play limit, and the transcode with 'Use transcoding address'", async () => {
    const { share, film } = shareTree(h.fake, h.sharer);
    const original = await h.send('shares.links', { shareId: share.id, files: [planned(film)] });
    expect(original.failed).toEqual([]);
    const [link] = original.links;
    expect(new URL(link?.url ?? '').searchParams.get('category')).toBe('original');
    expect(link).not.toHaveProperty('transcoded');
    expect(link?.playLimit).toEqual({ seconds: 120, fraction: 0.4 });

    await updateSettings({ useTranscodingAddress: true });
    const transcode = await h.send('shares.links', { shareId: share.id, files: [planned(film)] });
    expect(new URL(transcode.links[0]?.url ?? '').searchParams.get('category')).toBe('transcode');
    expect(transcode.links[0]).toMatchObject({ transcoded: true, playLimit: { seconds: 120, fraction: 0.4 } });
  });

  it('takes a file PikPak does not transcode as it is, even with the transcoding address on', async () => {
    await updateSettings({ useTranscodingAddress: true });
    const { share, notes } = shareTree(h.fake, h.sharer);
    const { links } = await h.send('shares.links', { shareId: share.id, files: [planned(notes)] });
    expect(links[0]).not.toHaveProperty('transcoded');
    expect(new URL(links[0]?.url ?? '').searchParams.get('category')).toBe('original');
  });
});
