import type { FakeState } from '../state.ts';
import type { CaptchaClaims } from './captcha-tokens.ts';

/**
 * Checks a presented captcha token against the call it is used for. A token is bound to client id
 * and device id (pikpak-api.md §3.4); action binding is optional (settings.captcha.bindAction).
 */
export type CaptchaCheck =
  | { ok: true; claims: CaptchaClaims }
  | { ok: false; reason: 'missing' | 'malformed' | 'expired' | 'pending' | 'device' | 'client' | 'action' };

export interface CaptchaExpectation {
  deviceId: string;
  /** Undefined when the caller's client is unknown (anonymous share read without X-Client-Id). */
  clientId?: string;
  action: string;
}

export function checkCaptchaToken(
  state: FakeState,
  token: string | undefined,
  expected: CaptchaExpectation,
): CaptchaCheck {
  if (!token) return { ok: false, reason: 'missing' };
  const claims = state.captchaTokens.decode(token);
  if (!claims) return { ok: false, reason: 'malformed' };
  if (claims.pending) return { ok: false, reason: 'pending' };
  if (claims.exp <= state.clock.now()) return { ok: false, reason: 'expired' };
  if (claims.did !== expected.deviceId) return { ok: false, reason: 'device' };
  if (expected.clientId !== undefined && claims.cid !== expected.clientId) return { ok: false, reason: 'client' };
  if (state.settings.captcha.bindAction && !sameAction(claims.act, expected.action))
    return { ok: false, reason: 'action' };
  return { ok: true, claims };
}

/** `GET:/drive/v1/files/<id>` (PPA includes the id) and `GET:/drive/v1/files/{id}`-style both match. */
function sameAction(issued: string, used: string): boolean {
  if (issued === used) return true;
  const strip = (a: string): string => a.replace(/^([A-Z]+):https:\/\/[^/]+/, '$1:');
  return strip(issued) === strip(used);
}
