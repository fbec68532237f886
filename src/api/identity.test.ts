import { describe, expect, it } from 'vitest';
import { deviceIdFromWebValue as deviceIdFromWebStorage } from '../shared/web-session.ts';
import {
  ANDROID_CLIENT_ID,
  CAPTCHA_PROFILES,
  captchaSign,
  IDENTITIES,
  isDeviceId,
  newDeviceId,
  WEB_CLIENT_ID,
} from './identity.ts';

const DEVICE = '0123456789abcdef0123456789abcdef';

describe('captchaSign (pikpak-api.md §2.3 vectors)', () => {
  it.each([
    ['W2', '1.81abef7a2a707b5e3bcb06b976d800c3'],
    ['WU', '1.ee018fb3cf1d414f8abef885ba2b9a47'],
    ['Android 1.53.2', '1.aa511a2a9d7fc2f10c3f0e694b44a288'],
  ] as const)('%s reproduces the reference vector', (name, expected) => {
    expect(captchaSign(CAPTCHA_PROFILES[name], DEVICE, 1_700_000_000_000)).toBe(expected);
    expect(captchaSign(CAPTCHA_PROFILES[name], DEVICE, '1700000000000')).toBe(expected);
  });

  it('depends on every input', () => {
    const base = captchaSign(CAPTCHA_PROFILES.W2, DEVICE, 1);
    expect(captchaSign(CAPTCHA_PROFILES.W2, DEVICE, 2)).not.toBe(base);
    expect(captchaSign(CAPTCHA_PROFILES.W2, 'f'.repeat(32), 1)).not.toBe(base);
    expect(captchaSign(CAPTCHA_PROFILES.WU, DEVICE, 1)).not.toBe(base);
  });

  it('profiles carry the web identity and the §2.2 salt counts', () => {
    expect(CAPTCHA_PROFILES.WU).toMatchObject({
      clientId: WEB_CLIENT_ID,
      clientVersion: 'undefined',
      packageName: 'drive.mypikpak.com',
    });
    expect(CAPTCHA_PROFILES.W2).toMatchObject({
      clientId: WEB_CLIENT_ID,
      clientVersion: '2.0.0',
      packageName: 'mypikpak.com',
    });
    expect(CAPTCHA_PROFILES.WU.salts).toHaveLength(10);
    expect(CAPTCHA_PROFILES.W2.salts).toHaveLength(15);
    expect(CAPTCHA_PROFILES.W2.salts[7]).toBe('');
  });

  it('the Android 1.53.2 profile carries the Android identity and its 8 salts', () => {
    expect(CAPTCHA_PROFILES['Android 1.53.2']).toMatchObject({
      clientId: ANDROID_CLIENT_ID,
      clientVersion: '1.53.2',
      packageName: 'com.pikcloud.pikpak',
    });
    expect(CAPTCHA_PROFILES['Android 1.53.2'].salts).toHaveLength(8);
  });
});

describe('identities (§2.1, §3.2)', () => {
  it('web: its client id, no secret, WU then W2', () => {
    expect(IDENTITIES.web).toEqual({ platform: 'web', clientId: 'YUMx5nI8ZU8Ap8pm', captchaProfiles: ['WU', 'W2'] });
  });

  it('android: its client id, its secret, the 1.53.2 profile only', () => {
    expect(IDENTITIES.android).toEqual({
      platform: 'android',
      clientId: 'YNxT9w7GMdWvEOKa',
      clientSecret: 'dbw2OtmVEeuUvIptb1Coyg',
      captchaProfiles: ['Android 1.53.2'],
    });
  });

  it('every identity signs only with profiles of its own client id', () => {
    for (const identity of Object.values(IDENTITIES)) {
      for (const name of identity.captchaProfiles) expect(CAPTCHA_PROFILES[name].clientId).toBe(identity.clientId);
    }
  });
});

describe('device ids (§2.4)', () => {
  it('takes the 32 hex after wdi10.', () => {
    expect(deviceIdFromWebStorage(`wdi10.${DEVICE}${'Z'.repeat(32)}`)).toBe(DEVICE);
    expect(deviceIdFromWebStorage(`wdi10.${DEVICE.toUpperCase()}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`)).toBe(DEVICE);
  });

  it('accepts a bare id and rejects anything else', () => {
    expect(deviceIdFromWebStorage(DEVICE)).toBe(DEVICE);
    expect(deviceIdFromWebStorage('wdi10.not-hex-at-all-0000000000000000000000')).toBeUndefined();
    expect(deviceIdFromWebStorage('wdi10.0123')).toBeUndefined();
    expect(deviceIdFromWebStorage('')).toBeUndefined();
    expect(deviceIdFromWebStorage(null)).toBeUndefined();
  });

  it('makes new ids in the web app format (UUIDv4 without dashes)', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newDeviceId()));
    expect(ids.size).toBe(50);
    for (const id of ids) {
      expect(isDeviceId(id)).toBe(true);
      expect(id).toMatch(/^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/);
    }
    expect(newDeviceId((bytes) => bytes.fill(0xff))).toBe('ffffffffffff4fffbfffffffffffffff');
  });
});
