import { WEB_CLIENT_ID } from '../auth/captcha-sign.ts';
import { fields } from '../http/body.ts';
import { Errors } from '../http/envelope.ts';
import { ok, text, type Reply } from '../http/reply.ts';
import type { RouteContext } from '../http/router.ts';
import { findAccountByLogin } from '../state.ts';
import { renderWebApp } from '../web-app/page.ts';
import { staticIcon } from './images.ts';

/**
 * The fake web app on mypikpak.com / mypikpak.net. Every GET path serves the one page (the real app
 * is a single-page app with routes such as /drive/…, /s/…, /loading). `/__fake/*` are fake-only
 * helpers that the page calls same-origin.
 */
// Guess: five minutes, the margin PC/PK clients use (pikpak-api.md §3.2).
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

export function webApp(ctx: RouteContext): Reply {
  if (ctx.path === '/__fake/clock' && ctx.method === 'GET') {
    return ok({ now: ctx.state.clock.now(), offsetMs: ctx.state.clock.offsetMs });
  }
  if (ctx.path === '/__fake/web-signin' && ctx.method === 'POST') return webSignin(ctx);
  if (ctx.path.startsWith('/__fake/')) return text(404, 'Not Found');
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return text(405, 'Method Not Allowed');
  // Browsers ask for it on every page; an icon keeps their consoles free of 404 noise.
  if (ctx.path === '/favicon.ico') return staticIcon(ctx);
  const html = renderWebApp({
    clientId: WEB_CLIENT_ID,
    clockOffsetMs: ctx.state.clock.offsetMs,
    refreshEveryMs: ctx.state.settings.webApp.refreshEveryMs,
    expiryMarginMs: EXPIRY_MARGIN_MS,
  });
  return { status: 200, body: html, contentType: 'text/html; charset=utf-8', headers: { 'cache-control': 'no-store' } };
}

/** Mints a session exactly as /v1/auth/signin would, without the captcha dance. */
function webSignin(ctx: RouteContext): Reply {
  const body = fields(ctx.body);
  const login = body.str('email') ?? body.str('username') ?? '';
  const account = findAccountByLogin(ctx.state, login);
  if (!account || account.password !== (body.str('password') ?? '')) {
    return Errors.invalidAccountOrPassword();
  }
  return ok(ctx.state.sessions.issue(account.sub, WEB_CLIENT_ID));
}
