import { captchaAction } from './captcha-action.ts';
import { createCaptchaManager } from './captcha.ts';
import { isPikPakError } from './errors.ts';
import { hostsFor, type PikPakHosts } from './hosts.ts';
import { CAPTCHA_PROFILES, IDENTITIES, type CaptchaProfileName } from './identity.ts';
import type { Platform } from '../shared/platform.ts';
import { createSessionManager, signedOut } from './session.ts';
import {
  memoryCaptchaCache,
  type CaptchaCache,
  type SessionHooks,
  type SessionTokens,
  type TokenStore,
} from './session-types.ts';
import { defaultSleep } from './sleep.ts';
import { createTransport, endpointOf, settle, type HostRole, type HttpMethod, type Query } from './transport.ts';
import type { WireCaptchaSigninMeta } from './wire-types.ts';

export type { CaptchaCache, CaptchaEntry, SessionHooks, SessionTokens, TokenStore } from './session-types.ts';
export { memoryCaptchaCache } from './session-types.ts';

/**
 * The PikPak client: every call carries its identity's headers (the web app's by default), a captcha token for
 * its action and a live access token, with one retry after a refreshed token, one after a re-made captcha, and a
 * few, spaced out, while PikPak says the file is still busy with a move or copy.
 * Endpoint functions in ./endpoints/ build on `call`/`callAnonymous`; nothing here knows about individual
 * endpoints. One client speaks as one identity: tokens are bound to the client id (pikpak-api.md §9.2).
 */
export interface PikPakClientOptions {
  /** Injected; never the global (tests pass the fake's fetch, the worker passes its own). */
  fetch: typeof fetch;
  /** Default hostsFor('mypikpak.com'). */
  hosts?: PikPakHosts;
  /** The install's 32-hex device id (the web app's own when adopted, §2.4). Asked once per call. */
  deviceId: () => Promise<string>;
  tokens: TokenStore;
  /**
   * Whose client id, captcha signing profiles and refresh body the client uses (§2.1, §3.2). Default 'web'.
   * 'android' is for refresh tokens from PikPak's Android app; such a session can only be refreshed as Android.
   */
  platform?: Platform;
  /**
   * Default: the platform's (web ['WU', 'W2']: try WU, fall back to W2 when PikPak rejects the sign, §11;
   * android ['Android 1.53.2']). Every profile must belong to the platform's client id.
   */
  captchaProfiles?: CaptchaProfileName[];
  /** Default: in memory. */
  captchaCache?: CaptchaCache;
  now?: () => number;
  /** Per HTTP exchange, default 20 s. */
  timeoutMs?: number;
  /** Waits between repeats of a call PikPak asked to repeat later (file_rename_uncompleted). Default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  hooks?: SessionHooks;
}

export interface CallSpec<T> {
  host: HostRole;
  method: HttpMethod;
  /** Path without query; with the method it names the captcha action (`METHOD:/path` without ids, §3.4, §12). */
  path: string;
  query?: Query;
  body?: unknown;
  /** Send X-Captcha-Token. Default: true on the drive host (the web app sends one on every call, §3.5). */
  captcha?: boolean;
  decode: (body: unknown) => T;
}

export interface AnonymousCallSpec<T> extends Omit<CallSpec<T>, 'captcha'> {
  /** A captcha token to send as X-Captcha-Token (sign-in). */
  captchaToken?: string;
  /**
   * Mint (or reuse) a captcha token for the call's action as nobody, `meta.user_id: ""`, and send no Authorization:
   * how share reads work signed out (pikpak-api.md §12.5). Re-made once when PikPak refuses it, as `call` does.
   */
  anonymousCaptcha?: boolean;
}

