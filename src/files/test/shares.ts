import { vi } from 'vitest';
import type { DriveItem } from '../../shared/domain.ts';
import { RequestError } from '../../shared/messages.ts';
import type { RecentShare, ShareSummary } from '../../shared/shares.ts';
import { createShareStore, type PathMemory } from '../shares/share-store.ts';

export interface FakeShare {
  title: string;
  /** Its pass code, when it has one. */
  passCode?: string;
  status?: ShareSummary['status'];
  /** Folder id ("" = the top) → items. */
  folders: Record<string, DriveItem[]>;
}

/**
 * The worker's share requests over shares held in memory: `open` checks the code (and remembers it, as the worker
 * does), `list` refuses a share not opened with its code, `forget` drops it from the recent ones.
 */
export function fakeShareRequests(shares: Record<string, FakeShare>, recent: RecentShare[] = []) {
  const codes = new Map<string, string>();
  const requests = {
    open: vi.fn((shareId: string, passCode?: string): Promise<ShareSummary> => {
      const share = shares[shareId];
      if (share === undefined) return Promise.resolve({ shareId, status: 'deleted' });
      if (share.status !== undefined && share.status !== 'ok')
        return Promise.resolve({ shareId, status: share.status });
      const code = passCode ?? codes.get(shareId);
      if (share.passCode !== undefined && code !== share.passCode) {
        return Promise.resolve({ shareId, status: code === undefined ? 'pass-code-needed' : 'pass-code-wrong' });
      }
      if (code !== undefined) codes.set(shareId, code);
      const top = share.folders[''] ?? [];
      return Promise.resolve({ shareId, status: 'ok', title: share.title, fileCount: top.length });
    }),
    list: vi.fn((shareId: string, parentId: string) => {
      const share = shares[shareId];
      if (share?.passCode !== undefined && codes.get(shareId) !== share.passCode)
        return Promise.reject(new RequestError('share-pass-code', 'PASS_CODE_EMPTY'));
      return Promise.resolve({ items: [...(share?.folders[parentId] ?? [])] });
    }),
    forget: vi.fn((shareId: string) => {
      recent.splice(0, recent.length, ...recent.filter((share) => share.shareId !== shareId));
      return Promise.resolve();
    }),
  };
  return requests;
}

/** A share store over `fakeShareRequests`, with its recent shares read from `recent`. */
export function fakeShareStore(
  shares: Record<string, FakeShare>,
  options: { recent?: RecentShare[]; memory?: PathMemory } = {},
) {
  const recent = options.recent ?? [];
  const requests = fakeShareRequests(shares, recent);
  const store = createShareStore({
    requests,
    recent: { read: () => Promise.resolve([...recent]), watch: () => undefined },
    ...(options.memory === undefined ? {} : { memory: options.memory }),
  });
  return { store, requests };
}
