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

/**
 * Clients name the action of a call on one item three ways, and each works against PikPak: with the id
 * (`GET:/drive/v1/files/<id>`, PikPakAPI, OpenList), without it (`GET:/drive/v1/files`, pikpak-kotlin and pikpakcli,
 * pikpak-api.md §12), and for sign-in with the full URL (§3.4). So with binding on, a token matches a call when
 * both name the same action once host and ids are taken out.
 */
function sameAction(issued: string, used: string): boolean {
  return issued === used || actionKey(issued) === actionKey(used);
}

/** Ids follow the collections `files` and `tasks`; `trash:empty`-style custom verbs (with a colon) are not ids. */
function actionKey(action: string): string {
  return action
    .replace(/^([A-Z]+):https?:\/\/[^/]+/, '$1:')
    .replace(/^([A-Z]+:\/drive\/v1\/(?:files|tasks))\/[^/:]+(?=\/|$)/, '$1');
}
