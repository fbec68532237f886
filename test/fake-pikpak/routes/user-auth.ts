import { checkCaptchaToken } from '../auth/captcha-check.ts';
import { ANDROID_CLIENT_ID, CLIENT_SECRETS } from '../auth/captcha-sign.ts';
import { isSigninAction } from '../auth/captcha-tokens.ts';
import { formatTime } from '../core/format.ts';
import { fields } from '../http/body.ts';
import { Errors, errorReply, refreshTokenReusedReply } from '../http/envelope.ts';
import { json, ok, type Reply } from '../http/reply.ts';
import type { RouteContext } from '../http/router.ts';
import { findAccountByLogin } from '../state.ts';

/** Sign-in, refresh, me and revoke on the user host (pikpak-api.md §3.1–3.2). */

export function signin(ctx: RouteContext): Reply {
  const { state } = ctx;
  const body = fields(ctx.body);
  const username = body.str('username') ?? '';
  const password = body.str('password') ?? '';
  const clientId = body.str('client_id') ?? ctx.query.get('client_id') ?? '';
  const captchaToken = ctx.header('x-captcha-token') || body.str('captcha_token') || '';
  if (!captchaToken) {
    // Text from PPA#29 / tjsky#31; the error name from pikpakcli#32. Guess: HTTP 400 and code 4002.
    return errorReply({
      status: 400,
      error: 'captcha_required',
      code: 4002,
      description: 'Please add captcha before you register',
    });
  }
  const claims = state.captchaTokens.decode(captchaToken);
  const check = checkCaptchaToken(state, captchaToken, {
    // Sign-in may come without X-Device-Id; the token's own device then stands.
    deviceId: ctx.header('x-device-id') || claims?.did || '',
    clientId,
    action: 'POST:/v1/auth/signin',
  });
  if (!check.ok) {
    return Errors.userCaptchaInvalid(
      check.reason === 'expired' ? 'Code(4002) - captcha_token expired' : 'Code(4002) - captcha_token invalid',
    );
  }
  if (!isSigninAction(check.claims.act) || check.claims.who?.value !== username) {
    const field = check.claims.who?.field ?? 'username';
    return Errors.userCaptchaInvalid(
      `meta.${field} expect ${check.claims.who?.value ?? ''}, but got ${username} please check captcha init params`,
    );
  }
  const account = findAccountByLogin(state, username);
  if (!account || account.password !== password) {
    return Errors.invalidAccountOrPassword();
  }
  return ok(state.sessions.issue(account.sub, clientId));
}

export function token(ctx: RouteContext): Reply {
  const body = fields(ctx.body);
  const grantType = body.str('grant_type') ?? '';
  const clientId = body.str('client_id') ?? ctx.query.get('client_id') ?? '';
  if (grantType === 'password') {
    // Verbatim from alist PR#7017: the password grant is gone since 2024-08.
    return json(400, {
      error: 'invalid_argument',
      error_code: 3,
      error_description: 'currently not supported',
      details: [],
    });
  }
  if (grantType !== 'refresh_token') return Errors.invalidArgument('unsupported grant_type');
  const refreshToken = body.str('refresh_token') ?? '';
  const secret = body.str('client_secret');
  // Guess: no source shows the server checking client_secret. Android clients always send it (OL-U, PC, PT, PK;
  // §3.2) and the web app never does, so the fake requires it for the Android id and refuses a wrong one for
  // any id. The check comes after the client binding (a foreign token is 4126 either way) and burns nothing;
  // its error body is made up (invalid_argument / 3, as for other bad parameters).
  const secretOk = secret === undefined ? clientId !== ANDROID_CLIENT_ID : secret === CLIENT_SECRETS[clientId];
  const outcome = ctx.state.sessions.refresh(refreshToken, clientId, secretOk);
  if (outcome.ok) return ok(outcome.pair);
  if (outcome.reason === 'client-secret') return Errors.invalidArgument('client_secret is invalid');
  if (outcome.reason === 'wrong-client') {
    // Guess: the exact text for a client mismatch is not recorded (youming-ai#2 only says it fails with 4126).
    return errorReply({
      status: 400,
      error: 'invalid_grant',
      code: 4126,
      description: 'invalid client_id for the refresh token',
      localized: 'The refresh token is incorrect or expired',
    });
  }
  return refreshTokenReusedReply(refreshToken);
}

export function me(ctx: RouteContext): Reply {
  const record = bearer(ctx);
  const account = record && ctx.state.accounts.get(record.sub);
  if (!account) return Errors.unauthenticated();
  return ok({
    sub: account.sub,
    name: account.name,
    picture: '',
    email: account.email,
    providers: [{ id: 'password', provider_user_id: account.sub, name: account.name }],
    phone_number: account.phoneNumber,
    password: 'SET',
    status: 'ACTIVE',
    created_at: formatTime(account.createdMs),
    password_updated_at: formatTime(account.createdMs),
  });
}

export function revoke(ctx: RouteContext): Reply {
  const body = fields(ctx.body);
  // The token is the Authorization header (MC) or the body's `token` (LY).
  const tokenValue = ctx.header('authorization')?.replace(/^Bearer\s+/i, '') || body.str('token') || '';
  if (!ctx.state.sessions.revoke(tokenValue)) return Errors.unauthenticated();
  return ok({});
}

function bearer(ctx: RouteContext) {
  const value = ctx.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(value);
  return match?.[1] ? ctx.state.sessions.verifyAccess(match[1]) : undefined;
}
