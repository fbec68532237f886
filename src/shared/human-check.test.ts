import { describe, expect, it } from 'vitest';
import { HUMAN_CHECK_WINDOW_MS, isPikPakCheckUrl, matchVerifiedCaptcha, pendingCheckFor } from './human-check.ts';
import { isCaptchaTokenShaped } from './verified-captcha.ts';

const CHECK_URL =
  'https://user.mypikpak.com/captcha/v2/spritePuzzle.html?action=POST%3A%2Fv1%2Fauth%2Fsignin&captcha_token=ck0.pending' +
  '&redirect_uri=https%3A%2F%2Fmypikpak.com%2Floading&state=getcaptcha1700000000000';
const TOKEN = 'ck0.verified-token_part.2';

describe('isPikPakCheckUrl', () => {
  it('takes PikPak’s https pages', () => {
    expect(isPikPakCheckUrl(CHECK_URL)).toBe(true);
    expect(isPikPakCheckUrl('https://user.mypikpak.net/captcha/v2/reCaptcha.html?state=x')).toBe(true);
    expect(isPikPakCheckUrl('https://mypikpak.com/captcha')).toBe(true);
  });

  it('refuses other schemes, hosts, ports and logins', () => {
    for (const url of [
      'http://user.mypikpak.com/captcha/v2/spritePuzzle.html',
      'javascript:alert(1)',
      'data:text/html,hi',
      'https://mypikpak.com.evil.example/captcha',
      'https://evilmypikpak.com/captcha',
      'https://user.mypikpak.com:8443/captcha',
      'https://someone@user.mypikpak.com/captcha',
      'chrome://extensions',
      'not a url',
    ]) {
      expect(isPikPakCheckUrl(url), url).toBe(false);
    }
  });
});

describe('matchVerifiedCaptcha', () => {
  const pending = pendingCheckFor(CHECK_URL, 1_000);

  it('remembers the check’s state', () => {
    expect(pending).toEqual({ state: 'getcaptcha1700000000000', startedAt: 1_000 });
    expect(pendingCheckFor('https://user.mypikpak.com/captcha', 5)).toEqual({ startedAt: 5 });
  });

  it('accepts the token of the check the extension opened, within the window', () => {
    const arrival = { captchaToken: TOKEN, state: pending.state };
    expect(matchVerifiedCaptcha(pending, arrival, 2_000)).toEqual({ kind: 'accept', token: TOKEN });
    expect(matchVerifiedCaptcha(pending, arrival, 1_000 + HUMAN_CHECK_WINDOW_MS).kind).toBe('accept');
  });

  it('refuses a token when no check is waiting, after the window, or for another check', () => {
    const arrival = { captchaToken: TOKEN, state: pending.state };
    expect(matchVerifiedCaptcha(null, arrival, 2_000)).toEqual({ kind: 'refuse', why: 'no-check' });
    expect(matchVerifiedCaptcha(pending, arrival, 1_001 + HUMAN_CHECK_WINDOW_MS)).toEqual({
      kind: 'refuse',
      why: 'expired',
    });
    expect(matchVerifiedCaptcha(pending, arrival, 999).kind).toBe('refuse');
    expect(matchVerifiedCaptcha(pending, { captchaToken: TOKEN, state: 'getcaptcha1' }, 2_000)).toEqual({
      kind: 'refuse',
      why: 'other-check',
    });
    expect(matchVerifiedCaptcha(pending, { captchaToken: TOKEN }, 2_000).kind).toBe('refuse');
  });

  it('without a state in the check URL, any well-formed token within the window', () => {
    expect(matchVerifiedCaptcha({ startedAt: 1_000 }, { captchaToken: TOKEN }, 2_000).kind).toBe('accept');
  });

  it('checks the token’s shape first', () => {
    for (const token of ['', 'abc', 'ck0.', 'ck0.with space', `ck0.${'x'.repeat(5000)}`, 42, 'ck0.\u00e9']) {
      expect(isCaptchaTokenShaped(token), String(token).slice(0, 20)).toBe(false);
      expect(matchVerifiedCaptcha(pending, { captchaToken: token, state: pending.state }, 2_000)).toEqual({
        kind: 'refuse',
        why: 'malformed',
      });
    }
  });
});
