import { newDeviceId } from '../../api/identity.ts';
import { digest, spentRefreshTokens, storedSession, type StoredSession } from '../../shared/session-items.ts';
import { defineItem, setTogether, type StorageItem } from '../../shared/storage.ts';

export { isSpent, spentRefreshTokens, storedSession, type StoredSession } from '../../shared/session-items.ts';

/** The device id the extension uses when it has no session from the web app to borrow one from. */
export const ownDeviceId = defineItem<string | null>(
  'local',
  'deviceId',
  null,
  (value): value is string | null => value === null || (typeof value === 'string' && /^[0-9a-f]{32}$/.test(value)),
);

/** After the user signs the extension out, it stops taking the mypikpak.com session until asked again. */
export const webSessionPaused = defineItem<boolean>(
  'local',
  'webSessionPaused',
  false,
  (v): v is boolean => typeof v === 'boolean',
);

const SPENT_KEPT = 20;

/**
 * Stores a new pair. When it replaces a refresh token of the same account, that token's digest is recorded as
 * spent in the same write, so after any stop the extension can still tell a stale page from a newer one.
 */
export async function saveSession(next: StoredSession): Promise<void> {
  const previous = await storedSession.get();
  const entries: (readonly [StorageItem<unknown>, unknown])[] = [[storedSession, next]];
  if (previous && previous.refreshToken !== next.refreshToken && previous.sub === next.sub) {
    const hash = await digest(previous.refreshToken);
    const spent = await spentRefreshTokens.get();
    entries.push([spentRefreshTokens, [hash, ...spent.filter((h) => h !== hash)].slice(0, SPENT_KEPT)]);
  }
  await setTogether('local', entries);
}

export async function deviceIdForNewSession(): Promise<string> {
  const existing = await ownDeviceId.get();
  if (existing) return existing;
  const created = newDeviceId();
  await ownDeviceId.set(created);
  return created;
}
