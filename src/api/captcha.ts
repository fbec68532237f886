import { humanCheckError, isPikPakError, PikPakError } from './errors.ts';
import { CAPTCHA_PROFILES, captchaSign, type CaptchaProfileName } from './identity.ts';
import { mapCaptchaInit } from './auth-mappers.ts';
import type { CaptchaCache, CaptchaEntry } from './session-types.ts';
import { endpointOf, settle, type Transport } from './transport.ts';
import type { WireCaptchaInitRequest, WireCaptchaSigninMeta } from './wire-types.ts';

/**
 * Captcha tokens for drive calls (pikpak-api.md §3.4, §3.5): one per action `METHOD:/path` (ids left out, see
 * ./captcha-action.ts), cached until shortly before expiry, minted with a `captcha_sign` from the first signing
 * profile PikPak accepts (web: WU, then W2, §11, §12); the profile that worked is tried first from then on, across
 * restarts when the cache keeps it. Tokens are bound to the client id (§3.4), so one manager serves one identity.
 */
const INIT_PATH = '/v1/shield/captcha/init';
const INIT_ENDPOINT = endpointOf('POST', INIT_PATH);
/** rclone renews 30 s before expiry (§3.5): a token must not expire between our check and PikPak's. */
const RENEW_BEFORE_MS = 30_000;
/** What the web SDK sends; optional for the server (§3.4). */
const REDIRECT_URI = 'xlaccsdk01://xbase.cloud/callback?state=harbor';

export interface CaptchaManagerOptions {
  transport: Transport;
  cache: CaptchaCache;
  /** The identity's client id (X-Client-Id, sign-in init); every profile in `profiles` carries it too. */
  clientId: string;
  profiles: readonly CaptchaProfileName[];
  now: () => number;
}

export interface CaptchaManager {
  /** A valid token for `action`, from the cache or freshly minted. Concurrent callers share one init. */
  token(action: string, deviceId: string, userId: string): Promise<string>;
  /** PikPak rejected `rejected` for `action`: drop it (unless a newer one replaced it already) and mint anew. */
  remake(action: string, deviceId: string, userId: string, rejected: string): Promise<string>;
  /** A sign-in token: meta is the identity, not a sign (§3.1); never cached (it is bound to the username). */
  signinToken(deviceId: string, meta: WireCaptchaSigninMeta): Promise<string>;
  /** A token verified on PikPak's human-check page; sent as `captcha_token` with the next init (§3.4). */
  provideVerified(token: string): void;
}

export function createCaptchaManager(options: CaptchaManagerOptions): CaptchaManager {
  const { transport, cache, now, clientId } = options;
  const inflight = new Map<string, Promise<string>>();
  let verified: string | undefined;
  let remembered: CaptchaProfileName | undefined;

  const usable = (entry: CaptchaEntry | undefined, deviceId: string, userId: string): entry is CaptchaEntry =>
    entry !== undefined &&
    entry.deviceId === deviceId &&
    entry.userId === userId &&
    entry.clientId === clientId &&
    entry.expiresAt - now() > RENEW_BEFORE_MS;

  async function init(body: WireCaptchaInitRequest): Promise<{ token: string; expiresInMs: number }> {
    const answer = await transport.send({
      host: 'user',
      method: 'POST',
      path: INIT_PATH,
      body,
      headers: { 'x-device-id': body.device_id, 'x-client-id': clientId },
    });
    const result = settle(answer, INIT_ENDPOINT, mapCaptchaInit, now);
    if (result.kind === 'human-check') throw humanCheckError(INIT_ENDPOINT, result.url);
    return result;
  }

  /** Profiles in trial order: the one that worked last time first (§11: "remember which profile works"). */
  async function order(): Promise<CaptchaProfileName[]> {
    remembered ??= await cache.getProfile?.();
    const first = remembered;
    return first && options.profiles.includes(first)
      ? [first, ...options.profiles.filter((p) => p !== first)]
      : [...options.profiles];
  }

  async function mint(action: string, deviceId: string, userId: string): Promise<string> {
    let lastRejection: PikPakError | undefined;
    for (const name of await order()) {
      const profile = CAPTCHA_PROFILES[name];
      const timestamp = String(now());
      const previous = verified;
      try {
        const { token, expiresInMs } = await init({
          client_id: profile.clientId,
          action,
          device_id: deviceId,
          captcha_token: previous ?? '',
          meta: {
            captcha_sign: captchaSign(profile, deviceId, timestamp),
            client_version: profile.clientVersion,
            package_name: profile.packageName,
            user_id: userId,
            timestamp,
          },
          redirect_uri: REDIRECT_URI,
        });
        if (previous !== undefined && verified === previous) verified = undefined;
        if (remembered !== name) {
          remembered = name;
          await cache.setProfile?.(name);
        }
        await cache.set(action, { token, expiresAt: Number(timestamp) + expiresInMs, deviceId, userId, clientId });
        return token;
      } catch (error) {
        // PikPak refuses a sign of a profile it dropped with invalid_argument 3 "invalid captcha_sign" (§12),
        // older answers were captcha_invalid; both are kind captcha-needed here: try the next profile. Anything
        // else (too frequent, human check, network) is not about the profile.
        if (!isPikPakError(error) || error.kind !== 'captcha-needed') throw error;
        lastRejection = error;
      }
    }
    throw (
      lastRejection ??
      new PikPakError({ kind: 'captcha-needed', endpoint: INIT_ENDPOINT, detail: 'no signing profile configured' })
    );
  }

  function singleFlight(key: string, run: () => Promise<string>): Promise<string> {
    const running = inflight.get(key);
    if (running) return running;
    const started = run().finally(() => inflight.delete(key));
    inflight.set(key, started);
    return started;
  }

  const manager: CaptchaManager = {
    token(action, deviceId, userId) {
      return singleFlight(`${deviceId}|${userId}|${action}`, async () => {
        const cached = await cache.get(action);
        return usable(cached, deviceId, userId) ? cached.token : mint(action, deviceId, userId);
      });
    },
    async remake(action, deviceId, userId, rejected) {
      const cached = await cache.get(action);
      if (cached?.token === rejected) await cache.delete(action);
      return manager.token(action, deviceId, userId);
    },
    signinToken(deviceId, meta) {
      const previous = verified;
      return init({
        client_id: clientId,
        action: 'POST:/v1/auth/signin',
        device_id: deviceId,
        captcha_token: previous ?? '',
        meta,
        redirect_uri: REDIRECT_URI,
      }).then(({ token }) => {
        if (previous !== undefined && verified === previous) verified = undefined;
        return token;
      });
    },
    provideVerified(token) {
      verified = token;
    },
  };
  return manager;
}
