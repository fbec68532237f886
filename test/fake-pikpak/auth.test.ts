import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANDROID_CLIENT_ID, WEB_CLIENT_ID } from './auth/captcha-sign.ts';
import { startFakePikPak, type FakePikPak } from './index.ts';
import { call, decodeMiddle, DEVICE, DRIVE, driveHeaders, OTHER_DEVICE, signIn, USER } from './test-helpers.ts';
import type { CaptchaInit, TokenPairBody, UserMe } from './test-wire.ts';

let fake: FakePikPak;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
});
afterAll(() => fake.close());

const refresh = (refreshToken: string, clientId = WEB_CLIENT_ID) =>
  call<TokenPairBody>(fake, 'POST', `${USER}/v1/auth/token`, {
    json: { client_id: clientId, grant_type: 'refresh_token', refresh_token: refreshToken },
  });

async function signinToken(meta: Record<string, string>, device = DEVICE): Promise<string> {
  const res = await call<CaptchaInit>(fake, 'POST', `${USER}/v1/shield/captcha/init`, {
    json: { client_id: WEB_CLIENT_ID, action: 'POST:/v1/auth/signin', device_id: device, meta },
  });
  return res.body.captcha_token;
}

describe('POST /v1/auth/signin', () => {
  it('signs in after captcha init and returns a Bearer pair with a JWT access token', async () => {
    const res = await signIn(fake);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 7200, sub: 'YgDemoUser000001' });
    expect(res.body.refresh_token).toMatch(/^os\./);
    expect(res.body.access_token.split('.')).toHaveLength(3);
    const jwt = decodeMiddle(res.body.access_token);
    expect(jwt).toMatchObject({ iss: 'https://user.mypikpak.com', sub: 'YgDemoUser000001', aud: WEB_CLIENT_ID });
    expect(Number(jwt['exp']) - Number(jwt['iat'])).toBe(7200);
    expect(Number(jwt['iat'])).toBe(Math.floor(fake.control.clock.now() / 1000));
  });

  it('accepts the captcha token in the body and a form-style label on a JSON body', async () => {
    const token = await signinToken({ username: 'tester@example.com' });
    const res = await call<TokenPairBody>(fake, 'POST', `${USER}/v1/auth/signin`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      json: {
        username: 'tester@example.com',
        password: 'correct-horse',
        client_id: WEB_CLIENT_ID,
        captcha_token: token,
        grant_type: 'password',
      },
    });
    expect(res.status).toBe(200);
  });

  it('answers captcha_required without a captcha token', async () => {
    const res = await call(fake, 'POST', `${USER}/v1/auth/signin`, {
      json: { username: 'tester@example.com', password: 'correct-horse', client_id: WEB_CLIENT_ID },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: 'captcha_required',
      error_description: 'Please add captcha before you register',
    });
  });

  it('answers captcha_invalid 4002 for a token of another device, an expired one, and one for other meta', async () => {
    const body = { username: 'tester@example.com', password: 'correct-horse', client_id: WEB_CLIENT_ID };
    const foreign = await call(fake, 'POST', `${USER}/v1/auth/signin`, {
      headers: {
        'x-captcha-token': await signinToken({ username: 'tester@example.com' }, OTHER_DEVICE),
        'x-device-id': DEVICE,
      },
      json: body,
    });
    expect(foreign.body).toMatchObject({ error: 'captcha_invalid', error_code: 4002 });

    const stale = await signinToken({ username: 'tester@example.com' });
    fake.control.clock.advance(301_000);
    const expired = await call(fake, 'POST', `${USER}/v1/auth/signin`, {
      headers: { 'x-captcha-token': stale, 'x-device-id': DEVICE },
      json: body,
    });
    expect(expired.body).toMatchObject({
      error: 'captcha_invalid',
      error_code: 4002,
      error_description: 'Code(4002) - captcha_token expired',
    });

    const otherMeta = await call(fake, 'POST', `${USER}/v1/auth/signin`, {
      headers: { 'x-captcha-token': await signinToken({ username: 'someone@example.com' }), 'x-device-id': DEVICE },
      json: body,
    });
    expect(otherMeta.body.error_description).toMatch(
      /^meta\.username expect someone@example.com, but got tester@example.com/,
    );
  });

  it('answers invalid_account_or_password for a wrong password', async () => {
    const res = await signIn(fake, 'tester@example.com', 'wrong');
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_account_or_password');
  });
});

