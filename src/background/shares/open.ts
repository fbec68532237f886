import type { PikPakClient } from '../../api/client.ts';
import { openShare, type ShareOpenResult } from '../../api/endpoints/shares.ts';
import type { DriveItem } from '../../shared/domain.ts';
import type { ShareSummary } from '../../shared/shares.ts';
import { nextToken } from '../handlers/drive-payloads.ts';
import { isKnownOwnShare, rememberShareToken } from './access.ts';
import { addRecentShare, rememberedPassCode, setPassCode } from './memory.ts';

/**
 * Top-level pages read to sum a share's size (100 items each): a bigger top level is summed no further and its size
 * left out rather than shown too small.
 */
export const SUMMARY_PAGES = 10;

export interface OpenDeps {
  client: PikPakClient;
  now?: () => number;
}

/**
 * `shares.open`: opens the share with the code given, else the one remembered, else none. A code the share took is
 * remembered; a remembered code PikPak now calls wrong is forgotten (the owner changed it), so the next open asks.
 * An ok share's pass-code token is kept for reading into it, and the share goes first in `recentShares`. A status
 * other than ok is the answer, with PikPak's own sentence.
 */
export async function openShareSummary(
  shareId: string,
  given: string | undefined,
  deps: OpenDeps,
): Promise<ShareSummary> {
  const remembered = await rememberedPassCode(shareId);
  const passCode = given ?? remembered ?? '';
  const opened = await openShare(deps.client, { shareId, passCode });
  if (opened.status !== 'ok') {
    if (opened.status === 'pass-code-wrong' && given === undefined && remembered !== undefined) {
      await setPassCode(shareId, undefined);
    }
    return { shareId, status: opened.status, ...(opened.statusText ? { statusText: opened.statusText } : {}) };
  }
  rememberShareToken(shareId, opened.passCodeToken);
  if (passCode !== '') await setPassCode(shareId, passCode);

  const items = await topLevel(deps.client, shareId, passCode, opened);
  const first = opened.page.items[0];
  const fileCount = opened.fileCount ?? items?.length ?? opened.page.items.length;
  const size = items === undefined ? undefined : sizeOf(items);
  const summary: ShareSummary = {
    shareId,
    status: 'ok',
    ...(first === undefined ? {} : { title: first.name }),
    ...(opened.owner === undefined ? {} : { owner: opened.owner }),
    fileCount,
    ...(size === undefined ? {} : { size }),
    // PikPak's open answer names the owner only by a masked nickname (§8.1): "own" is known once a restore said so.
    ...(isKnownOwnShare(shareId) ? { own: true } : {}),
  };
  await addRecentShare({ shareId, title: first?.name ?? shareId, fileCount, openedAt: (deps.now ?? Date.now)() });
  return summary;
}

/** Every top-level item, from the open answer's pages; undefined when there are more than SUMMARY_PAGES. */
async function topLevel(
  client: PikPakClient,
  shareId: string,
  passCode: string,
  opened: Extract<ShareOpenResult, { status: 'ok' }>,
): Promise<DriveItem[] | undefined> {
  const items = [...opened.page.items];
  let token = nextToken(opened.page, undefined);
  for (let pages = 1; token !== undefined; pages++) {
    if (pages >= SUMMARY_PAGES) return undefined;
    const next = await openShare(client, { shareId, passCode, pageToken: token });
    if (next.status !== 'ok') return undefined;
    items.push(...next.page.items);
    token = nextToken(next.page, token);
  }
  return items;
}

/** Bytes of the top-level files; PikPak gives folders no size to add (§8.1). */
function sizeOf(items: readonly DriveItem[]): number {
  return items.reduce((total, item) => total + (item.kind === 'folder' ? 0 : item.size.bytes), 0);
}
