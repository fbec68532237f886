import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ANDROID_CLIENT_ID,
  PROFILE_ANDROID_1_53_2,
  PROFILE_W2,
  PROFILE_WU,
  SIGN_PROFILE_NAMES,
  WEB_CLIENT_ID,
} from './auth/captcha-sign.ts';
import { startFakePikPak, type FakePikPak } from './index.ts';
import { call, captchaBody, decodeMiddle, DEVICE, DRIVE, driveHeaders, USER } from './test-helpers.ts';
import type { CaptchaInit, TokenPairBody } from './test-wire.ts';

/** Client identities: the Android app next to the web app, never mixed (pikpak-api.md §2.1, §3.2, §9.2). */

let fake: FakePikPak;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
});
afterAll(() => fake.close());
afterEach(() => {
  fake.control.captcha.acceptedProfiles = SIGN_PROFILE_NAMES;
});

const SECRET = 'dbw2OtmVEeuUvIptb1Coyg';
const INIT = `${USER}/v1/shield/captcha/init`;

const refresh = (refreshToken: string, clientId: string, secret?: string) =>
  call<TokenPairBody>(fake, 'POST', `${USER}/v1/auth/token`, {
    json: {
      client_id: clientId,
      ...(secret === undefined ? {} : { client_secret: secret }),
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    },
  });

describe('captcha init for the Android identity', () => {
  it('accepts the Android 1.53.2 sign for the Android client id and binds the token to it', async () => {
    const res = await call<CaptchaInit>(fake, 'POST', INIT, {
      json: captchaBody('GET:/drive/v1/files', { profile: PROFILE_ANDROID_1_53_2 }),
    });
    expect(res.status).toBe(200);
    expect(decodeMiddle(res.body.captcha_token)).toMatchObject({ cid: ANDROID_CLIENT_ID, did: DEVICE });
  });

  it('accepts the §2.3 Android vector itself', async () => {
    const body = captchaBody('GET:/drive/v1/about', {
      profile: PROFILE_ANDROID_1_53_2,
      sign: '1.aa511a2a9d7fc2f10c3f0e694b44a288',
    });
    expect((await call(fake, 'POST', INIT, { json: body })).status).toBe(200);
  });

  it('refuses a web profile under the Android client id, and the Android profile under the web id', async () => {
    const webSignAsAndroid = {
      ...captchaBody('GET:/drive/v1/files', { profile: PROFILE_W2 }),
      client_id: ANDROID_CLIENT_ID,
    };
    expect((await call(fake, 'POST', INIT, { json: webSignAsAndroid })).body).toMatchObject({
      error: 'invalid_argument',
      error_code: 3,
      error_description: 'invalid captcha_sign',
    });
    const androidSignAsWeb = {
      ...captchaBody('GET:/drive/v1/files', { profile: PROFILE_ANDROID_1_53_2 }),
      client_id: WEB_CLIENT_ID,
    };
    expect((await call(fake, 'POST', INIT, { json: androidSignAsWeb })).body).toMatchObject({
      error: 'invalid_argument',
      error_code: 3,
      error_description: 'invalid captcha_sign',
    });
  });
});

describe('control.captcha.acceptedProfiles', () => {
  it('accepts every profile by default', () => {
    expect([...fake.control.captcha.acceptedProfiles].sort()).toEqual(['Android 1.53.2', 'W2', 'WU']);
  });

  it('refuses a correct sign of a profile that is switched off as PikPak refuses a dropped one (§12)', async () => {
    fake.control.captcha.acceptedProfiles = ['W2'];
    const wu = await call(fake, 'POST', INIT, { json: captchaBody('GET:/drive/v1/files', { profile: PROFILE_WU }) });
    expect(wu.status).toBe(400);
    expect(wu.body).toMatchObject({
      error: 'invalid_argument',
      error_code: 3,
      error_description: 'invalid captcha_sign',
    });
    expect(
      (await call(fake, 'POST', INIT, { json: captchaBody('GET:/drive/v1/files', { profile: PROFILE_W2 }) })).status,
    ).toBe(200);
    // Sign-in inits carry an identity, not a sign, and are not affected.
    const signin = await call(fake, 'POST', INIT, {
      json: {
        client_id: WEB_CLIENT_ID,
        action: 'POST:/v1/auth/signin',
        device_id: DEVICE,
        meta: { username: 'tester@example.com' },
      },
    });
    expect(signin.status).toBe(200);
  });

  it('refuses an unknown profile name', () => {
    expect(() => {
      fake.control.captcha.acceptedProfiles = ['W3'];
    }).toThrow(/no signing profile W3/);
  });
});

