import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WEB_CLIENT_ID } from './auth/captcha-sign.ts';
import { startFakePikPak, type FakePikPak } from './index.ts';
import { call, captchaBody, DEVICE, DRIVE, driveHeaders, signIn } from './test-helpers.ts';
import type { ShareBody } from './test-wire.ts';

let fake: FakePikPak;
let headers: Record<string, string>;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  headers = driveHeaders(fake, fake.control.issueSession().access_token, { captcha: true });
});
afterEach(() => fake.control.faults.clear());
afterAll(() => fake.close());

const about = () => call(fake, 'GET', `${DRIVE}/drive/v1/about`, { headers });
const addTask = () =>
  call(fake, 'POST', `${DRIVE}/drive/v1/files`, {
    headers,
    json: {
      kind: 'drive#file',
      upload_type: 'UPLOAD_TYPE_URL',
      url: { url: 'https://example.org/f.iso' },
      folder_type: 'DOWNLOAD',
    },
  });
const openShare = () =>
  call<ShareBody>(fake, 'GET', `${DRIVE}/drive/v1/share?share_id=${fake.seedIds.shares['open'] ?? ''}&pass_code=`, {
    headers,
  });

describe('faults', () => {
  it('rate-limit: 429 with Retry-After, for `times` requests only', async () => {
    fake.control.faults.add({ kind: 'rate-limit', path: '/drive/v1/about', times: 2, retryAfterSeconds: 7 });
    const first = await about();
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect((await about()).status).toBe(429);
    expect((await about()).status).toBe(200);
    expect(fake.log.filter({ path: '/drive/v1/about' }).map((e) => e.fault ?? '-')).toEqual([
      'rate-limit',
      'rate-limit',
      '-',
    ]);
  });

  it('server-error: 500 envelope, 502/503 gateway HTML', async () => {
    const fault = fake.control.faults.add({ kind: 'server-error', host: 'drive' });
    const res = await about();
    expect(res.status).toBe(500);
    expect(res.body.error_code).toBe(13);
    fake.control.faults.remove(fault);
    fake.control.faults.add({ kind: 'server-error', status: 502, times: 1 });
    const gateway = await about();
    expect(gateway.status).toBe(502);
    expect(gateway.text).toContain('502 Bad Gateway');
    fake.control.faults.add({ kind: 'server-error', status: 503, times: 1 });
    expect((await about()).status).toBe(503);
  });

  it('slow: answers normally after the delay', async () => {
    fake.control.faults.add({ kind: 'slow', delayMs: 150, times: 1 });
    const started = Date.now();
    const res = await about();
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('malformed-json: 200 with a JSON content type and a body that does not parse', async () => {
    fake.control.faults.add({ kind: 'malformed-json', method: 'GET', path: /^\/drive\/v1\/files$/, times: 1 });
    const res = await fake.fetch(`${DRIVE}/drive/v1/files`, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it('captcha-required: 403 captcha_invalid 9 on the drive host, 4002 on the user host', async () => {
    fake.control.faults.add({ kind: 'captcha-required' });
    expect((await about()).body).toMatchObject({ error: 'captcha_invalid', error_code: 9 });
    const user = await call(fake, 'GET', 'https://user.mypikpak.com/v1/user/me', { headers });
    expect(user.status).toBe(403);
    expect(user.body).toMatchObject({ error: 'captcha_invalid', error_code: 4002 });
  });

  it('too-frequent: the "Aborted - Your operation is too frequent" body', async () => {
    fake.control.faults.add({
      kind: 'too-frequent',
      host: 'user.mypikpak.com',
      path: '/v1/shield/captcha/init',
      times: 1,
    });
    const res = await call(fake, 'POST', 'https://user.mypikpak.com/v1/shield/captcha/init', {
      json: captchaBody('POST:/v1/auth/signin'),
    });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      error: 'captcha_invalid',
      error_code: 4002,
      error_description: 'Aborted - Your operation is too frequent, please try again later',
    });
    fake.control.faults.add({ kind: 'too-frequent', host: 'drive', times: 1 });
    expect((await about()).body.error_description).toBe(
      'Aborted - Your operation is too frequent, please try again later',
    );
  });

  it('daily-task-limit: 403 task_daily_create_limit 11 on task creation only', async () => {
    fake.control.faults.add({ kind: 'daily-task-limit' });
    expect((await about()).status).toBe(200);
    const res = await addTask();
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: 'task_daily_create_limit', error_code: 11 });
  });

  it('storage-full: file_space_not_enough 8', async () => {
    fake.control.faults.add({ kind: 'storage-full', times: 1 });
    const res = await addTask();
    expect(res.body).toMatchObject({ error: 'file_space_not_enough', error_code: 8 });
    expect((await addTask()).status).toBe(200);
  });

  it('region-blocked: shares answer 200 PROHIBITED, sign-in answers 4126 AccessProhibited', async () => {
    fake.control.faults.add({ kind: 'region-blocked' });
    expect((await about()).status).toBe(200);
    const share = await openShare();
    expect(share.status).toBe(200);
    expect(share.body).toMatchObject({
      share_status: 'PROHIBITED',
      share_status_text: '抱歉，分享功能在当前地区不可用',
    });
    const signin = await signIn(fake);
    expect(signin.body).toMatchObject({
      error: 'invalid_grant',
      error_code: 4126,
      error_description: 'AccessProhibited',
    });
    // Refresh keeps working (nianzhibai/91#87).
    const pair = fake.control.issueSession();
    const refreshed = await call(fake, 'POST', 'https://user.mypikpak.com/v1/auth/token', {
      json: { client_id: WEB_CLIENT_ID, grant_type: 'refresh_token', refresh_token: pair.refresh_token },
    });
    expect(refreshed.status).toBe(200);
  });

  it('network-drop: the socket closes and fetch rejects like a network failure', async () => {
    fake.control.faults.add({ kind: 'network-drop', times: 1 });
    await expect(fake.fetch(`${DRIVE}/drive/v1/about`, { headers })).rejects.toThrow(TypeError);
    expect((await about()).status).toBe(200);
    expect(fake.log.last({ host: 'drive', status: 0 })?.fault).toBe('network-drop');
  });

  it('leaves pages, preflights and other hosts alone unless a host is named', async () => {
    fake.control.faults.add({ kind: 'server-error' });
    expect((await fake.fetch('https://mypikpak.com/')).status).toBe(200);
    const preflight = await fake.fetch(`${DRIVE}/drive/v1/about`, {
      method: 'OPTIONS',
      headers: { origin: 'https://mypikpak.com', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    fake.control.faults.add({ kind: 'server-error', host: 'web', status: 503 });
    expect((await fake.fetch('https://mypikpak.com/')).status).toBe(503);
    expect(fake.control.faults.list()).toHaveLength(2);
    expect(DEVICE).toHaveLength(32);
  });
});
