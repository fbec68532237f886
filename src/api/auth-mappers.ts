import { DecodeError, nonEmpty, read } from './decode.ts';
import { jwtSubject } from './jwt.ts';
import type { SessionTokens } from './session-types.ts';
import type { WireCaptchaInitResponse, WireTokenResponse } from './wire-types.ts';

/** Wire → client for the user host's auth answers: token pairs and captcha init (pikpak-api.md §3). */

/**
 * Sign-in and refresh answer (§3.1, §3.2). `now` turns `expires_in` into an absolute time at receipt. A refresh
 * answer may lack `sub` (pikpaktui tolerates it, §12): then the account id already known (`knownSub`) stands, or
 * the access token's own `sub` claim.
 */
export function mapTokens(body: unknown, now: number, knownSub?: string): SessionTokens {
  const r = read<WireTokenResponse>(body);
  const accessToken = nonEmpty(r, 'access_token');
  const sub = r.optStr('sub') ?? (knownSub || undefined) ?? jwtSubject(accessToken);
  if (sub === undefined) throw new DecodeError(`${r.path}.sub`, 'a user id (none in the answer or the token)');
  return {
    accessToken,
    refreshToken: nonEmpty(r, 'refresh_token'),
    expiresAt: now + r.num('expires_in') * 1000,
    sub,
  };
}

export type CaptchaInitResult =
  { kind: 'token'; token: string; expiresInMs: number } | { kind: 'human-check'; url: string };

/** Captcha init (§3.4): a token, or a puzzle `url` (with or without a pending token). */
export function mapCaptchaInit(body: unknown): CaptchaInitResult {
  const r = read<WireCaptchaInitResponse>(body);
  const url = r.optStr('url');
  if (url) return { kind: 'human-check', url };
  // "currently 300 s" (RC-T); assume that when the field is missing.
  return { kind: 'token', token: nonEmpty(r, 'captcha_token'), expiresInMs: (r.optNum('expires_in') ?? 300) * 1000 };
}
