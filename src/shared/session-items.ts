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
}

function isStoredSession(value: unknown): value is StoredSession | null {
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

export async function digest(token: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function isSpent(refreshToken: string): Promise<boolean> {
  return (await spentRefreshTokens.get()).includes(await digest(refreshToken));
}
