import type { CaptchaProfileName } from './identity.ts';

/** The session as the client keeps it. Tokens are secrets: never log them, never put them in errors. */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms when the access token expires (computed from `expires_in` on receipt). */
  expiresAt: number;
  /** PikPak user id. */
  sub: string;
}

/**
 * Where the session lives. The worker's implementation writes to browser.storage; `save` must have persisted
 * the pair when its promise resolves, because PikPak rotates refresh tokens (§3.2): a pair lost after a refresh
 * is a signed-out user.
 */
export interface TokenStore {
  get(): Promise<SessionTokens | undefined>;
  save(tokens: SessionTokens): Promise<void>;
  clear(): Promise<void>;
}

/** The refresh protocol's extension points, for sharing one session with the web app (pikpak-api.md §4). */
export interface SessionHooks {
  /** Before spending the refresh token: return a NEWER pair (e.g. the web app already rotated it) to use instead, or undefined to refresh. */
  beforeRefresh?(current: SessionTokens): Promise<SessionTokens | undefined>;
  /** The refresh token was rejected (4126 invalid_grant): return a recovered pair (e.g. read from an open PikPak tab) or undefined to give up (→ signed-out). */
  onRefreshRejected?(rejected: SessionTokens): Promise<SessionTokens | undefined>;
  /** Called after any new pair was saved (refresh or recovery), e.g. to write it back into the web app. */
  onTokensChanged?(tokens: SessionTokens): void | Promise<void>;
}

/** A captcha token minted for one action (`METHOD:/path`, §3.4). */
export interface CaptchaEntry {
  token: string;
  /** Epoch ms. */
  expiresAt: number;
  /** Tokens embed the device id (§3.4): an entry for another device is useless. */
  deviceId: string;
  /** ...and the client id: a token minted for another identity is useless too (§9.2). */
  clientId: string;
  /** `meta.user_id` it was minted with ("" when anonymous). */
  userId: string;
}

/**
 * Where captcha tokens live between calls. The default keeps them in memory; the worker passes one backed by
 * `storage.session` so a restarted worker does not mint a new token per action (frequent captcha inits are
 * what PikPak throttles, §9.5).
 */
export interface CaptchaCache {
  get(action: string): Promise<CaptchaEntry | undefined>;
  set(action: string, entry: CaptchaEntry): Promise<void>;
  delete(action: string): Promise<void>;
  /** Optional: remember which signing profile PikPak accepted, across restarts. */
  getProfile?(): Promise<CaptchaProfileName | undefined>;
  setProfile?(profile: CaptchaProfileName): Promise<void>;
}

export function memoryCaptchaCache(): CaptchaCache {
  const entries = new Map<string, CaptchaEntry>();
  let profile: CaptchaProfileName | undefined;
  return {
    get: (action) => Promise.resolve(entries.get(action)),
    set: (action, entry) => {
      entries.set(action, entry);
      return Promise.resolve();
    },
    delete: (action) => {
      entries.delete(action);
      return Promise.resolve();
    },
    getProfile: () => Promise.resolve(profile),
    setProfile: (name) => {
      profile = name;
      return Promise.resolve();
    },
  };
}
