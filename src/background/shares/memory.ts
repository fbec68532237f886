import { MAX_RECENT_SHARES, recentSharesItem, sharePassCodesItem, type RecentShare } from '../../shared/shares.ts';
import { setTogether } from '../../shared/storage.ts';

/**
 * What the worker remembers of shares across restarts: `recentShares` (newest first, one entry per share, at most
 * 50) and `sharePassCodes` (the code the user gave, so a share opened again on this device does not ask again).
 * Changes are read-change-write, one at a time, so two shares opened at once both stay.
 */
let queue: Promise<unknown> = Promise.resolve();

function serially<T>(change: () => Promise<T>): Promise<T> {
  const next = queue.then(change);
  queue = next.catch(() => undefined);
  return next;
}

export async function rememberedPassCode(shareId: string): Promise<string | undefined> {
  const codes = await sharePassCodesItem.get();
  return Object.hasOwn(codes, shareId) ? codes[shareId] : undefined;
}

/** Keeps `passCode` for the share; undefined forgets the one kept. */
export function setPassCode(shareId: string, passCode: string | undefined): Promise<void> {
  return serially(async () => {
    const codes = { ...(await sharePassCodesItem.get()) };
    if (passCode === undefined) {
      if (!Object.hasOwn(codes, shareId)) return;
      delete codes[shareId];
    } else {
      if (codes[shareId] === passCode) return;
      codes[shareId] = passCode;
    }
    await sharePassCodesItem.set(codes);
  });
}

/** Puts the share first in `recentShares`, replacing an older entry of it; the oldest beyond 50 go. */
export function addRecentShare(entry: RecentShare): Promise<void> {
  return serially(async () => {
    const others = (await recentSharesItem.get()).filter((each) => each.shareId !== entry.shareId);
    await recentSharesItem.set([entry, ...others].slice(0, MAX_RECENT_SHARES));
  });
}

/** Forgets the share: its recent entry and its pass code, in one write. */
export function forgetShare(shareId: string): Promise<void> {
  return serially(async () => {
    const recent = (await recentSharesItem.get()).filter((each) => each.shareId !== shareId);
    const codes = { ...(await sharePassCodesItem.get()) };
    delete codes[shareId];
    await setTogether('local', [
      [recentSharesItem, recent],
      [sharePassCodesItem, codes],
    ]);
  });
}
