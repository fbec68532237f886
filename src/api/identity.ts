import { md5 } from '@noble/hashes/legacy.js';
import type { Platform } from '../shared/platform.ts';

/**
 * Who the extension says it is to PikPak. By default it is the web app (mypikpak.com): its tokens are the only
 * ones the extension can share with the web app. A refresh token pasted from PikPak's Android app can only be
 * used as the Android app, because tokens are bound to the client id they were issued to (pikpak-api.md §2.1,
 * §9.2): one client speaks as one identity for everything (headers, captcha, refresh) and never mixes them.
 */
export const WEB_CLIENT_ID = 'YUMx5nI8ZU8Ap8pm';
export const ANDROID_CLIENT_ID = 'YNxT9w7GMdWvEOKa';

export type CaptchaProfileName = 'WU' | 'W2' | 'Android 1.53.2';

/** The identity a `captcha_sign` is computed for; `clientVersion`/`packageName` are also sent in `meta` (§2.3). */
export interface CaptchaProfile {
  name: CaptchaProfileName;
  clientId: string;
  clientVersion: string;
  packageName: string;
  /** MD5 salts, in order; empty strings are real entries (§2.2). */
  salts: readonly string[];
}

/**
 * The signing profiles (§2.2). Web: WU is what the live web bundle sent in 2026-09 (SDL); W2 is what
 * rclone/OpenList still ship. The server seems to accept both (§11), so the web client tries WU and falls back
 * to W2. Android: the 1.53.2 app, for refresh tokens that came from PikPak's Android app.
 */
export const CAPTCHA_PROFILES: Readonly<Record<CaptchaProfileName, CaptchaProfile>> = {
  WU: {
    name: 'WU',
    clientId: WEB_CLIENT_ID,
    // Literally the string "undefined": the web JS concatenates an unset version (§2.1).
    clientVersion: 'undefined',
    packageName: 'drive.mypikpak.com',
    salts: [
      'fyZ4+p77W1U4zcWBUwefAIFhFxvADWtT1wzolCxhg9q7etmGUjXr',
      'uSUX02HYJ1IkyLdhINEFcCf7l2',
      'iWt97bqD/qvjIaPXB2Ja5rsBWtQtBZZmaHH2rMR41',
      '3binT1s/5a1pu3fGsN',
      '8YCCU+AIr7pg+yd7CkQEY16lDMwi8Rh4WNp5',
      'DYS3StqnAEKdGddRP8CJrxUSFh',
      'crquW+4',
      'ryKqvW9B9hly+JAymXCIfag5Z',
      'Hr08T/NDTX1oSJfHk90c',
      'i',
    ],
  },
  W2: {
    name: 'W2',
    clientId: WEB_CLIENT_ID,
    clientVersion: '2.0.0',
    packageName: 'mypikpak.com',
    salts: [
      'C9qPpZLN8ucRTaTiUMWYS9cQvWOE',
      '+r6CQVxjzJV6LCV',
      'F',
      'pFJRC',
      '9WXYIDGrwTCz2OiVlgZa90qpECPD6olt',
      '/750aCr4lm/Sly/c',
      'RB+DT/gZCrbV',
      '',
      'CyLsf7hdkIRxRm215hl',
      '7xHvLi2tOYP0Y92b',
      'ZGTXXxu8E/MIWaEDB+Sm/',
      '1UI3',
      'E7fP5Pfijd+7K+t6Tg/NhuLq0eEUVChpJSkrKxpO',
      'ihtqpG6FMt65+Xk+tWUH2',
      'NhXXU9rg4XXdzo7u5o',
    ],
  },
  // The Android app 1.53.2 (OpenList, pikpaktui, UP; §2.2). Its salt list is tied to this version.
  'Android 1.53.2': {
    name: 'Android 1.53.2',
    clientId: ANDROID_CLIENT_ID,
    clientVersion: '1.53.2',
    packageName: 'com.pikcloud.pikpak',
    salts: [
      'SOP04dGzk0TNO7t7t9ekDbAmx+eq0OI1ovEx',
      'nVBjhYiND4hZ2NCGyV5beamIr7k6ifAsAbl',
      'Ddjpt5B/Cit6EDq2a6cXgxY9lkEIOw4yC1GDF28KrA',
      'VVCogcmSNIVvgV6U+AochorydiSymi68YVNGiz',
      'u5ujk5sM62gpJOsB/1Gu/zsfgfZO',
      'dXYIiBOAHZgzSruaQ2Nhrqc2im',
      'z5jUTBSIpBN9g4qSJGlidNAutX6',
      'KJE2oveZ34du/g1tiimm',
    ],
  },
};

/** Everything that differs between the identities the client can speak as (§2.1, §3.2). */
export interface ClientIdentity {
  platform: Platform;
  clientId: string;
  /** Sent in the refresh body. The web app sends none (AP, rclone); Android clients do (OL-U, PC, PT, PK). */
  clientSecret?: string;
  /** Signing profiles in trial order; all of them carry this identity's client id. */
  captchaProfiles: readonly CaptchaProfileName[];
}

export const IDENTITIES: Readonly<Record<Platform, ClientIdentity>> = {
  // WU first, W2 when PikPak rejects WU (§11).
  web: { platform: 'web', clientId: WEB_CLIENT_ID, captchaProfiles: ['WU', 'W2'] },
  android: {
    platform: 'android',
    clientId: ANDROID_CLIENT_ID,
    clientSecret: 'dbw2OtmVEeuUvIptb1Coyg',
    // Only 1.53.2: the newest Android generation with a known salt list that maintained clients ship (§2.2).
    captchaProfiles: ['Android 1.53.2'],
  },
};

const encoder = new TextEncoder();

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/**
 * `captcha_sign` (§2.3): chain lowercase-hex MD5 over client_id + client_version + package_name + device_id +
 * timestamp, one round per salt, prefixed with "1.". The timestamp is epoch milliseconds as a decimal string,
 * and the same string must go into `meta.timestamp`.
 */
export function captchaSign(profile: CaptchaProfile, deviceId: string, timestampMs: number | string): string {
  let s = profile.clientId + profile.clientVersion + profile.packageName + deviceId + String(timestampMs);
  for (const salt of profile.salts) s = hex(md5(encoder.encode(s + salt)));
  return `1.${s}`;
}

/** The extension's device ids are what the web app uses: 32 lowercase hex characters (§2.4). */
export function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}

/**
 * A new device id in the web app's own format (a UUIDv4 without dashes, §2.4). Keep one per install: captcha
 * tokens embed it, so changing it mid-session invalidates them (§2.4, RC PR#8075).
 */
export function newDeviceId(
  random: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => crypto.getRandomValues(b),
): string {
  const bytes = new Uint8Array(new ArrayBuffer(16));
  random(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // variant 10xx → y ∈ {8,9,a,b}
  return hex(bytes);
}
