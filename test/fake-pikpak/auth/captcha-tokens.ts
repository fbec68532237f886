import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { base64url, fromBase64url } from '../core/format.ts';

/**
 * Captcha tokens: `ck0.<base64url payload>.<base64url HMAC>`. The real token is
 * `ck0.<opaque>.<protobuf with issue time, client id/version, package, device id, signature>`
 * (pikpak-api.md §3.4); the fake keeps the same three-part shape but uses JSON so tests can read it.
 */
export const CAPTCHA_TTL_SECONDS = 300;

export interface CaptchaClaims {
  /** client_id the token was issued to. */
  cid: string;
  /** device_id it is bound to. */
  did: string;
  /** action, e.g. `GET:/drive/v1/files` or `POST:/v1/auth/signin`. */
  act: string;
  iat: number;
  /** Expiry in fake-clock epoch ms. */
  exp: number;
  /** For sign-in tokens: the identity given in meta (`username`, `email` or `phone_number`). */
  who?: { field: string; value: string };
  /**
   * `meta.user_id` the token was minted with: the signed-in user's id, or "" for a token minted without an account
   * (absent on sign-in tokens and tokens made with control.captcha.issueToken without a user, read as "").
   */
  uid?: string;
  /** True for tokens only handed to the human-check page; they do not pass until verified there. */
  pending?: boolean;
  /** Random part so two tokens issued in the same millisecond differ. */
  n: string;
}

export function createCaptchaTokens(secret: Buffer) {
  const sign = (payload: string): string => createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    issue(claims: Omit<CaptchaClaims, 'n'>): string {
      const payload = base64url(JSON.stringify({ ...claims, n: randomBytes(6).toString('hex') }));
      return `ck0.${payload}.${sign(payload)}`;
    },
    /** Decodes and checks the signature only; callers check expiry, device, client and action. */
    decode(token: string): CaptchaClaims | undefined {
      const [prefix, payload, signature] = token.split('.');
      if (prefix !== 'ck0' || !payload || !signature) return undefined;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      try {
        return JSON.parse(fromBase64url(payload)) as CaptchaClaims;
      } catch {
        return undefined;
      }
    },
  };
}

export type CaptchaTokens = ReturnType<typeof createCaptchaTokens>;

/** Both spellings of the sign-in action are accepted in practice (pikpak-api.md §3.4). */
export function isSigninAction(action: string): boolean {
  return /^POST:(https:\/\/user\.mypikpak\.(com|net))?\/v1\/auth\/signin$/.test(action);
}