describe('POST /v1/auth/token (rotation)', () => {
  it('rotates: the new pair works, the used refresh token gets the verbatim 4126 body', async () => {
    const first = fake.control.issueSession();
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect(second.body.access_token).not.toBe(first.access_token);

    const reused = await refresh(first.refresh_token);
    expect(reused.status).toBe(400);
    const description = `invalid refresh token for it may be has been refreshed by other process, more info redis: nil, RefreshToken ${first.refresh_token}`;
    expect(reused.body).toEqual({
      error: 'invalid_grant',
      error_code: 4126,
      error_description: description,
      details: [
        { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: description },
        {
          '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
          locale: 'en',
          message: 'The refresh token is incorrect or expired',
        },
      ],
    });

    const third = await refresh(second.body.refresh_token);
    expect(third.status).toBe(200);
  });

  it('accepts a form-encoded refresh (rclone) and needs no captcha', async () => {
    const pair = fake.control.issueSession();
    const res = await call<TokenPairBody>(fake, 'POST', `${USER}/v1/auth/token`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: pair.refresh_token,
        client_id: WEB_CLIENT_ID,
      }).toString(),
    });
    expect(res.status).toBe(200);
    expect(res.body.sub).toBe('YgDemoUser000001');
  });

  it('rejects a refresh token presented with another client id, without burning it', async () => {
    const pair = fake.control.issueSession();
    const wrong = await call(fake, 'POST', `${USER}/v1/auth/token`, {
      json: { client_id: ANDROID_CLIENT_ID, grant_type: 'refresh_token', refresh_token: pair.refresh_token },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: 'invalid_grant', error_code: 4126 });
    expect((await refresh(pair.refresh_token)).status).toBe(200);
  });

  it('refuses the dead password grant with the recorded body', async () => {
    const res = await call(fake, 'POST', `${USER}/v1/auth/token`, {
      json: { grant_type: 'password', username: 'a', password: 'b', client_id: WEB_CLIENT_ID },
    });
    expect(res.body).toEqual({
      error: 'invalid_argument',
      error_code: 3,
      error_description: 'currently not supported',
      details: [],
    });
  });
});

describe('GET /v1/user/me and POST /v1/auth/revoke', () => {
  it('returns the account and stops working after revoke', async () => {
    const pair = fake.control.issueSession();
    const me = await call<UserMe>(fake, 'GET', `${USER}/v1/user/me`, {
      headers: { authorization: `Bearer ${pair.access_token}` },
    });
    expect(me.body).toMatchObject({
      sub: 'YgDemoUser000001',
      name: 'Tester',
      email: 'tester@example.com',
      status: 'ACTIVE',
      password: 'SET',
    });

    const revoked = await call(fake, 'POST', `${USER}/v1/auth/revoke`, {
      headers: { authorization: `Bearer ${pair.access_token}` },
      json: {},
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toEqual({});
    const after = await call(fake, 'GET', `${USER}/v1/user/me`, {
      headers: { authorization: `Bearer ${pair.access_token}` },
    });
    expect(after.status).toBe(401);
    expect((await refresh(pair.refresh_token)).status).toBe(400);
  });
});

describe('access-token expiry on the drive host', () => {
  it('gives 401 unauthenticated/16 once the fake clock passes exp, and a refreshed token works again', async () => {
    const pair = fake.control.issueSession();
    const about = (token: string) =>
      call(fake, 'GET', `${DRIVE}/drive/v1/about`, { headers: driveHeaders(fake, token) });
    expect((await about(pair.access_token)).status).toBe(200);
    fake.control.clock.advance(7200 * 1000 + 1000);
    const expired = await about(pair.access_token);
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ error: 'unauthenticated', error_code: 16 });
    const renewed = await refresh(pair.refresh_token);
    expect((await about(renewed.body.access_token)).status).toBe(200);
  });

  it('control.expireAccessTokens() invalidates issued access tokens only', async () => {
    const pair = fake.control.issueSession();
    expect(fake.control.expireAccessTokens()).toBeGreaterThan(0);
    expect(
      (await call(fake, 'GET', `${DRIVE}/drive/v1/about`, { headers: driveHeaders(fake, pair.access_token) })).body
        .error_code,
    ).toBe(16);
    expect((await refresh(pair.refresh_token)).status).toBe(200);
  });

  it('rejects a missing or forged Authorization', async () => {
    const missing = await call(fake, 'GET', `${DRIVE}/drive/v1/files`, { headers: { 'x-device-id': DEVICE } });
    expect(missing.status).toBe(401);
    const pair = fake.control.issueSession();
    const [h, p] = pair.access_token.split('.');
    const forged = await call(fake, 'GET', `${DRIVE}/drive/v1/files`, {
      headers: driveHeaders(fake, `${h}.${p}.forged`),
    });
    expect(forged.body.error).toBe('unauthenticated');
  });
});
