import { CAPTCHA_TTL_SECONDS } from '../auth/captcha-tokens.ts';
import { escapeHtml } from '../http/html.ts';
import { Errors } from '../http/envelope.ts';
import { redirect, text, type Reply } from '../http/reply.ts';
import type { RouteContext } from '../http/router.ts';

/**
 * The human-check page on the user host (`/captcha/v2/spritePuzzle.html`, also `reCaptcha.html`).
 * The real page is a slider puzzle; this one is a single "Verify" button. Submitting it goes to
 * /captcha/v2/verify, which imitates the real page's redirect: back to `redirect_uri` with a
 * verified `captcha_token` and the original `state` added to the query (pikpak-api.md §3.4, PPA#50).
 */
export function captchaPage(ctx: RouteContext): Reply {
  const q = ctx.query;
  const hidden = ['captcha_token', 'redirect_uri', 'state']
    .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(q.get(name) ?? '')}">`)
    .join('\n      ');
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Security verification</title></head>
<body>
  <main>
    <h1>Security verification</h1>
    <p>Slide to complete the puzzle (fake: press Verify).</p>
    <p>Action: <code>${escapeHtml(q.get('action') ?? '')}</code></p>
    <form method="get" action="/captcha/v2/verify">
      ${hidden}
      <button type="submit">Verify</button>
    </form>
  </main>
</body>
</html>`;
  return text(200, html, 'text/html; charset=utf-8');
}

export function captchaVerify(ctx: RouteContext): Reply {
  const { state } = ctx;
  const claims = state.captchaTokens.decode(ctx.query.get('captcha_token') ?? '');
  const target = safeRedirect(ctx.query.get('redirect_uri') ?? '');
  if (!claims || !claims.pending || !target) return Errors.userCaptchaInvalid('Code(4002) - captcha_token invalid');
  const now = state.clock.now();
  const verified = state.captchaTokens.issue({
    cid: claims.cid,
    did: claims.did,
    act: claims.act,
    iat: now,
    exp: now + CAPTCHA_TTL_SECONDS * 1000,
    ...(claims.who ? { who: claims.who } : {}),
  });
  target.searchParams.set('captcha_token', verified);
  target.searchParams.set('state', ctx.query.get('state') ?? '');
  return redirect(target.toString());
}

/** Only the web app may be redirected to, so the page cannot be used as an open redirect. */
function safeRedirect(uri: string): URL | undefined {
  try {
    const url = new URL(uri);
    return url.protocol === 'https:' && /^(mypikpak\.com|mypikpak\.net)$/.test(url.hostname) ? url : undefined;
  } catch {
    return undefined;
  }
}
