import type { SessionSource } from './account.ts';
import { isPlatform, type Platform } from './platform.ts';
import { defineItem, isRecord } from './storage.ts';

/**
 * The session's storage items. Only the background writes them; the session bridge on mypikpak.com reads them
 * to hand a newer pair to the web app before its code runs (a storage read does not wait for the worker to wake).
 * Pages never import this module (lint). One item holds the whole pair so a rotated refresh token and its access token are written in one atomic
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
  /**
   * Only for a session borrowed from the web app: the web app signed out and the user chose to keep using the
   * session here. It is no longer shared with any tab: nothing is written into one, nothing taken from one.
   */
  detached?: boolean;
}

export function isStoredSession(value: unknown): value is StoredSession | null {
  if (value === null) return true;
  return (
    isRecord(value) &&
    typeof value.accessToken === 'string' &&
    typeof value.refreshToken === 'string' &&
    typeof value.expiresAt === 'number' &&
    typeof value.sub === 'string' &&
    (value.source === 'web' || value.source === 'token' || value.source === 'password') &&
    isPlatform(value.platform) &&
    typeof value.deviceId === 'string' &&
    /^[0-9a-f]{32}$/.test(value.deviceId) &&
    (value.detached === undefined || typeof value.detached === 'boolean')
  );
}

/** A session the extension shares with the mypikpak.com web app: taken from its tabs and handed back to them. */
export function sharedWithWebApp(
  session: StoredSession | null | undefined,
): session is StoredSession & { source: 'web' } {
  return session?.source === 'web' && session.detached !== true;
}

export const storedSession = defineItem<StoredSession | null>('local', 'session', null, isStoredSession);

/**
 * After the user signs the extension out, it stops taking the mypikpak.com session until asked again. Here (not
 * in the background's own modules) because the session bridge reads it too: it writes nothing into a page then.
 */
export const webSessionPaused = defineItem<boolean>(
  'local',
  'webSessionPaused',
  false,
  (v): v is boolean => typeof v === 'boolean',
);

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

export async function digest(token: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function isSpent(refreshToken: string): Promise<boolean> {
  return (await spentRefreshTokens.get()).includes(await digest(refreshToken));
}
