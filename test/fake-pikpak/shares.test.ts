import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePikPak, type FakePikPak } from './index.ts';
import { call, DEVICE, DRIVE, driveHeaders } from './test-helpers.ts';
import type { RestoreBody, ShareBody, ShareFileInfo, WireTask } from './test-wire.ts';

let fake: FakePikPak;
let signedIn: Record<string, string>;
let anonymous: Record<string, string>;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  signedIn = driveHeaders(fake, fake.control.issueSession().access_token, { captcha: true });
  anonymous = {
    'x-device-id': DEVICE,
    'x-client-id': 'YUMx5nI8ZU8Ap8pm',
    'x-captcha-token': fake.control.captcha.issueToken({ deviceId: DEVICE }),
  };
});
afterAll(() => fake.close());

const ids = () => fake.seedIds.shares;
const open = (shareId: string, passCode = '', headers = anonymous) =>
  call<ShareBody>(
    fake,
    'GET',
    `${DRIVE}/drive/v1/share?share_id=${shareId}&pass_code=${encodeURIComponent(passCode)}&limit=100&thumbnail_size=SIZE_LARGE`,
    { headers },
  );

describe('GET /drive/v1/share', () => {
  it('opens a share without a pass code anonymously and still returns a pass_code_token', async () => {
    const res = await open(ids()['open'] ?? '');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      share_status: 'OK',
      share_status_text: '',
      file_num: '2',
      next_page_token: '',
      params: { anonymous_play_seconds: '120', auto_play: 'false' },
    });
    expect(res.body.files.map((f) => f.name)).toEqual(['Charade (1963).mp4', 'lecture-notes.pdf']);
    expect(res.body.files[0]).toMatchObject({ web_content_link: '', links: {}, medias: [] });
    expect(res.body.pass_code_token).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(res.body.user_info?.nickname).toContain('**');
  });

  it('reports PASS_CODE_EMPTY, PASS_CODE_ERROR, then OK with the right code (all HTTP 200)', async () => {
    const shareId = ids()['withPassCode'] ?? '';
    const empty = await open(shareId);
    expect(empty.status).toBe(200);
    expect(empty.body.share_status).toBe('PASS_CODE_EMPTY');
    expect((await open(shareId, 'nope')).body.share_status).toBe('PASS_CODE_ERROR');
    const good = await open(shareId, ids()['passCode']);
    expect(good.body.share_status).toBe('OK');
    expect(good.body.files.map((f) => f.name)).toEqual(['Public Domain Films']);
  });

  it('reports NOT_FOUND, EXPIRED, SENSITIVE_RESOURCE and PROHIBITED with its measured text', async () => {
    expect((await open('Vdoesnotexist')).body.share_status).toBe('NOT_FOUND');
    expect((await open(ids()['expired'] ?? '')).body.share_status).toBe('EXPIRED');
    const shareId = ids()['open'] ?? '';
    fake.control.shares.setStatus(shareId, 'SENSITIVE_RESOURCE');
    expect((await open(shareId)).body.share_status).toBe('SENSITIVE_RESOURCE');
    fake.control.shares.setStatus(shareId, 'PROHIBITED');
    const prohibited = await open(shareId);
    expect(prohibited.status).toBe(200);
    expect(prohibited.body).toMatchObject({
      share_status: 'PROHIBITED',
      share_status_text: '抱歉，分享功能在当前地区不可用',
    });
    fake.control.shares.setStatus(shareId, 'OK');
  });

  it('wants a captcha token: missing → {"detail":"captcha_token is empty"}, foreign → 403/9', async () => {
    const noCaptcha = { 'x-device-id': DEVICE, 'x-client-id': 'YUMx5nI8ZU8Ap8pm' };
    const missing = await open(ids()['open'] ?? '', '', noCaptcha);
    expect(missing.text).toBe('{"detail":"captcha_token is empty"}');
    const foreign = await open(ids()['open'] ?? '', '', {
      ...noCaptcha,
      'x-captcha-token': fake.control.captcha.issueToken({ deviceId: 'ffffffffffffffffffffffffffffffff' }),
    });
    expect(foreign.status).toBe(403);
    expect(foreign.text).toContain('"error_code":9');
  });

  it('refuses an anonymous read whose captcha token was minted for a user, and takes it with that user signed in', async () => {
    const userToken = fake.control.captcha.issueToken({ deviceId: DEVICE, userId: fake.control.accounts.default.sub });
    const noAuth = await open(ids()['open'] ?? '', '', { ...anonymous, 'x-captcha-token': userToken });
    expect(noAuth.status).toBe(403);
    expect(noAuth.text).toContain('"error":"captcha_invalid"');
    const withAuth = await open(ids()['open'] ?? '', '', { ...signedIn, 'x-captcha-token': userToken });
    expect(withAuth.status).toBe(200);
    expect(withAuth.body.share_status).toBe('OK');
  });
});

