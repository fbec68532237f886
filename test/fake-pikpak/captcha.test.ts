import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCaptchaSign, PROFILE_ANDROID_1_53_2, PROFILE_W2, PROFILE_WU } from './auth/captcha-sign.ts';
import { startFakePikPak, type FakePikPak } from './index.ts';
import { call, captchaBody, decodeMiddle, DEVICE, DRIVE, driveHeaders, USER } from './test-helpers.ts';
import type { CaptchaInit, TokenPairBody } from './test-wire.ts';

let fake: FakePikPak;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
});
afterAll(() => fake.close());

const INIT = `${USER}/v1/shield/captcha/init`;

describe('captcha_sign (pikpak-api.md §2.3 vectors)', () => {
  it.each([
    ['W2', PROFILE_W2, '1.81abef7a2a707b5e3bcb06b976d800c3'],
    ['WU', PROFILE_WU, '1.ee018fb3cf1d414f8abef885ba2b9a47'],
    ['Android 1.53.2', PROFILE_ANDROID_1_53_2, '1.aa511a2a9d7fc2f10c3f0e694b44a288'],
  ])('%s reproduces the reference vector', (_name, profile, expected) => {
    expect(computeCaptchaSign(profile, DEVICE, '1700000000000')).toBe(expected);
  });
});

describe('POST /v1/shield/captcha/init', () => {
  it.each([
    ['W2', PROFILE_W2],
    ['WU', PROFILE_WU],
  ])('accepts a correct %s sign and issues a ck0 token bound to client, device and action', async (_name, profile) => {
    const res = await call<CaptchaInit>(fake, 'POST', INIT, { json: captchaBody('GET:/drive/v1/files', { profile }) });
    expect(res.status).toBe(200);
    expect(res.body.expires_in).toBe(300);
    expect(res.body.captcha_token).toMatch(/^ck0\.[\w-]+\.[\w-]+$/);
    const claims = decodeMiddle(res.body.captcha_token);
    expect(claims).toMatchObject({ cid: profile.clientId, did: DEVICE, act: 'GET:/drive/v1/files' });
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(300_000);
    expect(Number(claims['iat'])).toBeCloseTo(fake.control.clock.now(), -4);
  });

  it('accepts the WU vector itself as meta.captcha_sign', async () => {
    const res = await call<CaptchaInit>(fake, 'POST', INIT, {
      json: captchaBody('GET:/drive/v1/about', { profile: PROFILE_WU, sign: '1.ee018fb3cf1d414f8abef885ba2b9a47' }),
    });
    expect(res.status).toBe(200);
    expect(res.body.captcha_token).toMatch(/^ck0\./);
  });

  it('refuses a wrong sign as PikPak does: invalid_argument 3 "invalid captcha_sign" in the envelope (§12)', async () => {
    const res = await call(fake, 'POST', INIT, {
      json: captchaBody('GET:/drive/v1/files', { sign: '1.00000000000000000000000000000000' }),
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: 'invalid_argument',
      error_code: 3,
      error_description: 'invalid captcha_sign',
    });
    expect(res.body.details[0]?.['@type']).toBe('type.googleapis.com/google.rpc.ErrorInfo');
    expect(res.body.details[1]).toMatchObject({
      '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
      locale: 'en',
    });
  });

  it('rejects a W2 sign sent with WU meta (version and package must match the sign)', async () => {
    const body = captchaBody('GET:/drive/v1/files', {
      profile: PROFILE_WU,
      sign: computeCaptchaSign(PROFILE_W2, DEVICE, '1700000000000'),
    });
    const res = await call(fake, 'POST', INIT, { json: body });
    expect(res.body).toMatchObject({
      error: 'invalid_argument',
      error_code: 3,
      error_description: 'invalid captcha_sign',
    });
  });

  it('rejects a sign made for another device', async () => {
    const body = captchaBody('GET:/drive/v1/files', {
      sign: computeCaptchaSign(PROFILE_W2, 'ffffffffffffffffffffffffffffffff', '1700000000000'),
    });
    const res = await call(fake, 'POST', INIT, { json: body });
    expect(res.body).toMatchObject({ error: 'invalid_argument', error_code: 3 });
  });

  it('answers "no client info found" for an unknown client id', async () => {
    const res = await call(fake, 'POST', INIT, { json: { ...captchaBody('GET:/drive/v1/files'), client_id: 'nope' } });
    expect(res.body).toMatchObject({ error: 'captcha_invalid', error_description: 'no client info found' });
  });

  it('takes the identity instead of a sign for sign-in actions, in both action spellings', async () => {
    for (const action of ['POST:/v1/auth/signin', 'POST:https://user.mypikpak.com/v1/auth/signin']) {
      const res = await call<CaptchaInit>(fake, 'POST', INIT, {
        json: { client_id: PROFILE_W2.clientId, action, device_id: DEVICE, meta: { username: 'tester@example.com' } },
      });
      expect(res.status).toBe(200);
      expect(decodeMiddle(res.body.captcha_token)).toMatchObject({
        act: action,
        who: { field: 'username', value: 'tester@example.com' },
      });
    }
  });

  it('refuses a sign-in action without an identity in meta', async () => {
    const res = await call(fake, 'POST', INIT, {
      json: { client_id: PROFILE_W2.clientId, action: 'POST:/v1/auth/signin', device_id: DEVICE, meta: {} },
    });
    expect(res.body.error_description).toContain('please check captcha init params');
  });
});

