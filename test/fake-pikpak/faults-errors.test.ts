import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakePikPak, type FakePikPak } from './index.ts';
import { call, DRIVE, driveHeaders } from './test-helpers.ts';

/** The fault kinds for answers PikPak is known to send that no route makes by itself (pikpak-api.md §12). */

let fake: FakePikPak;
let headers: Record<string, string>;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  headers = driveHeaders(fake, fake.control.issueSession().access_token, { captcha: true });
});
afterEach(() => fake.control.faults.clear());
afterAll(() => fake.close());

const about = () => call(fake, 'GET', `${DRIVE}/drive/v1/about`, { headers });
const readme = () => fake.seedIds.files['readme'] ?? '';
const rename = (name: string) =>
  call(fake, 'PATCH', `${DRIVE}/drive/v1/files/${readme()}`, { headers, json: { name } });
const batch = (op: 'batchMove' | 'batchCopy') =>
  call(fake, 'POST', `${DRIVE}/drive/v1/files:${op}`, { headers, json: { ids: [readme()], to: { parent_id: '' } } });

describe('faults for §12 answers', () => {
  it('risk-limited: 403 risk_limited 9 on drive calls', async () => {
    fake.control.faults.add({ kind: 'risk-limited', times: 1 });
    const res = await about();
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: 'risk_limited', error_code: 9 });
    expect((await about()).status).toBe(200);
  });

  it.each([16, 4121, 4122] as const)('access-token-expired: 401 with code %i', async (code) => {
    fake.control.faults.add({ kind: 'access-token-expired', code, times: 1 });
    const res = await about();
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: 'unauthenticated', error_code: code });
  });

  it('too-frequent in Chinese: code 10 with a zh-CN text', async () => {
    fake.control.faults.add({ kind: 'too-frequent', host: 'drive', locale: 'zh_CN', times: 1 });
    const res = await about();
    expect(res.body).toMatchObject({ error: 'aborted', error_code: 10 });
    expect(res.body.error_description).toMatch(/频繁/);
    expect(res.body.details[1]).toMatchObject({ locale: 'zh-CN' });
  });

  it('rename-uncompleted and rename-same-name: a rename only, with rclone’s codes and texts', async () => {
    fake.control.faults.add({ kind: 'rename-uncompleted', times: 1 });
    expect((await about()).status).toBe(200);
    expect((await rename('a.txt')).body).toMatchObject({
      error: 'file_rename_uncompleted',
      error_code: 9,
      error_description: 'Renaming uncompleted file or folder is not supported',
    });
    fake.control.faults.add({ kind: 'rename-same-name', times: 1 });
    expect((await rename('a.txt')).body).toMatchObject({ error: 'file_rename_to_same_name', error_code: 3 });
  });

  it('move-to-current: batchMove and batchCopy only', async () => {
    fake.control.faults.add({ kind: 'move-to-current', times: 2 });
    expect((await rename('b.txt')).status).toBe(200);
    for (const op of ['batchMove', 'batchCopy'] as const) {
      const res = await batch(op);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: 'file_move_or_copy_to_cur', error_code: 9 });
    }
  });

  it('okStatus: the same envelope with HTTP 200', async () => {
    fake.control.faults.add({ kind: 'captcha-required', host: 'drive', okStatus: true, times: 1 });
    const res = await about();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ error: 'captcha_invalid', error_code: 9 });
  });
});