describe('GET /drive/v1/share/detail and /share/file_info', () => {
  it('lists a shared folder with the pass_code_token and refuses a wrong token', async () => {
    const shareId = ids()['withPassCode'] ?? '';
    const token = (await open(shareId, ids()['passCode'])).body.pass_code_token ?? '';
    const folder = fake.seedIds.folders['sharedFilms'] ?? '';
    const detail = await call<ShareBody>(
      fake,
      'GET',
      `${DRIVE}/drive/v1/share/detail?share_id=${shareId}&parent_id=${folder}&pass_code_token=${encodeURIComponent(token)}&limit=100`,
      { headers: anonymous },
    );
    expect(detail.body.share_status).toBe('OK');
    expect(detail.body.files.map((f) => f.name)).toEqual([
      'credits.txt',
      'Nosferatu (1922).mp4',
      'The General (1926).mp4',
    ]);
    const wrong = await call<ShareBody>(
      fake,
      'GET',
      `${DRIVE}/drive/v1/share/detail?share_id=${shareId}&parent_id=${folder}&pass_code_token=bad`,
      { headers: anonymous },
    );
    expect(wrong.body.share_status).toBe('PASS_CODE_ERROR');
    const outside = await call(
      fake,
      'GET',
      `${DRIVE}/drive/v1/share/detail?share_id=${shareId}&parent_id=${fake.seedIds.folders['movies'] ?? ''}&pass_code_token=${encodeURIComponent(token)}`,
      { headers: anonymous },
    );
    expect(outside.status).toBe(404);
  });

  it('gives video links only in medias (empty web_content_link) and plain links for other files', async () => {
    const shareId = ids()['open'] ?? '';
    const token = encodeURIComponent((await open(shareId)).body.pass_code_token ?? '');
    const info = (fileId: string) =>
      call<ShareFileInfo>(
        fake,
        'GET',
        `${DRIVE}/drive/v1/share/file_info?share_id=${shareId}&file_id=${fileId}&pass_code_token=${token}`,
        { headers: anonymous },
      );
    const videoInfo = await info(fake.seedIds.files['sharedVideo'] ?? '');
    expect(videoInfo.body.share_status).toBe('OK');
    expect(videoInfo.body.file_info).toMatchObject({
      web_content_link: '',
      links: {},
      params: { anonymous_play_seconds: '120', anonymous_play_range: '0.40' },
    });
    expect(videoInfo.body.file_info.medias.map((m) => m.media_name)).toEqual(['Original', '720P']);
    expect(videoInfo.body.file_info.medias[0]?.link.url).toMatch(
      /^https:\/\/dl-a10b-000[12]\.mypikpak\.com\/download\/\?fid=/,
    );
    const pdfInfo = await info(fake.seedIds.files['sharedPdf'] ?? '');
    expect(pdfInfo.body.file_info.web_content_link).toMatch(/^https:\/\/dl-/);
    expect((await info(fake.seedIds.files['bunny'] ?? '')).status).toBe(404);
  });
});