describe('human check (control.captcha.mode)', () => {
  it('answers with a spritePuzzle url whose page redirects to /loading with a verified token', async () => {
    fake.control.captcha.mode = 'human-check';
    try {
      const init = await call<CaptchaInit>(fake, 'POST', INIT, {
        json: {
          client_id: PROFILE_W2.clientId,
          action: 'POST:/v1/auth/signin',
          device_id: DEVICE,
          meta: { email: 'tester@example.com' },
        },
      });
      expect(init.body.captcha_token).toBe('');
      expect(init.body.expires_in).toBe(300);
      const url = new URL(init.body.url ?? '');
      expect(`${url.origin}${url.pathname}`).toBe('https://user.mypikpak.com/captcha/v2/spritePuzzle.html');
      expect(init.body.url).toContain('redirect_uri=https%3A%2F%2Fmypikpak.com%2Floading');
      expect(url.searchParams.get('state')).toMatch(/^getcaptcha\d+$/);
      expect(url.searchParams.get('action')).toBe('POST:/v1/auth/signin');
      expect(url.searchParams.get('client_id')).toBe(PROFILE_W2.clientId);
      expect(url.searchParams.get('device_id')).toBe(DEVICE);

      const page = await call<string>(fake, 'GET', url);
      expect(page.text).toContain('<button type="submit">Verify</button>');

      const signinBody = { username: 'tester@example.com', password: 'correct-horse', client_id: PROFILE_W2.clientId };
      const early = await call(fake, 'POST', `${USER}/v1/auth/signin`, {
        headers: { 'x-captcha-token': url.searchParams.get('captcha_token') ?? '' },
        json: signinBody,
      });
      expect(early.body.error).toBe('captcha_invalid');

      // What the Verify button submits.
      const verify = new URL('https://user.mypikpak.com/captcha/v2/verify');
      for (const k of ['captcha_token', 'redirect_uri', 'state'])
        verify.searchParams.set(k, url.searchParams.get(k) ?? '');
      const redirect = await fake.fetch(verify, { redirect: 'manual' });
      expect(redirect.status).toBe(302);
      const landing = new URL(redirect.headers.get('location') ?? '');
      expect(`${landing.origin}${landing.pathname}`).toBe('https://mypikpak.com/loading');
      expect(landing.searchParams.get('state')).toBe(url.searchParams.get('state'));
      const verified = landing.searchParams.get('captcha_token') ?? '';
      expect(verified).toMatch(/^ck0\./);

      const loading = await fake.fetch(landing);
      expect(loading.status).toBe(200);
      expect(await loading.text()).toContain('id="captcha-result"');

      const signin = await call<TokenPairBody>(fake, 'POST', `${USER}/v1/auth/signin`, {
        headers: { 'x-captcha-token': verified, 'x-device-id': DEVICE },
        json: signinBody,
      });
      expect(signin.status).toBe(200);
      expect(signin.body.token_type).toBe('Bearer');

      // Sending the verified token back to init passes the check and yields a normal token.
      const again = await call<CaptchaInit>(fake, 'POST', INIT, {
        json: {
          client_id: PROFILE_W2.clientId,
          action: 'POST:/v1/auth/signin',
          device_id: DEVICE,
          captcha_token: verified,
          meta: { email: 'tester@example.com' },
        },
      });
      expect(again.body.captcha_token).toMatch(/^ck0\./);
      expect(again.body.url).toBeUndefined();
    } finally {
      fake.control.captcha.mode = 'auto';
    }
  });
});

describe('action binding (control.captcha.bindAction) accepts what real clients send (§3.4, §12)', () => {
  it('takes a token minted with or without the item id for a call on one file or task, and nothing else', async () => {
    const pair = fake.control.issueSession();
    const file = fake.seedIds.files['bunny'] ?? '';
    const task = fake.seedIds.tasks['running'] ?? '';
    const get = async (path: string, action: string) => {
      const token = fake.control.captcha.issueToken({ deviceId: DEVICE, action });
      return (
        await call(fake, 'GET', `${DRIVE}${path}`, {
          headers: driveHeaders(fake, pair.access_token, { captcha: token }),
        })
      ).status;
    };
    fake.control.captcha.bindAction = true;
    fake.control.captcha.requireOnAllDriveCalls = true;
    try {
      // pikpak-kotlin and pikpakcli leave the id out; PikPakAPI and OpenList keep it.
      expect(await get(`/drive/v1/files/${file}`, 'GET:/drive/v1/files')).toBe(200);
      expect(await get(`/drive/v1/files/${file}`, `GET:/drive/v1/files/${file}`)).toBe(200);
      expect(await get(`/drive/v1/tasks/${task}`, 'GET:/drive/v1/tasks')).toBe(200);
      // Another action is still refused, and so is another method.
      expect(await get(`/drive/v1/files/${file}`, 'GET:/drive/v1/about')).toBe(403);
      expect(await get(`/drive/v1/files/${file}`, 'PATCH:/drive/v1/files')).toBe(403);
      expect(await get(`/drive/v1/files/${file}`, 'GET:/drive/v1/tasks')).toBe(403);
      expect(await get(`/drive/v1/tasks/${task}`, 'GET:/drive/v1/files')).toBe(403);
    } finally {
      fake.control.captcha.bindAction = false;
      fake.control.captcha.requireOnAllDriveCalls = false;
    }
  });
});