describe('Android sessions (control.issueSession({clientId}))', () => {
  it('issues a pair whose access token has the Android audience', () => {
    const pair = fake.control.issueSession({ clientId: ANDROID_CLIENT_ID });
    expect(pair.refresh_token).toMatch(/^os\./);
    expect(decodeMiddle(pair.access_token)).toMatchObject({ sub: 'YgDemoUser000001', aud: ANDROID_CLIENT_ID });
  });

  it('refreshes with the Android id and its client_secret, and rotates', async () => {
    const pair = fake.control.issueSession({ clientId: ANDROID_CLIENT_ID });
    const next = await refresh(pair.refresh_token, ANDROID_CLIENT_ID, SECRET);
    expect(next.status).toBe(200);
    expect(decodeMiddle(next.body.access_token)).toMatchObject({ aud: ANDROID_CLIENT_ID });
    expect((await refresh(pair.refresh_token, ANDROID_CLIENT_ID, SECRET)).body).toMatchObject({
      error: 'invalid_grant',
      error_code: 4126,
    });
  });

  it('wants the client_secret for the Android id (a guess), and a wrong secret burns nothing', async () => {
    const pair = fake.control.issueSession({ clientId: ANDROID_CLIENT_ID });
    expect((await refresh(pair.refresh_token, ANDROID_CLIENT_ID)).body).toMatchObject({
      error: 'invalid_argument',
      error_code: 3,
    });
    expect((await refresh(pair.refresh_token, ANDROID_CLIENT_ID, 'wrong')).body).toMatchObject({
      error: 'invalid_argument',
      error_code: 3,
    });
    expect((await refresh(pair.refresh_token, ANDROID_CLIENT_ID, SECRET)).status).toBe(200);
  });

  it('a web refresh may carry the (OpenList) secret or none', async () => {
    const pair = fake.control.issueSession();
    const next = await refresh(pair.refresh_token, WEB_CLIENT_ID, SECRET);
    expect(next.status).toBe(200);
    expect((await refresh(next.body.refresh_token, WEB_CLIENT_ID)).status).toBe(200);
  });

  it('an Android token refreshed as web fails with 4126, and burns nothing', async () => {
    const pair = fake.control.issueSession({ clientId: ANDROID_CLIENT_ID });
    const asWeb = await refresh(pair.refresh_token, WEB_CLIENT_ID);
    expect(asWeb.status).toBe(400);
    expect(asWeb.body).toMatchObject({ error: 'invalid_grant', error_code: 4126 });
    expect((await refresh(pair.refresh_token, ANDROID_CLIENT_ID, SECRET)).status).toBe(200);
  });

  it('a web token refreshed as Android (with the secret) fails with 4126, and burns nothing', async () => {
    const pair = fake.control.issueSession();
    const asAndroid = await refresh(pair.refresh_token, ANDROID_CLIENT_ID, SECRET);
    expect(asAndroid.status).toBe(400);
    expect(asAndroid.body).toMatchObject({ error: 'invalid_grant', error_code: 4126 });
    expect((await refresh(pair.refresh_token, WEB_CLIENT_ID)).status).toBe(200);
  });
});

describe('drive calls with an Android session', () => {
  const detailUrl = () => `${DRIVE}/drive/v1/files/${fake.seedIds.files['bunny'] ?? ''}`;

  it('take an Android captcha token and refuse a web one, whatever X-Client-Id says', async () => {
    const pair = fake.control.issueSession({ clientId: ANDROID_CLIENT_ID });
    const android = fake.control.captcha.issueToken({ deviceId: DEVICE, clientId: ANDROID_CLIENT_ID });
    const web = fake.control.captcha.issueToken({ deviceId: DEVICE, clientId: WEB_CLIENT_ID });
    const get = (captcha: string, clientId: string) =>
      call(fake, 'GET', detailUrl(), {
        headers: { ...driveHeaders(fake, pair.access_token, { captcha }), 'x-client-id': clientId },
      });
    expect((await get(android, ANDROID_CLIENT_ID)).status).toBe(200);
    expect((await get(web, ANDROID_CLIENT_ID)).body).toMatchObject({ error: 'captcha_invalid', error_code: 9 });
    expect((await get(web, WEB_CLIENT_ID)).body).toMatchObject({ error: 'captcha_invalid', error_code: 9 });
  });
});
