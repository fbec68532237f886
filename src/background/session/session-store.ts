import { newDeviceId } from '../../api/identity.ts';
import type { Platform } from '../../shared/messages.ts';
import type { SessionSource } from '../../shared/account.ts';
import { defineItem, setTogether, type StorageItem } from '../../shared/storage.ts';

/**
 * The session, kept only in the background's storage items (pages and content scripts never import this module).
 * One item holds the whole pair so a rotated refresh token and its access token are written in one atomic
 * `storage.local.set`: a worker stopped right after a refresh finds both, or neither.
 */
export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms after which the access token must not be used. */
  expiresAt: number;
  sub: string;
  source: SessionSource;
  platform: Platform;
  /** The X-Device-Id this session was issued for; captcha tokens are bound to it (pikpak-api.md §2.4). */
  deviceId: string;
  updatedAt: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isStoredSession(value: unknown): value is StoredSession | null {
  if (value === null) return true;
  return (
    isRecord(value) &&
    typeof value.accessToken === 'string' &&
    typeof value.refreshToken === 'string' &&
    typeof value.expiresAt === 'number' &&
    typeof value.sub === 'string' &&
    (value.source === 'web' || value.source === 'token' || value.source === 'password') &&
    (value.platform === 'web' || value.platform === 'android') &&
    typeof value.deviceId === 'string' &&
    /^[0-9a-f]{32}$/.test(value.deviceId)
  );
}

export const storedSession = defineItem<StoredSession | null>('local', 'session', null, isStoredSession);

/**
 * SHA-256 digests of refresh tokens this extension has rotated away. A page offering one of them holds a stale
 * pair and must be given the newer one; a page offering any other token has refreshed on its own. Digests, not
 * tokens, so nothing usable is kept once it is dead.
 */
export const spentRefreshTokens = defineItem<string[]>(
  'local',
  'spentRefreshTokens',
  [],
  (value): value is string[] => Array.isArray(value) && value.every((entry) => typeof entry === 'string'),
);

/** The device id the extension uses when it has no session from the web app to borrow one from. */
export const ownDeviceId = defineItem<string | null>(
  'local',
  'deviceId',
  null,
  (value): value is string | null => value === null || (typeof value === 'string' && /^[0-9a-f]{32}$/.test(value)),
);

/** After the user signs the extension out, it stops taking the mypikpak.com session until asked again. */
export const webSessionPaused = defineItem<boolean>('local', 'webSessionPaused', false, (v): v is boolean => typeof v === 'boolean');

const SPENT_KEPT = 20;

export async function digest(token: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

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

export async function isSpent(refreshToken: string): Promise<boolean> {
  return (await spentRefreshTokens.get()).includes(await digest(refreshToken));
}

export async function deviceIdForNewSession(): Promise<string> {
  const existing = await ownDeviceId.get();
  if (existing) return existing;
  const created = newDeviceId();
  await ownDeviceId.set(created);
  return created;
}
