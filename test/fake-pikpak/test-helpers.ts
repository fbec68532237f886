import { computeCaptchaSign, PROFILE_W2, type SignProfile } from './auth/captcha-sign.ts';
import type { FakePikPak } from './index.ts';
import type { CaptchaInit, ErrorBody, TokenPairBody } from './test-wire.ts';

/** Shared by the fake's own tests: a device, plain JSON calls and the captcha/sign-in dance. */

export const DEVICE = '0123456789abcdef0123456789abcdef';
export const OTHER_DEVICE = 'fedcba9876543210fedcba9876543210';
export const USER = 'https://user.mypikpak.com';
export const DRIVE = 'https://api-drive.mypikpak.com';

export interface ApiResult<T> {
  status: number;
  headers: Headers;
  /** Parsed JSON as the shape the caller expects (unchecked), or the raw text when not JSON. */
  body: T;
  text: string;
}

/** One call through the fake's fetch; `T` names the JSON shape the test expects. */
export async function call<T = ErrorBody>(
  fake: FakePikPak,
  method: string,
  url: string | URL,
  options: { headers?: Record<string, string>; json?: unknown; body?: string } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fake.fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON; keep the text.
  }
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}

/** Headers of a signed-in drive call; pass `captcha: true` to mint a valid captcha token too. */
export function driveHeaders(
  fake: FakePikPak,
  accessToken: string,
  options: { device?: string; captcha?: boolean | string } = {},
): Record<string, string> {
  const device = options.device ?? DEVICE;
  const headers: Record<string, string> = { authorization: `Bearer ${accessToken}`, 'x-device-id': device };
  if (options.captcha === true) headers['x-captcha-token'] = fake.control.captcha.issueToken({ deviceId: device });
  else if (typeof options.captcha === 'string') headers['x-captcha-token'] = options.captcha;
  return headers;
}

export function captchaBody(
  action: string,
  options: { profile?: SignProfile; device?: string; timestamp?: string; sign?: string } = {},
) {
  const profile = options.profile ?? PROFILE_W2;
  const device = options.device ?? DEVICE;
  const timestamp = options.timestamp ?? '1700000000000';
  return {
    client_id: profile.clientId,
    action,
    device_id: device,
    captcha_token: '',
    meta: {
      captcha_sign: options.sign ?? computeCaptchaSign(profile, device, timestamp),
      client_version: profile.clientVersion,
      package_name: profile.packageName,
      user_id: '',
      timestamp,
    },
  };
}

/** The real sign-in flow: captcha init with the username in meta, then /v1/auth/signin. */
export async function signIn(
  fake: FakePikPak,
  username = 'tester@example.com',
  password = 'correct-horse',
): Promise<ApiResult<TokenPairBody & ErrorBody>> {
  const init = await call<CaptchaInit>(fake, 'POST', `${USER}/v1/shield/captcha/init`, {
    json: {
      client_id: PROFILE_W2.clientId,
      action: 'POST:/v1/auth/signin',
      device_id: DEVICE,
      meta: { email: username },
    },
  });
  return call<TokenPairBody & ErrorBody>(fake, 'POST', `${USER}/v1/auth/signin`, {
    headers: { 'x-captcha-token': init.body.captcha_token, 'x-device-id': DEVICE },
    json: { username, password, client_id: PROFILE_W2.clientId },
  });
}

/** The middle part of a JWT or a ck0 token, as JSON. */
export function decodeMiddle(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

export function filters(value: unknown): string {
  return encodeURIComponent(JSON.stringify(value));
}
