import { isPikPakError, PikPakError } from './errors.ts';
import type { ClientIdentity } from './identity.ts';
import { mapTokens } from './auth-mappers.ts';
import type { SessionHooks, SessionTokens, TokenStore } from './session-types.ts';
import { endpointOf, settle, type Transport } from './transport.ts';
import type { WireRefreshRequest } from './wire-types.ts';

/**
 * The access token's life: proactive refresh shortly before expiry, reactive refresh after a 401, and the
 * rules that keep a rotating refresh token alive (pikpak-api.md §3.2, §4, §9.1):
 * - single flight: however many calls find the token expired, one `POST /v1/auth/token` goes out;
 * - the rotated pair is saved (and the save awaited) before anyone uses it, so a worker stopped right after
 *   a refresh still has the only valid refresh token;
 * - before spending the refresh token the hooks may supply a newer pair (the web app refreshed on its own);
 *   a rejected token (4126) may be recovered through the hooks, otherwise the session is cleared.
 */
const TOKEN_PATH = '/v1/auth/token';
const TOKEN_ENDPOINT = endpointOf('POST', TOKEN_PATH);
/** Refresh when less than this is left, so a call never starts with a token that dies on the way. */
export const REFRESH_MARGIN_MS = 60_000;

export interface SessionManagerOptions {
  transport: Transport;
  store: TokenStore;
  hooks: SessionHooks;
  now: () => number;
  deviceId: () => Promise<string>;
  /** Refresh tokens are bound to the client id they were issued to (§2.1): refresh as that identity. */
  identity: ClientIdentity;
}

export interface SessionManager {
  /** A pair whose access token is good for at least REFRESH_MARGIN_MS; refreshes first if needed. */
  current(endpoint: string): Promise<SessionTokens>;
  /** PikPak refused `used.accessToken`: a newer pair (someone else's refresh, or ours). */
  afterRejection(used: SessionTokens, endpoint: string): Promise<SessionTokens>;
  /**
   * POST /v1/auth/token with `refreshToken`; saves nothing (for "paste a token" the caller saves). `knownSub` is
   * the account id to keep when the answer carries none (§12).
   */
  exchange(refreshToken: string, knownSub?: string): Promise<SessionTokens>;
  /** Resolves once no refresh is on its way (at once when none is). Never rejects. */
  settled(): Promise<void>;
}

export function signedOut(endpoint: string, detail: string, from?: PikPakError): PikPakError {
  return new PikPakError({
    kind: 'signed-out',
    endpoint: from?.endpoint ?? endpoint,
    detail: from?.detail ?? detail,
    ...(from?.status === undefined ? {} : { status: from.status }),
    ...(from?.error === undefined ? {} : { error: from.error }),
    ...(from?.code === undefined ? {} : { code: from.code }),
    ...(from ? { cause: from } : {}),
  });
}

export function createSessionManager(options: SessionManagerOptions): SessionManager {
  const { transport, store, hooks, now, identity } = options;
  let inflight: Promise<SessionTokens> | undefined;

  const fresh = (tokens: SessionTokens): boolean => tokens.expiresAt - now() > REFRESH_MARGIN_MS;

  async function exchange(refreshToken: string, knownSub?: string): Promise<SessionTokens> {
    // The web client sends no client_secret and no captcha token here; Android clients send their secret (§3.2, §11).
    const body: WireRefreshRequest =
      identity.clientSecret === undefined
        ? { client_id: identity.clientId, grant_type: 'refresh_token', refresh_token: refreshToken }
        : {
            client_id: identity.clientId,
            client_secret: identity.clientSecret,
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
          };
    const answer = await transport.send({
      host: 'user',
      method: 'POST',
      path: TOKEN_PATH,
      body,
      headers: { 'x-device-id': await options.deviceId(), 'x-client-id': identity.clientId },
    });
    return settle(answer, TOKEN_ENDPOINT, (raw) => mapTokens(raw, now(), knownSub), now);
  }

  /** Hooks belong to the worker; a failing hook must not take the session down, so it counts as "nothing". */
  async function ask(hook: (() => Promise<SessionTokens | undefined>) | undefined): Promise<SessionTokens | undefined> {
    try {
      return hook ? await hook() : undefined;
    } catch {
      return undefined;
    }
  }

  async function adopt(tokens: SessionTokens): Promise<SessionTokens> {
    await store.save(tokens);
    try {
      await hooks.onTokensChanged?.(tokens);
    } catch {
      // Writing the pair back into the web app is best effort; ours is saved.
    }
    return tokens;
  }

  /** Spends `pair.refreshToken`. Only `recover` calls back into here, with mayRecover false, so this ends. */
  async function spend(pair: SessionTokens, mayRecover: boolean, endpoint: string): Promise<SessionTokens> {
    let next: SessionTokens;
    try {
      next = await exchange(pair.refreshToken, pair.sub);
    } catch (error) {
      // Network, timeout, 5xx, throttling: the pair may still be good (or the server may have rotated it and
      // the answer was lost — then the next attempt gets 4126 and goes through recovery).
      if (!isPikPakError(error) || error.kind !== 'signed-out') throw error;
      return recover(pair, error, mayRecover, endpoint);
    }
    return adopt(next);
  }

  async function recover(
    rejected: SessionTokens,
    error: PikPakError,
    mayRecover: boolean,
    endpoint: string,
  ): Promise<SessionTokens> {
    // Another writer (the worker adopting the web app's pair, another client on this store) may have saved a
    // newer pair while our refresh was on its way: that one is not dead.
    const stored = await store.get();
    if (stored && stored.refreshToken !== rejected.refreshToken) {
      return fresh(stored) ? stored : spend(stored, false, endpoint);
    }
    const recovered = mayRecover
      ? await ask(() => hooks.onRefreshRejected?.(rejected) ?? Promise.resolve(undefined))
      : undefined;
    if (recovered && recovered.refreshToken !== rejected.refreshToken) {
      await adopt(recovered);
      return fresh(recovered) ? recovered : spend(recovered, false, endpoint);
    }
    await store.clear();
    throw signedOut(endpoint, 'the refresh token was rejected', error);
  }

  async function run(stale: SessionTokens, endpoint: string): Promise<SessionTokens> {
    const stored = await store.get();
    if (!stored) throw signedOut(endpoint, 'no session');
    // Replaced since `stale` was read (an earlier refresh of ours, or another writer): nothing to spend.
    if (stored.accessToken !== stale.accessToken && fresh(stored)) return stored;
    let candidate = stored;
    const newer = await ask(() => hooks.beforeRefresh?.(stored) ?? Promise.resolve(undefined));
    if (newer && (newer.refreshToken !== stored.refreshToken || newer.accessToken !== stored.accessToken)) {
      // The web app's pair: keep it, and do not echo it back through onTokensChanged.
      await store.save(newer);
      if (newer.accessToken !== stale.accessToken && fresh(newer)) return newer;
      candidate = newer;
    }
    return spend(candidate, true, endpoint);
  }

  function refresh(stale: SessionTokens, endpoint: string): Promise<SessionTokens> {
    inflight ??= run(stale, endpoint).finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  return {
    async current(endpoint) {
      const tokens = await store.get();
      if (!tokens) throw signedOut(endpoint, 'no session');
      return fresh(tokens) ? tokens : refresh(tokens, endpoint);
    },
    afterRejection: refresh,
    exchange,
    async settled() {
      await inflight?.catch(() => undefined); // Its failure belongs to the callers that asked for it.
    },
  };
}
