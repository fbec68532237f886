import type { AccessRecord } from '../auth/sessions.ts';
import { checkCaptchaToken } from '../auth/captcha-check.ts';
import { Errors, errorReply } from '../http/envelope.ts';
import { json, type Reply } from '../http/reply.ts';
import type { Handler, RouteContext } from '../http/router.ts';

/**
 * The checks every drive call goes through, in this order (the order is a guess):
 * 1. X-Device-Id (header, or `device_id` query per SDL). Missing on share endpoints gives exactly
 *    `{"detail":"device_id is empty"}` (SDL measured); elsewhere an invalid_argument envelope (guess).
 * 2. Authorization: required unless the route allows anonymous use (share reads); a bad or
 *    expired token is always 401 `unauthenticated` / 16 (pikpak-api.md §3.3).
 * 3. X-Captcha-Token (header or `captcha_token` query) where the route needs one, or on every
 *    call when settings.captcha.requireOnAllDriveCalls is on. Missing on share endpoints gives
 *    `{"detail":"captcha_token is empty"}` (SDL measured, pikpak-api.md §1.2); everything else, and
 *    any expired / foreign-device / wrong-client token, gives HTTP 403 `captcha_invalid` / 9. The client is
 *    the access token's when signed in, else X-Client-Id (or `client_id` query). A share read without
 *    Authorization needs a token minted for no user (`meta.user_id: ""`, pikpak-api.md §12.5).
 */
export interface DriveContext extends RouteContext {
  /** Present when the call is authenticated. */
  auth?: AccessRecord;
  deviceId: string;
}

export interface GuardOptions {
  auth: 'required' | 'optional';
  captcha: boolean;
  share?: boolean;
}

export function guarded(options: GuardOptions, handler: (ctx: DriveContext) => Reply | Promise<Reply>): Handler {
  return (ctx) => {
    const deviceId = ctx.header('x-device-id') || ctx.query.get('device_id') || '';
    if (!deviceId) {
      return options.share
        ? json(400, { detail: 'device_id is empty' })
        : errorReply({ status: 400, error: 'invalid_argument', code: 3, description: 'device_id is empty' });
    }
    const authHeader = ctx.header('authorization');
    let auth: AccessRecord | undefined;
    if (authHeader || options.auth === 'required') {
      const match = /^Bearer\s+(\S+)$/i.exec(authHeader ?? '');
      auth = match?.[1] ? ctx.state.sessions.verifyAccess(match[1]) : undefined;
      if (!auth) return Errors.unauthenticated();
    }
    if (options.captcha || ctx.state.settings.captcha.requireOnAllDriveCalls) {
      const token = ctx.header('x-captcha-token') || ctx.query.get('captcha_token') || '';
      if (!token && options.share) return json(400, { detail: 'captcha_token is empty' });
      // A signed-in call's token must be of the access token's client (tokens are client-bound, pikpak-api.md
      // §9.2; guess: the server checks it against the token's audience rather than the X-Client-Id header).
      const clientId = auth?.clientId || ctx.header('x-client-id') || ctx.query.get('client_id');
      const check = checkCaptchaToken(ctx.state, token, {
        deviceId,
        ...(clientId ? { clientId } : {}),
        action: `${ctx.method}:${ctx.path}`,
      });
      if (!check.ok) return Errors.driveCaptchaInvalid();
      // An anonymous share read needs a token minted with `user_id: ""` (pikpak-api.md §12.5). Guess: a user's token
      // sent without that user's Authorization is refused like any token not meant for the call.
      if (options.share && !auth && (check.claims.uid ?? '') !== '') return Errors.driveCaptchaInvalid();
    }
    return handler({ ...ctx, deviceId, ...(auth ? { auth } : {}) });
  };
}

/** The signed-in user's id; only call from handlers guarded with auth 'required'. */
export function userOf(ctx: DriveContext): string {
  if (!ctx.auth) throw new Error('route guarded without auth');
  return ctx.auth.sub;
}