describe('POST /drive/v1/share/restore', () => {
  it('answers RESTORE_START with a restore_task_id; the task ends COMPLETE with the restored file_id', async () => {
    const shareId = ids()['withPassCode'] ?? '';
    const token = (await open(shareId, ids()['passCode'])).body.pass_code_token ?? '';
    const res = await call<RestoreBody>(fake, 'POST', `${DRIVE}/drive/v1/share/restore`, {
      headers: signedIn,
      json: {
        share_id: shareId,
        pass_code_token: token,
        file_ids: [],
        ancestor_ids: [],
        folder_type: '',
        params: { trace_file_ids: '*' },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ share_status: 'OK', restore_status: 'RESTORE_START' });
    expect(res.body.restore_task_id).toMatch(/^V/);
    expect(res.body.task_info).toBeUndefined();
    const trace = JSON.parse(res.body.params.trace_file_ids) as Record<string, string>;
    const newId = trace[fake.seedIds.folders['sharedFilms'] ?? ''] ?? '';
    expect(newId).toMatch(/^V/);
    expect(fake.control.files.get(newId)).toBeUndefined();
    // The answer's file_id is the folder the copy lands in, "Pack From Shared" at the root.
    expect(fake.control.files.get(res.body.file_id)).toMatchObject({ name: 'Pack From Shared', parentId: '' });

    const task = () =>
      call<WireTask>(fake, 'GET', `${DRIVE}/drive/v1/tasks/${res.body.restore_task_id}`, { headers: signedIn });
    expect((await task()).body.phase).toBe('PHASE_TYPE_PENDING');
    fake.control.clock.advance(1000);
    const done = await task();
    expect(done.body).toMatchObject({ phase: 'PHASE_TYPE_COMPLETE', type: 'restore', file_id: newId });
    expect(JSON.parse(done.body.params['trace_file_ids'] ?? '{}')).toEqual(trace);
    const restored = fake.control.files.get(newId);
    expect(restored).toMatchObject({ name: 'Public Domain Films', kind: 'drive#folder', parentId: res.body.file_id });
    expect(
      fake.control.files
        .children(newId)
        .map((f) => f.name)
        .sort(),
    ).toEqual(['Nosferatu (1922).mp4', 'The General (1926).mp4', 'credits.txt'].sort());
  });

  it('honours parent_id, refuses your own share with file_restore_own (9), and needs Authorization', async () => {
    fake.control.asyncTaskDelayMs = 0;
    try {
      const shareId = ids()['open'] ?? '';
      const token = (await open(shareId)).body.pass_code_token ?? '';
      const docs = fake.seedIds.folders['documents'] ?? '';
      const res = await call<RestoreBody>(fake, 'POST', `${DRIVE}/drive/v1/share/restore`, {
        headers: signedIn,
        json: {
          share_id: shareId,
          pass_code_token: token,
          file_ids: [fake.seedIds.files['sharedPdf']],
          parent_id: docs,
        },
      });
      // Done before the answer: RESTORE_COMPLETE, and task_info names the copy.
      expect(res.body.restore_status).toBe('RESTORE_COMPLETE');
      expect(res.body.file_id).toBe(docs);
      const copyId = res.body.task_info?.[0]?.file_id ?? '';
      expect(res.body.task_info).toHaveLength(1);
      expect(fake.control.files.get(copyId)).toMatchObject({ parentId: docs, name: 'lecture-notes.pdf' });
      const task = await call<WireTask>(fake, 'GET', `${DRIVE}/drive/v1/tasks/${res.body.restore_task_id}`, {
        headers: signedIn,
      });
      expect(task.body).toMatchObject({ phase: 'PHASE_TYPE_COMPLETE', file_id: copyId });

      const own = ids()['own'] ?? '';
      const ownToken = (await open(own)).body.pass_code_token ?? '';
      const mine = await call(fake, 'POST', `${DRIVE}/drive/v1/share/restore`, {
        headers: signedIn,
        json: { share_id: own, pass_code_token: ownToken, file_ids: [] },
      });
      expect(mine.status).toBe(400);
      expect(mine.body).toMatchObject({ error: 'file_restore_own', error_code: 9 });

      const noAuth = await call(fake, 'POST', `${DRIVE}/drive/v1/share/restore`, {
        headers: anonymous,
        json: { share_id: shareId, pass_code_token: token },
      });
      expect(noAuth.status).toBe(401);
    } finally {
      fake.control.asyncTaskDelayMs = 300;
    }
  });
});
