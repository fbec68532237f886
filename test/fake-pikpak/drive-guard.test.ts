import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANDROID_CLIENT_ID } from './auth/captcha-sign.ts';
import { startFakePikPak, type FakePikPak, type TokenPair } from './index.ts';
import { call, captchaBody, DEVICE, DRIVE, driveHeaders, OTHER_DEVICE, USER } from './test-helpers.ts';
import type { CaptchaInit, WireFile } from './test-wire.ts';

let fake: FakePikPak;
let pair: TokenPair;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  pair = fake.control.issueSession();
});
afterAll(() => fake.close());

const detailUrl = () => `${DRIVE}/drive/v1/files/${fake.seedIds.files['bunny'] ?? ''}`;

describe('X-Device-Id', () => {
  it('is required on drive calls (invalid_argument envelope)', async () => {
    const res = await call(fake, 'GET', `${DRIVE}/drive/v1/files`, {
      headers: { authorization: `Bearer ${pair.access_token}` },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: 'invalid_argument',
      error_code: 3,
      error_description: 'device_id is empty',
    });
  });

  it('is answered with exactly {"detail":"device_id is empty"} on share endpoints', async () => {
    const res = await call(fake, 'GET', `${DRIVE}/drive/v1/share?share_id=x&pass_code=`, {});
    expect(res.status).toBe(400);
    expect(res.text).toBe('{"detail":"device_id is empty"}');
  });

  it('may come as the device_id query parameter (SDL)', async () => {
    const res = await call(fake, 'GET', `${DRIVE}/drive/v1/about?device_id=${DEVICE}`, {
      headers: { authorization: `Bearer ${pair.access_token}` },
    });
    expect(res.status).toBe(200);
  });
});

describe('X-Captcha-Token on GET /drive/v1/files/{id}', () => {
  it('is required: missing → 403 captcha_invalid 9 "Verification code is invalid"', async () => {
    const res = await call(fake, 'GET', detailUrl(), { headers: driveHeaders(fake, pair.access_token) });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      error: 'captcha_invalid',
      error_code: 9,
      error_description: 'Verification code is invalid',
    });
  });

  it('accepts a token from captcha init for this device and client', async () => {
    const init = await call<CaptchaInit>(fake, 'POST', `${USER}/v1/shield/captcha/init`, {
      json: captchaBody(`GET:/drive/v1/files/${fake.seedIds.files['bunny'] ?? ''}`),
    });
    const res = await call<WireFile>(fake, 'GET', detailUrl(), {
      headers: driveHeaders(fake, pair.access_token, { captcha: init.body.captcha_token }),
    });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Big Buck Bunny (2008).mp4');
  });

  it('rejects a token of another device, of another client, an expired one and garbage', async () => {
    const foreignDevice = fake.control.captcha.issueToken({ deviceId: OTHER_DEVICE });
    const otherClient = fake.control.captcha.issueToken({ deviceId: DEVICE, clientId: ANDROID_CLIENT_ID });
    const soonExpired = fake.control.captcha.issueToken({ deviceId: DEVICE, ttlSeconds: 1 });
    for (const token of [foreignDevice, otherClient, 'ck0.garbage.sig']) {
      const res = await call(fake, 'GET', detailUrl(), {
        headers: driveHeaders(fake, pair.access_token, { captcha: token }),
      });
      expect(res.status).toBe(403);
      expect(res.body.error_code).toBe(9);
    }
    fake.control.clock.advance(2000);
    const expired = await call(fake, 'GET', detailUrl(), {
      headers: driveHeaders(fake, pair.access_token, { captcha: soonExpired }),
    });
    expect(expired.body.error).toBe('captcha_invalid');
  });

  it('reuses one token across actions unless control.captcha.bindAction is on', async () => {
    const token = fake.control.captcha.issueToken({ deviceId: DEVICE, action: 'GET:/drive/v1/about' });
    expect(
      (await call(fake, 'GET', detailUrl(), { headers: driveHeaders(fake, pair.access_token, { captcha: token }) }))
        .status,
    ).toBe(200);
    fake.control.captcha.bindAction = true;
    try {
      expect(
        (await call(fake, 'GET', detailUrl(), { headers: driveHeaders(fake, pair.access_token, { captcha: token }) }))
          .status,
      ).toBe(403);
    } finally {
      fake.control.captcha.bindAction = false;
    }
  });

  it('control.captcha.requireOnAllDriveCalls extends the check to every drive call', async () => {
    const list = () => call(fake, 'GET', `${DRIVE}/drive/v1/files`, { headers: driveHeaders(fake, pair.access_token) });
    expect((await list()).status).toBe(200);
    fake.control.captcha.requireOnAllDriveCalls = true;
    try {
      expect((await list()).body).toMatchObject({ error: 'captcha_invalid', error_code: 9 });
    } finally {
      fake.control.captcha.requireOnAllDriveCalls = false;
    }
  });
});

describe('CORS for the web app origin', () => {
  it('answers preflights and tags responses for https://mypikpak.com only', async () => {
    const preflight = await fake.fetch(`${DRIVE}/drive/v1/files`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://mypikpak.com',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,x-device-id',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://mypikpak.com');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,x-device-id');

    const net = await call(fake, 'POST', 'https://user.mypikpak.net/v1/auth/token', {
      headers: { origin: 'https://mypikpak.net' },
      json: {},
    });
    expect(net.headers.get('access-control-allow-origin')).toBe('https://mypikpak.net');

    const evil = await call(fake, 'GET', `${DRIVE}/drive/v1/about`, {
      headers: { ...driveHeaders(fake, pair.access_token), origin: 'https://evil.example' },
    });
    expect(evil.status).toBe(200);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});