export interface PikPakClient {
  readonly hosts: PikPakHosts;
  readonly platform: Platform;
  readonly clientId: string;
  now(): number;
  deviceId(): Promise<string>;
  /** A signed-in call (Authorization, captcha, refresh). Throws PikPakError. */
  call<T>(spec: CallSpec<T>): Promise<T>;
  /** A call without a session (sign-in, token exchange, anonymous share reads). Throws PikPakError. */
  callAnonymous<T>(spec: AnonymousCallSpec<T>): Promise<T>;
  /** A captcha token for signing in as `meta`'s identity; kind `human-check` when PikPak wants a puzzle solved. */
  signinCaptcha(meta: WireCaptchaSigninMeta): Promise<string>;
  /** A token returned by PikPak's human-check page; the next captcha init presents it (§3.4). */
  provideVerifiedCaptcha(token: string): void;
  /** POST /v1/auth/token with a refresh token; nothing is saved. */
  exchangeRefreshToken(refreshToken: string): Promise<SessionTokens>;
  /** The saved pair, if any (no refresh). */
  tokens(): Promise<SessionTokens | undefined>;
  /** Forgets the session (nothing is sent to PikPak). */
  forget(): Promise<void>;
  /** Resolves once this client has no refresh on its way, so its result is in the store. */
  refreshSettled(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/** A refused access token gets at most this many replacements per call. */
const MAX_REJECTIONS = 3;

/**
 * Waits before each repeat of a call refused with file_rename_uncompleted, which PikPak answers right after a move
 * or copy of the item (§12). rclone repeats it through its pacer (100 ms to 2 s, exponential); three repeats over
 * 3.5 s cover a small batch task's completion (the fake's default is 300 ms) without holding a page for long.
 */
export const FILE_BUSY_DELAYS_MS: readonly number[] = [500, 1000, 2000];

export function createPikPakClient(options: PikPakClientOptions): PikPakClient {
  const identity = IDENTITIES[options.platform ?? 'web'];
  const profiles = options.captchaProfiles ?? identity.captchaProfiles;
  const foreign = profiles.filter((name) => CAPTCHA_PROFILES[name].clientId !== identity.clientId);
  if (foreign.length > 0)
    throw new Error(`Signing profiles ${foreign.join(', ')} are not ${identity.platform} profiles`);
  const hosts = options.hosts ?? hostsFor('mypikpak.com');
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const transport = createTransport({
    fetch: options.fetch,
    hosts,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const store = options.tokens;
  const session = createSessionManager({
    transport,
    store,
    hooks: options.hooks ?? {},
    now,
    deviceId: options.deviceId,
    identity,
  });
  const captcha = createCaptchaManager({
    transport,
    cache: options.captchaCache ?? memoryCaptchaCache(),
    clientId: identity.clientId,
    profiles,
    now,
  });

  /** One exchange of a call with the headers it carries (signed in or anonymous). */
  const send = (spec: Omit<CallSpec<unknown>, 'decode' | 'captcha'>, headers: Record<string, string>) =>
    transport.send({
      host: spec.host,
      method: spec.method,
      path: spec.path,
      query: spec.query,
      body: spec.body,
      headers,
    });

  async function call<T>(spec: CallSpec<T>): Promise<T> {
    const endpoint = endpointOf(spec.method, spec.path);
    // One token serves every id of a collection (`GET:/drive/v1/files` for each file's detail, §12).
    const action = captchaAction(spec.method, spec.path);
    const deviceId = await options.deviceId();
    const wantsCaptcha = spec.captcha ?? spec.host === 'drive';
    let tokens = await session.current(endpoint);
    let captchaToken = wantsCaptcha ? await captcha.token(action, deviceId, tokens.sub) : undefined;
    let rejections = 0;
    let remade = false;
    let busyRepeats = 0;
    for (;;) {
      const headers = { authorization: `Bearer ${tokens.accessToken}`, ...deviceHeaders(deviceId, captchaToken) };
      try {
        return settle(await send(spec, headers), endpoint, spec.decode, now);
      } catch (error) {
        if (!isPikPakError(error)) throw error;
        if (error.kind === 'signed-out' && rejections < MAX_REJECTIONS) {
          // 401 / unauthenticated (16): the access token died early (revoked, clock skew); get a newer pair
          // (§3.3). Further tries are for pairs borrowed from the web app whose access token was dead too
          // (it refreshed just before); then a live one is waited for or made. A pair that is not new is not
          // tried again, so this ends.
          rejections += 1;
          const next = await session.afterRejection(tokens, endpoint);
          if (next.accessToken === tokens.accessToken) throw signedOut(endpoint, 'no newer token', error);
          tokens = next;
          continue;
        }
        if (error.kind === 'captcha-needed' && captchaToken !== undefined && !remade) {
          // captcha_invalid (9 on the drive host): expired early or bound elsewhere; risk_limited (9, HTTP 403):
          // PikPak wants a fresh token. Re-make once (§3.5, §12).
          remade = true;
          captchaToken = await captcha.remake(action, deviceId, tokens.sub, captchaToken);
          continue;
        }
        const busyDelay = error.kind === 'file-busy' ? FILE_BUSY_DELAYS_MS[busyRepeats] : undefined;
        if (busyDelay !== undefined) {
          busyRepeats += 1;
          await sleep(busyDelay);
          continue;
        }
        if (error.kind === 'signed-out') throw signedOut(endpoint, 'the refreshed token was refused too', error);
        throw error;
      }
    }
  }

  /** What every call sends about this client: its device, its client id and, when it has one, its captcha token. */
  function deviceHeaders(deviceId: string, captchaToken: string | undefined): Record<string, string> {
    return {
      'x-device-id': deviceId,
      'x-client-id': identity.clientId,
      ...(captchaToken === undefined ? {} : { 'x-captcha-token': captchaToken }),
    };
  }

  return {
    hosts,
    platform: identity.platform,
    clientId: identity.clientId,
    now,
    deviceId: options.deviceId,
    call,
    async callAnonymous(spec) {
      const endpoint = endpointOf(spec.method, spec.path);
      const deviceId = await options.deviceId();
      const action = captchaAction(spec.method, spec.path);
      // An empty user id: a token minted for a user is refused on a call without that user's Authorization (§12.5).
      let captchaToken = spec.anonymousCaptcha ? await captcha.token(action, deviceId, '') : spec.captchaToken;
      for (let remade = false; ; remade = true) {
        const headers = deviceHeaders(deviceId, captchaToken);
        try {
          return settle(await send(spec, headers), endpoint, spec.decode, now);
        } catch (error) {
          const retry = spec.anonymousCaptcha && !remade && isPikPakError(error) && error.kind === 'captcha-needed';
          if (!retry || captchaToken === undefined) throw error;
          captchaToken = await captcha.remake(action, deviceId, '', captchaToken);
        }
      }
    },
    async signinCaptcha(meta) {
      return captcha.signinToken(await options.deviceId(), meta);
    },
    provideVerifiedCaptcha: (token) => captcha.provideVerified(token),
    exchangeRefreshToken: (refreshToken) => session.exchange(refreshToken),
    tokens: () => store.get(),
    refreshSettled: () => session.settled(),
    forget: () => store.clear(),
  };
}
