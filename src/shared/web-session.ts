/**
 * The PikPak web app's session as it keeps it in mypikpak.com's localStorage (pikpak-api.md §4):
 * `credentials_<client_id>` = {token_type, access_token, refresh_token, expires_in, sub, expires_at (UTC ISO)}
 * and `deviceid` = `wdi10.<32 hex device id><32 more chars>`. Pure functions: the content script reads and
 * writes the page's storage with them, and the background validates what it is offered with the same code.
 */

/** The web client id; the only identity whose tokens the web app and the extension can share (§2.1). */
export const WEB_CLIENT_ID = 'YUMx5nI8ZU8Ap8pm';
export const WEB_CREDENTIALS_KEY = `credentials_${WEB_CLIENT_ID}`;
const DEVICE_ID_KEYS = ['deviceid', '_deviceid'] as const;

/** A token pair in the extension's own shape: camelCase, times as epoch milliseconds. */
export interface WebSession {
  accessToken: string;
  refreshToken: string;
  /** When the web app considers the access token expired (it already subtracts a safety margin). */
  expiresAt: number;
  sub: string;
}

export interface WebSessionSnapshot {
  session?: WebSession;
  /** The 32-hex device id the web app sends as X-Device-Id. */
  deviceId?: string;
  /** The page is starting and its web app's token refreshes wait for the extension's answer (token guard). */
  holding?: boolean;
  /**
   * The account whose session this page held at its last offer and holds no more: the web app signed out (or its
   * site data was cleared). Only in an offer with no `session`.
   */
  left?: string;
}

/**
 * What a token or account id may look like before anything else looks at it: printable ASCII without spaces,
 * within a length cap. PikPak's access tokens are JWTs of about 1 KB, refresh tokens `os.` + 40-odd characters,
 * subs 16 letters and digits (pikpak-api.md §3.1); the caps leave room and still refuse a page's junk.
 */
export const SHAPE_LIMITS = {
  accessToken: { min: 16, max: 8192 },
  refreshToken: { min: 8, max: 2048 },
  sub: { min: 1, max: 128 },
} as const;

const PRINTABLE_NO_SPACE = /^[\x21-\x7e]+$/;

export function isShaped(value: unknown, limits: { min: number; max: number }): value is string {
  return (
    typeof value === 'string' &&
    value.length >= limits.min &&
    value.length <= limits.max &&
    PRINTABLE_NO_SPACE.test(value)
  );
}

type ReadableStorage = Pick<Storage, 'getItem'>;

export function readWebSession(storage: ReadableStorage): WebSessionSnapshot {
  const session = parseWebCredentials(safeJson(storage.getItem(WEB_CREDENTIALS_KEY)));
  const deviceId = DEVICE_ID_KEYS.map((key) => deviceIdFromWebValue(storage.getItem(key))).find(Boolean);
  return { ...(session ? { session } : {}), ...(deviceId ? { deviceId } : {}) };
}

/** Validates the web app's credentials object; anything unexpected means "no session". */
export function parseWebCredentials(value: unknown): WebSession | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const { access_token: accessToken, refresh_token: refreshToken, sub, expires_at: expiresAtText } = record;
  const expiresAt = typeof expiresAtText === 'string' ? Date.parse(expiresAtText) : Number.NaN;
  const session = { accessToken, refreshToken, expiresAt, sub };
  return isWebSession(session) ? session : undefined;
}

/**
 * What the background keeps of a snapshot a page offered: a well-formed pair, a 32-hex device id and the account
 * the page signed out of, nothing else (a message from a content script is input like any other). Shapes are
 * checked before anything else reads the values.
 */
export function validateSnapshot(value: unknown): WebSessionSnapshot {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const deviceId =
    typeof record.deviceId === 'string' && /^[0-9a-f]{32}$/.test(record.deviceId) ? record.deviceId : undefined;
  const session = isWebSession(record.session)
    ? {
        accessToken: record.session.accessToken,
        refreshToken: record.session.refreshToken,
        expiresAt: record.session.expiresAt,
        sub: record.session.sub,
      }
    : undefined;
  const left = !session && isShaped(record.left, SHAPE_LIMITS.sub) ? record.left : undefined;
  return { ...(session ? { session } : {}), ...(deviceId ? { deviceId } : {}), ...(left ? { left } : {}) };
}

/** A pair whose every field has the shape PikPak's have (see SHAPE_LIMITS). */
export function isWebSession(value: unknown): value is WebSession {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    isShaped(v.accessToken, SHAPE_LIMITS.accessToken) &&
    isShaped(v.refreshToken, SHAPE_LIMITS.refreshToken) &&
    isShaped(v.sub, SHAPE_LIMITS.sub) &&
    typeof v.expiresAt === 'number' &&
    Number.isFinite(v.expiresAt)
  );
}

/** The object the web app itself stores, so its own code reads what we write as if it had written it. */
export function toWebCredentials(session: WebSession, now: number): Record<string, unknown> {
  return {
    token_type: 'Bearer',
    access_token: session.accessToken,
    refresh_token: session.refreshToken,
    expires_in: Math.max(0, Math.round((session.expiresAt - now) / 1000)),
    sub: session.sub,
    expires_at: new Date(session.expiresAt).toISOString(),
  };
}

/**
 * `wdi10.<32 hex><32 chars>` → the 32 hex the web app sends (`split('.').pop().substring(0, 32)`, §2.4), then
 * insists on 32 hex, so a changed format yields undefined instead of a wrong id. The whole `wdi10.…` string is
 * the `x-device-sign`, not the device id (§11).
 */
export function deviceIdFromWebValue(raw: string | null): string | undefined {
  if (!raw) return undefined;
  const candidate = (raw.trim().split('.').pop() ?? '').slice(0, 32).toLowerCase();
  return /^[0-9a-f]{32}$/.test(candidate) ? candidate : undefined;
}

function safeJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // The page stored something that is not JSON: no usable session.
  }
}
