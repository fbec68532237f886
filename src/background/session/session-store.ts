import { newDeviceId } from '../../api/identity.ts';
import {
  digest,
  isStoredSession,
  spentRefreshTokens,
  storedSession,
  type StoredSession,
} from '../../shared/session-items.ts';
import { defineItem, setTogether, type StorageItem } from '../../shared/storage.ts';

export {
  isSpent,
  sharedWithWebApp,
  spentRefreshTokens,
  storedSession,
  webSessionPaused,
  type StoredSession,
} from '../../shared/session-items.ts';

/** The device id the extension uses when it has no session from the web app to borrow one from. */
export const ownDeviceId = defineItem<string | null>(
  'local',
  'deviceId',
  null,
  (value): value is string | null => value === null || (typeof value === 'string' && /^[0-9a-f]{32}$/.test(value)),
);

/**
 * The borrowed session, set aside because the web app that lent it signed out, until the user answers the
 * `web-signed-out` question. Out of `session`, so nothing uses it, refreshes it or hands it to a page meanwhile.
 */
export const parkedSession = defineItem<StoredSession | null>('local', 'parkedSession', null, isStoredSession);

/** Accounts the user chose not to switch to (account ids, newest first); forgotten when the account in use changes. */
export const declinedWebAccounts = defineItem<string[]>(
  'local',
  'declinedWebAccounts',
  [],
  (value): value is string[] => Array.isArray(value) && value.every((sub) => typeof sub === 'string'),
);

const SPENT_KEPT = 20;

/**
 * Stores a new pair. When it replaces a refresh token of the same account, that token's digest is recorded as
 * spent in the same write, so after any stop the extension can still tell a stale page from a newer one;
 * `alsoSpent` are more tokens of that account the extension just rotated (a tab's, refreshed on its behalf).
 */
export async function saveSession(next: StoredSession, alsoSpent: readonly string[] = []): Promise<void> {
  const previous = await storedSession.get();
  const entries: (readonly [StorageItem<unknown>, unknown])[] = [[storedSession, next]];
  const rotated = [...alsoSpent];
  if (previous && previous.refreshToken !== next.refreshToken && previous.sub === next.sub) {
    rotated.push(previous.refreshToken);
  }
  if (rotated.length > 0) {
    const hashes = await Promise.all(rotated.map(digest));
    const spent = await spentRefreshTokens.get();
    entries.push([spentRefreshTokens, [...hashes, ...spent.filter((h) => !hashes.includes(h))].slice(0, SPENT_KEPT)]);
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
