import type { Route } from '../http/router.ts';
import { captchaPage, captchaVerify } from './captcha-page.ts';
import { captchaInit } from './user-captcha.ts';
import { me, revoke, signin, token } from './user-auth.ts';

/** Route table for user.mypikpak.com / user.mypikpak.net. */
export const userRoutes: readonly Route[] = [
  { method: 'POST', pattern: '/v1/shield/captcha/init', handler: captchaInit },
  { method: 'POST', pattern: '/v1/auth/signin', handler: signin },
  { method: 'POST', pattern: '/v1/auth/token', handler: token },
  { method: 'POST', pattern: '/v1/auth/revoke', handler: revoke },
  { method: 'GET', pattern: '/v1/user/me', handler: me },
  { method: 'GET', pattern: '/captcha/v2/spritePuzzle.html', handler: captchaPage },
  { method: 'GET', pattern: '/captcha/v2/reCaptcha.html', handler: captchaPage },
  { method: 'GET', pattern: '/captcha/v2/verify', handler: captchaVerify },
];
