import { createHash } from 'node:crypto';

/**
 * Signing profiles the fake accepts for `meta.captcha_sign` (pikpak-api.md §2.2). The real server
 * seems to accept several generations at once (§11), so W2 and WU are both live here; Android
 * 1.53.2 is included because its vector is known and it lets tests exercise a non-web client id.
 */
export interface SignProfile {
  name: string;
  clientId: string;
  clientVersion: string;
  packageName: string;
  salts: readonly string[];
}

export const WEB_CLIENT_ID = 'YUMx5nI8ZU8Ap8pm';
export const ANDROID_CLIENT_ID = 'YNxT9w7GMdWvEOKa';

export const PROFILE_W2: SignProfile = {
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
};

export const PROFILE_WU: SignProfile = {
  name: 'WU',
  clientId: WEB_CLIENT_ID,
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
};

export const PROFILE_ANDROID_1_53_2: SignProfile = {
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
};

export const SIGN_PROFILES: readonly SignProfile[] = [PROFILE_W2, PROFILE_WU, PROFILE_ANDROID_1_53_2];

/** Every profile name, the default of `control.captcha.acceptedProfiles`. */
export const SIGN_PROFILE_NAMES: readonly string[] = SIGN_PROFILES.map((p) => p.name);

/**
 * The client_secret each client id's apps send on refresh (pikpak-api.md §2.1, §3.2). OpenList sends the same
 * secret for the web id, so it is accepted there too; the web app itself sends none.
 */
export const CLIENT_SECRETS: Readonly<Record<string, string>> = {
  [WEB_CLIENT_ID]: 'dbw2OtmVEeuUvIptb1Coyg',
  [ANDROID_CLIENT_ID]: 'dbw2OtmVEeuUvIptb1Coyg',
};

/** The §2.3 formula: chained lowercase-hex MD5 over the concatenated identity, one round per salt. */
export function computeCaptchaSign(profile: SignProfile, deviceId: string, timestamp: string): string {
  let s = profile.clientId + profile.clientVersion + profile.packageName + deviceId + timestamp;
  for (const salt of profile.salts)
    s = createHash('md5')
      .update(s + salt, 'utf8')
      .digest('hex');
  return `1.${s}`;
}

export function findProfile(clientId: string, clientVersion: string, packageName: string): SignProfile | undefined {
  return SIGN_PROFILES.find(
    (p) => p.clientId === clientId && p.clientVersion === clientVersion && p.packageName === packageName,
  );
}

/** Every client id the fake knows; anything else gets "no client info found". */
export function isKnownClientId(clientId: string): boolean {
  return SIGN_PROFILES.some((p) => p.clientId === clientId);
}
