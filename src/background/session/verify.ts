import { createPikPakClient, type PikPakClient, type SessionTokens } from '../../api/client.ts';
import { getMe } from '../../api/endpoints/account.ts';
import { revoke } from '../../api/endpoints/auth.ts';
import { isPikPakError } from '../../api/errors.ts';
import type { UserProfile } from '../../shared/domain.ts';
import type { WebSession } from '../../shared/web-session.ts';

/**
 * Asking PikPak whose a pair is, before the extension takes it from a page. A page on mypikpak.com can hold any
 * pair (another account's, or one with a forged `sub`): only PikPak's answer to GET /v1/user/me with the pair's
 * access token says which account it really is.
 *
 * The question is asked with a client of its own that holds the pair for one call: it may reach only the one
 * endpoint, hands its pair out once (after a 401 it finds none to refresh) and saves nothing. So verifying never
 * spends the offered refresh token: the web app that owns it is never logged out by being checked.
 */
export type Verdict =
  /** PikPak answered with the offered `sub`. */
  | { kind: 'verified'; profile: UserProfile }
  /** PikPak answered with another account than the page claimed. */
  | { kind: 'forged'; actualSub: string }
  /** No answer to go by: the access token is dead (the web app will refresh it and offer again), or no network. */
  | { kind: 'unverifiable'; why: string };

export async function verifyPair(pair: WebSession, deviceId: string): Promise<Verdict> {
  try {
    const profile = await getMe(loneClient(pair, deviceId, 'GET', '/v1/user/me'));
    return profile.sub === pair.sub ? { kind: 'verified', profile } : { kind: 'forged', actualSub: profile.sub };
  } catch (error) {
    if (isPikPakError(error)) return { kind: 'unverifiable', why: error.kind };
    throw error;
  }
}

/**
 * The last way to tell whose a pair is, when its access token is dead: refresh it (POST /v1/auth/token, the only
 * call allowed) and read the account from PikPak's answer. This spends the pair's refresh token, so the worker
 * does it only when its own refresh token was refused and the pair claims the account it already uses; the caller
 * saves the answer only if it is that account, and hands it to the tab it came from.
 */
export async function refreshToConfirm(pair: WebSession, deviceId: string): Promise<SessionTokens | undefined> {
  try {
    return await loneClient(pair, deviceId, 'POST', '/v1/auth/token').exchangeRefreshToken(pair.refreshToken);
  } catch (error) {
    if (isPikPakError(error)) return undefined;
    throw error;
  }
}

/**
 * Ends a pair that is no longer in use anywhere (a session set aside after the web app signed out, when the user
 * signs out here too). A pair already dead is not an error.
 */
export async function revokePair(pair: WebSession, deviceId: string): Promise<void> {
  await revoke(loneClient(pair, deviceId, 'POST', '/v1/auth/revoke'));
}

function loneClient(pair: WebSession, deviceId: string, method: string, path: string): PikPakClient {
  let handedOut = false;
  return createPikPakClient({
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname !== path || (init?.method ?? 'GET') !== method) {
        return Promise.reject(new Error(`${method} ${path} only`));
      }
      return fetch(input, init);
    },
    platform: 'web',
    deviceId: () => Promise.resolve(deviceId),
    tokens: {
      // Fresh for the client's purposes, so it never refreshes ahead of the call; handed out once.
      get: () => {
        if (handedOut) return Promise.resolve(undefined);
        handedOut = true;
        return Promise.resolve({ ...pair, expiresAt: Number.MAX_SAFE_INTEGER });
      },
      save: () => Promise.resolve(),
      clear: () => Promise.resolve(),
    },
  });
}
