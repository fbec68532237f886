import type { PikPakClient } from '../client.ts';
import { isPikPakError } from '../errors.ts';
import { mapTokens } from '../auth-mappers.ts';
import type { SessionTokens } from '../session-types.ts';
import type { WireCaptchaSigninMeta, WireSigninRequest } from '../wire-types.ts';

/** Signing in, pasting a refresh token, signing out (pikpak-api.md §3.1, §3.2). */

export interface PasswordCredentials {
  /** Email, phone number or user name. */
  username: string;
  password: string;
}

/**
 * Sign-in and token exchange return the new pair without saving it: the caller stores it together with what the
 * client cannot know (how the session was obtained, its device id), and the client's TokenStore serves it from
 * then on.
 */

/**
 * Captcha init with the identity in `meta`, then POST /v1/auth/signin; returns the pair. Throws kind
 * `human-check` (with `humanCheckUrl`) when PikPak wants a puzzle solved first: open the URL, and when its redirect
 * brings a verified token, call `signInWithCaptchaToken`. Other kinds: bad-credentials, region-blocked (4126
 * AccessProhibited), too-frequent, captcha-needed.
 */
export async function signInWithPassword(
  client: PikPakClient,
  credentials: PasswordCredentials,
): Promise<SessionTokens> {
  const username = credentials.username.trim();
  const captchaToken = await client.signinCaptcha(signinMeta(username));
  return signInWithCaptchaToken(client, { ...credentials, username, captchaToken });
}

/** Sign-in with a captcha token already verified on PikPak's human-check page. */
export async function signInWithCaptchaToken(
  client: PikPakClient,
  input: PasswordCredentials & { captchaToken: string },
): Promise<SessionTokens> {
  // The web app's body: no client_secret, captcha in the header (§3.1, §11).
  const body: WireSigninRequest = {
    username: input.username.trim(),
    password: input.password,
    client_id: client.clientId,
  };
  return client.callAnonymous({
    host: 'user',
    method: 'POST',
    path: '/v1/auth/signin',
    body,
    captchaToken: input.captchaToken,
    decode: (raw) => mapTokens(raw, client.now()),
  });
}

/**
 * The captcha meta names the identity by its shape (PPA, OL-U): an email, a phone number of 11–18 digits, else a
 * user name. The server checks that the sign-in `username` equals this value (rclone#8005), so both use the
 * same trimmed string.
 */
export function signinMeta(username: string): WireCaptchaSigninMeta {
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(username)) return { email: username };
  if (/^\+?\d{11,18}$/.test(username)) return { phone_number: username };
  return { username };
}

/**
 * "Paste a token": exchanges a refresh token for a fresh pair (the pasted one is spent: PikPak rotates it, §3.2).
 * The token must be of the client's identity (a web-app token with a web client, an Android-app token with an
 * 'android' client, §9.2). A dead or foreign-client token → kind signed-out (4126), and the token is not spent.
 * No hooks run: this is not the stored session's refresh.
 */
export function refreshWith(client: PikPakClient, refreshToken: string): Promise<SessionTokens> {
  return client.exchangeRefreshToken(refreshToken.trim());
}

/**
 * POST /v1/auth/revoke `{}` with the access token (MC), then forgets the pair. An already dead session is not an
 * error: the goal, being signed out, is reached either way. Revoking also logs out the web app if it shares the
 * session, so the worker decides when to call this.
 */
export async function revoke(client: PikPakClient): Promise<void> {
  try {
    await client.call({
      host: 'user',
      method: 'POST',
      path: '/v1/auth/revoke',
      body: {},
      captcha: false,
      decode: () => undefined,
    });
  } catch (error) {
    if (!isPikPakError(error) || error.kind !== 'signed-out') throw error;
  } finally {
    await client.forget();
  }
}
