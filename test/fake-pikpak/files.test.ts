import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePikPak, type FakePikPak } from './index.ts';
import { BIG_FOLDER_SIZE } from './seeds/demo.ts';
import { call, DRIVE, driveHeaders, filters } from './test-helpers.ts';
import type { CreateFolder, ErrorBody, FileList, TaskIdBody, WireFile, WireTask } from './test-wire.ts';

let fake: FakePikPak;
let headers: Record<string, string>;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  headers = driveHeaders(fake, fake.control.issueSession().access_token);
});
afterAll(() => fake.close());

const COMPLETE_UNTRASHED = { phase: { eq: 'PHASE_TYPE_COMPLETE' }, trashed: { eq: false } };
const list = (query: string) =>
  call<FileList & ErrorBody>(fake, 'GET', `${DRIVE}/drive/v1/files?${query}`, { headers });
const names = (res: { body: FileList }) => res.body.files.map((f) => f.name);

describe('GET /drive/v1/files', () => {
  it('lists the root with folders first, string sizes, +08:00 times and empty links', async () => {
    const res = await list(`parent_id=&filters=${filters(COMPLETE_UNTRASHED)}&thumbnail_size=SIZE_MEDIUM`);
    expect(res.status).toBe(200);
    expect(res.body.kind).toBe('drive#fileList');
    expect(names(res)).toEqual(['Documents', 'Movies', 'My Pack', 'Sample Media', 'notes.md']);
    const notes = res.body.files.find((f) => f.name === 'notes.md');
    expect(notes).toMatchObject({
      kind: 'drive#file',
      size: '4096',
      revision: '0',
      web_content_link: '',
      links: {},
      medias: [],
      starred: true,
      delete_time: '',
    });
    expect(notes?.id).toMatch(/^V[\w-]{25}$/);
    expect(notes?.created_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$/);
    expect(res.body.files.find((f) => f.name === 'My Pack')?.folder_type).toBe('DOWNLOAD');
  });

  it('filters: kind, trashed (whole drive with parent_id=*), starred and system_tag', async () => {
    expect(
      names(await list(`parent_id=&filters=${filters({ kind: { eq: 'drive#folder' }, trashed: { eq: false } })}`)),
    ).toEqual(['Documents', 'Movies', 'My Pack', 'Sample Media']);
    const trash = await list(`parent_id=*&filters=${filters({ trashed: { eq: true } })}`);
    expect(names(trash)).toEqual(['old-backup.zip']);
    expect(trash.body.files[0]?.trashed).toBe(true);
    expect(
      names(await list(`parent_id=*&filters=${filters({ starred: { eq: true }, trashed: { eq: false } })}`)),
    ).toEqual(['notes.md']);
    expect(
      names(await list(`parent_id=*&filters=${filters({ system_tag: { in: 'STAR' }, trashed: { eq: false } })}`)),
    ).toEqual(['notes.md']);
  });

  it('without a trashed filter lists trashed and untrashed items together, each with its flag', async () => {
    const root = await list(`parent_id=&filters=${filters({ phase: { eq: 'PHASE_TYPE_COMPLETE' } })}`);
    expect(names(root)).toEqual(['Documents', 'Movies', 'My Pack', 'Sample Media', 'notes.md', 'old-backup.zip']);
    expect(root.body.files.map((f) => [f.name, f.trashed])).toContainEqual(['old-backup.zip', true]);
    expect(root.body.files.find((f) => f.name === 'notes.md')?.trashed).toBe(false);
    const noFilters = await list('parent_id=');
    expect(names(noFilters)).toContain('old-backup.zip');
  });

  it('serves the trash view and the starred view the way §12 describes them (parent_id=*)', async () => {
    const trash = await list(`parent_id=*&filters=${filters({ trashed: { eq: true } })}`);
    expect(trash.status).toBe(200);
    expect(trash.body.files.map((f) => [f.name, f.trashed, f.parent_id])).toEqual([['old-backup.zip', true, '']]);
    const starred = await list(`parent_id=*&filters=${filters({ system_tag: { in: 'STAR' } })}`);
    expect(starred.status).toBe(200);
    expect(starred.body.files.map((f) => [f.name, f.starred])).toEqual([['notes.md', true]]);
  });

  it('hides running offline results behind the phase filter', async () => {
    const pack = fake.seedIds.folders['myPack'] ?? '';
    const all = await list(`parent_id=${pack}&filters=${filters({ trashed: { eq: false } })}`);
    const complete = await list(`parent_id=${pack}&filters=${filters(COMPLETE_UNTRASHED)}`);
    expect(all.body.files.map((f) => f.phase).sort()).toEqual([
      'PHASE_TYPE_COMPLETE',
      'PHASE_TYPE_ERROR',
      'PHASE_TYPE_RUNNING',
    ]);
    expect(names(complete)).toEqual(['Night of the Living Dead (1968).mp4']);
  });

  it('rejects malformed filters, an unknown parent and a foreign page token', async () => {
    expect((await list('filters=%7Bnot-json')).body.error).toBe('invalid_argument');
    expect((await list('parent_id=VnotAfolder')).status).toBe(404);
    expect((await list('page_token=abc')).body.error_description).toBe('page_token is invalid');
  });
});

describe('paging through the 10,000-item camera roll (demo seed)', () => {
  it('returns every file exactly once with opaque cursors, ending with ""', async () => {
    const demo = await startFakePikPak({ https: false, seed: 'demo' });
    try {
      const demoHeaders = driveHeaders(demo, demo.control.issueSession().access_token);
      const folder = demo.seedIds.folders['bigFolder'] ?? '';
      const seen: string[] = [];
      let token = '';
      let pages = 0;
      do {
        const res = await call<FileList>(
          demo,
          'GET',
          `${DRIVE}/drive/v1/files?parent_id=${folder}&limit=500&page_token=${encodeURIComponent(token)}&filters=${filters(COMPLETE_UNTRASHED)}`,
          { headers: demoHeaders },
        );
        expect(res.status).toBe(200);
        expect(res.body.files.length).toBeLessThanOrEqual(500);
        seen.push(...res.body.files.map((f) => f.id));
        token = res.body.next_page_token;
        pages++;
      } while (token);
      expect(pages).toBe(BIG_FOLDER_SIZE / 500);
      expect(seen).toHaveLength(BIG_FOLDER_SIZE);
      expect(new Set(seen).size).toBe(BIG_FOLDER_SIZE);
    } finally {
      await demo.close();
    }
  });

  it('builds the same demo drive (ids included) on every start', async () => {
    const [a, b] = await Promise.all([
      startFakePikPak({ https: false, seed: 'demo' }),
      startFakePikPak({ https: false, seed: 'demo' }),
    ]);
    try {
      expect(a.seedIds).toEqual(b.seedIds);
      expect([...a.state.files.values()].map((f) => `${f.id}:${f.name}:${f.size}`)).toEqual(
        [...b.state.files.values()].map((f) => `${f.id}:${f.name}:${f.size}`),
      );
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('GET /drive/v1/files/{id}', () => {
  it('adds web_content_link, links and medias (Original + transcode) on CDN URLs with fid and expire', async () => {
    const res = await call<WireFile>(fake, 'GET', `${DRIVE}/drive/v1/files/${fake.seedIds.files['bunny'] ?? ''}`, {
      headers: {
        ...headers,
        'x-captcha-token': fake.control.captcha.issueToken({ deviceId: headers['x-device-id'] ?? '' }),
      },
    });
    expect(res.status).toBe(200);
    const link = new URL(res.body.web_content_link);
    expect(link.hostname).toBe('dl-a10b-0001.mypikpak.com');
    expect(link.pathname).toBe('/download/');
    expect(link.searchParams.get('g')).toBe(res.body.hash);
    expect(link.searchParams.get('f')).toBe(res.body.size);
    const expire = Number(link.searchParams.get('expire'));
    expect(expire - fake.control.clock.now() / 1000).toBeGreaterThan(15 * 3600);
    expect(res.body.links['application/octet-stream']?.url).toBe(res.body.web_content_link);
    expect(res.body.medias.map((m) => [m.media_name, m.is_origin, m.category])).toEqual([
      ['Original', true, 'category_origin'],
      ['720P', false, 'category_transcode'],
    ]);
    expect(new URL(res.body.medias[0]?.link.url ?? '').searchParams.get('fid')).toBe(link.searchParams.get('fid'));
    expect(res.body.params).toMatchObject({ duration: '596', width: '1920', height: '1080' });
    expect(res.body.thumbnail_link).toBe(
      `https://sg-thumbnail-drive.mypikpak.com/v0/screenshot-thumbnails/${res.body.hash}/720/2048`,
    );
  });

  it('gives a non-video file a download link and no medias', async () => {
    const res = await call<WireFile>(fake, 'GET', `${DRIVE}/drive/v1/files/${fake.seedIds.files['readme'] ?? ''}`, {
      headers: {
        ...headers,
        'x-captcha-token': fake.control.captcha.issueToken({ deviceId: headers['x-device-id'] ?? '' }),
      },
    });
    expect(res.body.medias).toEqual([]);
    expect(res.body.web_content_link).toMatch(/^https:\/\/dl-/);
  });

  it('control.files.setDownloadLink: a missing link, or URLs with an empty fid (fid=&)', async () => {
    const bunny = fake.seedIds.files['bunny'] ?? '';
    const detail = () =>
      call<WireFile>(fake, 'GET', `${DRIVE}/drive/v1/files/${bunny}`, {
        headers: {
          ...headers,
          'x-captcha-token': fake.control.captcha.issueToken({ deviceId: headers['x-device-id'] ?? '' }),
        },
      });
    try {
      fake.control.files.setDownloadLink(bunny, 'missing');
      const missing = await detail();
      expect(missing.status).toBe(200);
      expect(missing.body).toMatchObject({ id: bunny, web_content_link: '', links: {}, medias: [] });

      fake.control.files.setDownloadLink(bunny, 'empty-fid');
      const emptyFid = await detail();
      const urls = [
        emptyFid.body.web_content_link,
        emptyFid.body.links['application/octet-stream']?.url ?? '',
        ...emptyFid.body.medias.map((m) => m.link.url),
      ];
      expect(urls).toHaveLength(4);
      for (const url of urls) {
        expect(url).toContain('?fid=&');
        expect(new URL(url).searchParams.get('fid')).toBe('');
      }
      // The CDN has no file to serve for it.
      const download = await fake.fetch(emptyFid.body.web_content_link);
      expect(download.status).toBe(403);
    } finally {
      fake.control.files.setDownloadLink(bunny, 'ok');
    }
    expect(new URL((await detail()).body.web_content_link).searchParams.get('fid')).not.toBe('');
    expect(() => fake.control.files.setDownloadLink('Vnope', 'missing')).toThrow('no file Vnope');
  });
});

describe('mutations', () => {
  it('creates a folder ({upload_type, file}) and gives a clashing name a suffix instead of an error', async () => {
    const create = (name: string) =>
      call<CreateFolder>(fake, 'POST', `${DRIVE}/drive/v1/files`, {
        headers,
        json: { kind: 'drive#folder', name, parent_id: '' },
      });
    const first = await create('Projects');
    expect(first.status).toBe(200);
    expect(first.body.file).toMatchObject({
      kind: 'drive#folder',
      name: 'Projects',
      parent_id: '',
      folder_type: 'NORMAL',
    });
    const second = await create('Projects');
    expect(second.status).toBe(200);
    expect(second.body.file.name).toBe('Projects(1)');
    const missingParent = await call(fake, 'POST', `${DRIVE}/drive/v1/files`, {
      headers,
      json: { kind: 'drive#folder', name: 'x', parent_id: 'Vnope' },
    });
    expect(missingParent.status).toBe(404);
  });

  it('a rename to a taken name is file_duplicated_name (3), never a silent name(1)', async () => {
    const readme = fake.seedIds.files['readme'] ?? '';
    const clash = await call(fake, 'PATCH', `${DRIVE}/drive/v1/files/${readme}`, {
      headers,
      json: { name: 'manual.pdf' },
    });
    expect(clash.status).toBe(400);
    expect(clash.body).toMatchObject({ error: 'file_duplicated_name', error_code: 3 });
    expect(fake.control.files.get(readme)?.name).toBe('readme.txt');
    // The same name in another folder is free.
    const elsewhere = await call<WireFile>(fake, 'PATCH', `${DRIVE}/drive/v1/files/${readme}`, {
      headers,
      json: { name: 'notes.md' },
    });
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.name).toBe('notes.md');
    const back = await call<WireFile>(fake, 'PATCH', `${DRIVE}/drive/v1/files/${readme}`, {
      headers,
      json: { name: 'readme.txt' },
    });
    expect(back.body).toMatchObject({ id: readme, name: 'readme.txt' });
  });

  it('a rename to the same name is file_rename_to_same_name (3)', async () => {
    const readme = fake.seedIds.files['readme'] ?? '';
    const same = await call(fake, 'PATCH', `${DRIVE}/drive/v1/files/${readme}`, {
      headers,
      json: { name: 'readme.txt' },
    });
    expect(same.status).toBe(400);
    expect(same.body).toMatchObject({ error: 'file_rename_to_same_name', error_code: 3 });
  });

  it('batchTrash answers a task id; the change shows when the task completes', async () => {
    const target = fake.control.files.add({ parentId: '', name: 'to-trash.txt', kind: 'drive#file', size: 10 });
    const rootNames = async () => names(await list(`parent_id=&filters=${filters(COMPLETE_UNTRASHED)}`));
    const res = await call<TaskIdBody>(fake, 'POST', `${DRIVE}/drive/v1/files:batchTrash`, {
      headers,
      json: { ids: [target.id] },
    });
    expect(res.body.task_id).toMatch(/^V/);
    const pending = await call<WireTask>(fake, 'GET', `${DRIVE}/drive/v1/tasks/${res.body.task_id}`, { headers });
    expect(pending.body.phase).toBe('PHASE_TYPE_PENDING');
    expect(await rootNames()).toContain('to-trash.txt');
    fake.control.clock.advance(fake.control.asyncTaskDelayMs);
    const done = await call<WireTask>(fake, 'GET', `${DRIVE}/drive/v1/tasks/${res.body.task_id}`, { headers });
    expect(done.body).toMatchObject({ phase: 'PHASE_TYPE_COMPLETE', progress: 100, type: 'trash' });
    expect(await rootNames()).not.toContain('to-trash.txt');
  });

  it('move, copy, untrash, delete and trash:empty change the drive (synchronous with asyncTaskDelayMs = 0)', async () => {
    fake.control.asyncTaskDelayMs = 0;
    try {
      const docs = fake.seedIds.folders['documents'] ?? '';
      const a = fake.control.files.add({ parentId: '', name: 'a.txt', kind: 'drive#file', size: 1 });
      const post = (op: string, json: unknown) =>
        call<TaskIdBody>(fake, 'POST', `${DRIVE}/drive/v1/files:${op}`, { headers, json });
      await post('batchMove', { ids: [a.id], to: { parent_id: docs } });
      expect(fake.control.files.get(a.id)?.parentId).toBe(docs);
      await post('batchCopy', { ids: [a.id], to: {} });
      expect(fake.control.files.children('').some((f) => f.name === 'a.txt' && f.id !== a.id)).toBe(true);
      await post('batchTrash', { ids: [a.id] });
      expect(fake.control.files.get(a.id)?.trashed).toBe(true);
      await post('batchUntrash', { ids: [a.id] });
      expect(fake.control.files.get(a.id)?.trashed).toBe(false);
      await post('batchDelete', { ids: [a.id] });
      expect(fake.control.files.get(a.id)).toBeUndefined();
      const empty = await call<TaskIdBody>(fake, 'PATCH', `${DRIVE}/drive/v1/files/trash:empty`, { headers, json: {} });
      expect(empty.body.task_id).toMatch(/^V/);
      expect(fake.control.files.get(fake.seedIds.files['trashed'] ?? '')).toBeUndefined();
      expect((await post('batchMove', { ids: ['Vmissing'], to: {} })).status).toBe(404);
    } finally {
      fake.control.asyncTaskDelayMs = 300;
    }
  });

  it('every batch operation and trash:empty answer {task_id} whose task reaches PHASE_TYPE_COMPLETE', async () => {
    const docs = fake.seedIds.folders['documents'] ?? '';
    const file = fake.control.files.add({ parentId: '', name: 'batch-me.txt', kind: 'drive#file', size: 1 });
    const steps: [string, string, unknown][] = [
      ['POST', 'files:batchCopy', { ids: [file.id], to: { parent_id: docs } }],
      ['POST', 'files:batchMove', { ids: [file.id], to: { parent_id: docs } }],
      ['POST', 'files:batchTrash', { ids: [file.id] }],
      ['POST', 'files:batchUntrash', { ids: [file.id] }],
      ['POST', 'files:batchDelete', { ids: [file.id] }],
      ['PATCH', 'files/trash:empty', {}],
    ];
    for (const [method, path, json] of steps) {
      const res = await call<TaskIdBody>(fake, method, `${DRIVE}/drive/v1/${path}`, { headers, json });
      expect(res.status, path).toBe(200);
      expect(Object.keys(res.body), path).toEqual(['task_id']);
      const task = () => call<WireTask>(fake, 'GET', `${DRIVE}/drive/v1/tasks/${res.body.task_id}`, { headers });
      expect((await task()).body.phase, path).toBe('PHASE_TYPE_PENDING');
      fake.control.clock.advance(fake.control.asyncTaskDelayMs);
      expect((await task()).body, path).toMatchObject({ phase: 'PHASE_TYPE_COMPLETE', progress: 100 });
    }
    expect(fake.control.files.get(file.id)).toBeUndefined();
  });

  it('a move or copy into the current folder, the item itself or its subfolder is file_move_or_copy_to_cur (9)', async () => {
    fake.control.asyncTaskDelayMs = 0;
    try {
      const outer = fake.control.files.add({ parentId: '', name: 'Outer', kind: 'drive#folder' });
      const inner = fake.control.files.add({ parentId: outer.id, name: 'Inner', kind: 'drive#folder' });
      const deep = fake.control.files.add({ parentId: inner.id, name: 'Deep', kind: 'drive#folder' });
      const note = fake.control.files.add({ parentId: outer.id, name: 'note.txt', kind: 'drive#file', size: 3 });
      const refused: [string, string[], string][] = [
        ['batchMove', [note.id], outer.id],
        ['batchCopy', [note.id], outer.id],
        ['batchMove', [outer.id], ''],
        ['batchMove', [outer.id], outer.id],
        ['batchCopy', [outer.id], outer.id],
        ['batchMove', [outer.id], inner.id],
        ['batchCopy', [outer.id], deep.id],
        // One offending id refuses the whole batch.
        ['batchMove', [inner.id, note.id], deep.id],
      ];
      for (const [op, ids, parentId] of refused) {
        const res = await call(fake, 'POST', `${DRIVE}/drive/v1/files:${op}`, {
          headers,
          json: { ids, to: { parent_id: parentId } },
        });
        expect(res.status, `${op} → ${parentId}`).toBe(400);
        expect(res.body, `${op} → ${parentId}`).toMatchObject({ error: 'file_move_or_copy_to_cur', error_code: 9 });
      }
      expect(fake.control.files.get(note.id)?.parentId).toBe(outer.id);
      expect(fake.control.files.get(inner.id)?.parentId).toBe(outer.id);
      expect(fake.control.files.children(deep.id)).toEqual([]);
      // A sibling folder is a fine destination.
      const ok = await call<TaskIdBody>(fake, 'POST', `${DRIVE}/drive/v1/files:batchMove`, {
        headers,
        json: { ids: [note.id], to: { parent_id: inner.id } },
      });
      expect(ok.body.task_id).toMatch(/^V/);
      expect(fake.control.files.get(note.id)?.parentId).toBe(inner.id);
    } finally {
      fake.control.asyncTaskDelayMs = 300;
    }
  });

  it('star and unstar answer {ids} at once', async () => {
    const readme = fake.seedIds.files['readme'] ?? '';
    const star = await call(fake, 'POST', `${DRIVE}/drive/v1/files:star`, { headers, json: { ids: [readme] } });
    expect(star.body).toEqual({ ids: [readme] });
    expect(fake.control.files.get(readme)?.starred).toBe(true);
    await call(fake, 'POST', `${DRIVE}/drive/v1/files:unstar`, { headers, json: { ids: [readme] } });
    expect(fake.control.files.get(readme)?.starred).toBe(false);
  });
});

describe('about and vip', () => {
  it('report quota numbers as decimal strings', async () => {
    const about = await call<{ kind: string; quota: Record<string, unknown> }>(fake, 'GET', `${DRIVE}/drive/v1/about`, {
      headers,
    });
    expect(about.body.kind).toBe('drive#about');
    expect(about.body.quota).toMatchObject({ kind: 'drive#quota', limit: '10995116277760', play_times_limit: '-1' });
    expect(about.body.quota['usage']).toMatch(/^\d+$/);
    const vip = await call<{ result: string; data: Record<string, string> }>(
      fake,
      'GET',
      `${DRIVE}/drive/v1/privilege/vip`,
      { headers },
    );
    expect(vip.body.result).toBe('ACCEPTED');
    expect(vip.body.data).toMatchObject({ status: 'ok', type: 'platinum', user_id: 'YgDemoUser000001' });
  });

  it('reports the membership control: premium by default, free, lapsed, or another paid type', async () => {
    type Vip = {
      result: string;
      message: string;
      redirect_uri: string;
      data: { expire: string; status: string; type: string; user_id: string };
    };
    const vip = async () => (await call<Vip>(fake, 'GET', `${DRIVE}/drive/v1/privilege/vip`, { headers })).body;
    const userType = async () =>
      (await call<{ user_type: number }>(fake, 'GET', `${DRIVE}/drive/v1/about`, { headers })).body.user_type;
    const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$/;
    const now = fake.control.clock.now();
    try {
      const premium = await vip();
      expect(premium).toMatchObject({
        result: 'ACCEPTED',
        message: '',
        redirect_uri: '',
        data: { status: 'ok', type: 'platinum', user_id: 'YgDemoUser000001' },
      });
      expect(premium.data.expire).toMatch(RFC3339);
      expect(Date.parse(premium.data.expire)).toBeGreaterThan(now + 300 * 24 * 3600 * 1000);
      expect(await userType()).toBe(2);

      fake.control.accounts.setMembership('novip');
      expect((await vip()).data).toEqual({ expire: '', status: 'invalid', type: 'novip', user_id: 'YgDemoUser000001' });
      expect(await userType()).toBe(1);

      fake.control.accounts.setMembership('platinum', { expireMs: now - 1000 });
      expect((await vip()).data).toMatchObject({ status: 'invalid', type: 'platinum' });
      expect(Date.parse((await vip()).data.expire)).toBe(now - 1000);
      expect(await userType()).toBe(1);

      fake.control.accounts.setMembership('diamond', { expireMs: now + 3_600_000 });
      expect((await vip()).data).toMatchObject({ status: 'ok', type: 'diamond' });
      // The membership runs out on the fake clock.
      fake.control.clock.advance(3_600_000);
      expect((await vip()).data.status).toBe('invalid');
    } finally {
      fake.control.clock.set(now);
      fake.control.accounts.setMembership('platinum');
    }
    expect(() => fake.control.accounts.setMembership('platinum', { sub: 'nobody' })).toThrow('no account nobody');
  });

  it('an account can be added as free', () => {
    const account = fake.control.accounts.add({
      sub: 'YfFreeUser000003',
      email: 'free@example.com',
      name: 'Free',
      password: 'pw',
      vip: 'novip',
    });
    expect(account).toMatchObject({ vip: 'novip' });
    expect(fake.control.accounts.get('YgDemoUser000001')?.vip).toBe('platinum');
  });
});
