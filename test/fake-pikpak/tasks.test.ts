import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePikPak, type FakePikPak } from './index.ts';
import { call, DRIVE, driveHeaders, filters } from './test-helpers.ts';
import type { CreateTask, FileList, TaskList, WireTask } from './test-wire.ts';

let fake: FakePikPak;
let headers: Record<string, string>;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  headers = driveHeaders(fake, fake.control.issueSession().access_token);
});
afterAll(() => fake.close());

const MAGNET =
  'magnet:?xt=urn:btih:c9e15763f722f23e98a29decdfae341b98d53056&dn=Cosmos%20Laundromat%20(2015).mkv&xl=222334455';
const create = (json: Record<string, unknown>, h = headers) =>
  call<CreateTask>(fake, 'POST', `${DRIVE}/drive/v1/files`, {
    headers: h,
    json: { kind: 'drive#file', upload_type: 'UPLOAD_TYPE_URL', ...json },
  });
const tasks = (query: string) =>
  call<TaskList>(fake, 'GET', `${DRIVE}/drive/v1/tasks?type=offline&${query}`, { headers });

describe('POST /drive/v1/files with UPLOAD_TYPE_URL', () => {
  it('creates "My Pack" (folder_type DOWNLOAD) on first use and answers the §5 shape', async () => {
    const empty = await startFakePikPak({ https: false, seed: 'empty' });
    try {
      const h = driveHeaders(empty, empty.control.issueSession().access_token);
      expect(empty.control.files.children('')).toEqual([]);
      const res = await call<CreateTask>(empty, 'POST', `${DRIVE}/drive/v1/files`, {
        headers: h,
        json: { kind: 'drive#file', upload_type: 'UPLOAD_TYPE_URL', url: { url: MAGNET }, folder_type: 'DOWNLOAD' },
      });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['task', 'upload_type', 'url']);
      expect(res.body.upload_type).toBe('UPLOAD_TYPE_URL');
      expect(res.body.url).toEqual({ kind: 'upload#url' });
      expect(res.body.task).toMatchObject({
        kind: 'drive#task',
        type: 'offline',
        name: 'Cosmos Laundromat (2015).mkv',
        file_name: 'Cosmos Laundromat (2015).mkv',
        file_size: '222334455',
        phase: 'PHASE_TYPE_RUNNING',
        progress: 0,
        message: 'Saving',
        user_id: 'YgDemoUser000001',
        third_task_id: '',
        params: { predict_speed: '73300775185', predict_type: '3' },
      });
      const [pack] = empty.control.files.children('');
      expect(pack).toMatchObject({ name: 'My Pack', folderType: 'DOWNLOAD', kind: 'drive#folder' });
      expect(empty.control.files.get(res.body.task.file_id)?.parentId).toBe(pack?.id);
      await call(empty, 'POST', `${DRIVE}/drive/v1/files`, {
        headers: h,
        json: {
          kind: 'drive#file',
          upload_type: 'UPLOAD_TYPE_URL',
          url: { url: 'https://example.org/a.zip' },
          folder_type: 'DOWNLOAD',
        },
      });
      expect(empty.control.files.children('').filter((f) => f.name === 'My Pack')).toHaveLength(1);
    } finally {
      await empty.close();
    }
  });

  it('puts the result into parent_id and takes names from the URL path and ed2k links', async () => {
    const movies = fake.seedIds.folders['movies'] ?? '';
    const http = await create({
      url: { url: 'https://archive.example.org/films/The%20Kid%20(1921).mp4?x=1' },
      parent_id: movies,
      folder_type: '',
    });
    expect(http.body.task.name).toBe('The Kid (1921).mp4');
    expect(fake.control.files.get(http.body.task.file_id)?.parentId).toBe(movies);
    const ed2k = await create({
      url: { url: 'ed2k://|file|Metropolis.1927.avi|734003200|0123456789ABCDEF0123456789ABCDEF|/' },
      parent_id: movies,
    });
    expect(ed2k.body.task).toMatchObject({ name: 'Metropolis.1927.avi', file_size: '734003200' });
  });

  it('de-duplicates the file name while the task keeps the requested one', async () => {
    const first = await create({ url: { url: MAGNET }, folder_type: 'DOWNLOAD' });
    const second = await create({ url: { url: MAGNET }, folder_type: 'DOWNLOAD' });
    expect(second.body.task.file_name).toBe(first.body.task.file_name);
    expect(fake.control.files.get(second.body.task.file_id)?.name).toBe('Cosmos Laundromat (2015)(1).mkv');
  });

  it('rejects unusable URLs and unknown parents with an envelope', async () => {
    for (const url of ['', 'notaurl', 'magnet:?dn=nohash', 'javascript:alert(1)']) {
      const res = await create({ url: { url }, folder_type: 'DOWNLOAD' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: 'invalid_argument', error_code: 3 });
    }
    expect((await create({ url: { url: MAGNET }, parent_id: 'Vnope' })).status).toBe(404);
  });
});

describe('GET /drive/v1/tasks', () => {
  it('filters with phase.in (comma-joined) and phase.eq', async () => {
    const runningOrError = await tasks(`filters=${filters({ phase: { in: 'PHASE_TYPE_RUNNING,PHASE_TYPE_ERROR' } })}`);
    expect(new Set(runningOrError.body.tasks.map((t) => t.phase))).toEqual(
      new Set(['PHASE_TYPE_RUNNING', 'PHASE_TYPE_ERROR']),
    );
    const complete = await tasks(`filters=${filters({ phase: { eq: 'PHASE_TYPE_COMPLETE' } })}`);
    expect(complete.body.tasks.map((t) => t.id)).toEqual([fake.seedIds.tasks['complete']]);
  });

  it('has the seeded RUNNING 40 % and ERROR "Task timeout" tasks', async () => {
    const all = await tasks('limit=10000');
    expect(all.body.tasks.find((t) => t.id === fake.seedIds.tasks['running'])).toMatchObject({
      progress: 40,
      message: 'Saving',
      name: 'ubuntu-24.04.1-desktop-amd64.iso',
    });
    expect(all.body.tasks.find((t) => t.id === fake.seedIds.tasks['error'])).toMatchObject({
      phase: 'PHASE_TYPE_ERROR',
      message: 'Task timeout',
    });
  });

  it('pages with page_token and lists newest first', async () => {
    const seen: WireTask[] = [];
    let token = '';
    do {
      const res = await tasks(`limit=2&page_token=${encodeURIComponent(token)}`);
      expect(res.body.tasks.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.tasks);
      token = res.body.next_page_token;
    } while (token);
    expect(seen.map((t) => t.id).sort()).toEqual(
      fake.control.tasks
        .list()
        .map((t) => t.id)
        .sort(),
    );
    const created = seen.map((t) => Date.parse(t.created_time));
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it('adds reference_resource only when asked with with=reference_resource', async () => {
    const plain = await tasks('limit=1');
    expect(plain.body.tasks[0]).not.toHaveProperty('reference_resource');
    const rich = await tasks('limit=1&with=reference_resource');
    const task = rich.body.tasks[0];
    expect(task?.reference_resource).toMatchObject({
      '@type': 'type.googleapis.com/drive.ReferenceFile',
      id: task?.file_id,
    });
  });

  it('hints a short poll while tasks run and a long one when idle (expires_in)', async () => {
    const empty = await startFakePikPak({ https: false, seed: 'empty' });
    try {
      const h = driveHeaders(empty, empty.control.issueSession().access_token);
      const poll = async () =>
        (await call<TaskList>(empty, 'GET', `${DRIVE}/drive/v1/tasks?type=offline`, { headers: h })).body.expires_in;
      expect(await poll()).toBe(60);
      const task = empty.control.tasks.add({ name: 'x.iso', phase: 'PHASE_TYPE_RUNNING' });
      expect(await poll()).toBe(3);
      empty.control.tasks.complete(task.id);
      expect(await poll()).toBe(60);
    } finally {
      await empty.close();
    }
  });
});

describe('one task, delete and retry', () => {
  it('GET /drive/v1/tasks/{id} returns the bare task, 404 for unknown ids', async () => {
    const res = await call<WireTask>(fake, 'GET', `${DRIVE}/drive/v1/tasks/${fake.seedIds.tasks['running'] ?? ''}`, {
      headers,
    });
    expect(res.body).toMatchObject({ kind: 'drive#task', id: fake.seedIds.tasks['running'], progress: 40 });
    expect((await call(fake, 'GET', `${DRIVE}/drive/v1/tasks/Vnope`, { headers })).status).toBe(404);
  });

  it('DELETE accepts repeated and comma-joined task_ids; delete_files removes the file', async () => {
    const [a, b, c, d] = ['a.iso', 'b.iso', 'c.iso', 'd.iso'].map((name) => fake.control.tasks.add({ name }));
    if (!a || !b || !c || !d) throw new Error('tasks not created');
    const repeated = await call(
      fake,
      'DELETE',
      `${DRIVE}/drive/v1/tasks?task_ids=${a.id}&task_ids=${b.id}&delete_files=false`,
      { headers },
    );
    expect(repeated.status).toBe(200);
    expect(repeated.body).toEqual({});
    expect(fake.control.tasks.get(a.id)).toBeUndefined();
    expect(fake.control.tasks.get(b.id)).toBeUndefined();
    expect(fake.control.files.get(a.fileId)).toBeDefined();
    await call(fake, 'DELETE', `${DRIVE}/drive/v1/tasks?task_ids=${c.id},${d.id}&delete_files=true`, { headers });
    expect(fake.control.tasks.get(c.id)).toBeUndefined();
    expect(fake.control.tasks.get(d.id)).toBeUndefined();
    expect(fake.control.files.get(c.fileId)).toBeUndefined();
  });

  it('RETRY moves an ERROR task back to PENDING at 0 %, and refuses other phases', async () => {
    const failed = fake.control.tasks.add({ name: 'retry-me.iso', phase: 'PHASE_TYPE_ERROR', message: 'Task timeout' });
    const retry = (id: string) =>
      call<{ task: WireTask }>(fake, 'POST', `${DRIVE}/drive/v1/task`, {
        headers,
        json: { type: 'offline', create_type: 'RETRY', id },
      });
    const res = await retry(failed.id);
    expect(res.status).toBe(200);
    expect(res.body.task).toMatchObject({ phase: 'PHASE_TYPE_PENDING', progress: 0, message: 'Waiting' });
    expect((await retry(failed.id)).status).toBe(400);
  });
});

describe('control.tasks', () => {
  it('update / complete / fail drive the task and its file', async () => {
    const task = fake.control.tasks.add({ url: MAGNET, phase: 'PHASE_TYPE_PENDING' });
    expect(fake.control.files.get(task.fileId)?.phase).toBe('PHASE_TYPE_PENDING');
    fake.control.tasks.update(task.id, { phase: 'PHASE_TYPE_RUNNING', progress: 55, message: 'Saving' });
    const mid = await call<WireTask>(fake, 'GET', `${DRIVE}/drive/v1/tasks/${task.id}`, { headers });
    expect(mid.body).toMatchObject({ phase: 'PHASE_TYPE_RUNNING', progress: 55 });
    fake.control.tasks.complete(task.id);
    const file = fake.control.files.get(task.fileId);
    expect(file).toMatchObject({ phase: 'PHASE_TYPE_COMPLETE', size: 222_334_455 });
    const other = fake.control.tasks.add({ name: 'fails.iso' });
    fake.control.tasks.fail(other.id, 'Storage space is not enough');
    expect(fake.control.tasks.get(other.id)).toMatchObject({
      phase: 'PHASE_TYPE_ERROR',
      message: 'Storage space is not enough',
    });
  });

  it('a completed folder result (multi-file torrent) gets its content', async () => {
    const task = fake.control.tasks.add({
      url: 'magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=Blender%20Open%20Movies',
    });
    expect(fake.control.files.get(task.fileId)?.kind).toBe('drive#folder');
    fake.control.tasks.complete(task.id);
    const inside = await call<FileList>(
      fake,
      'GET',
      `${DRIVE}/drive/v1/files?parent_id=${task.fileId}&filters=${filters({ phase: { eq: 'PHASE_TYPE_COMPLETE' }, trashed: { eq: false } })}`,
      { headers },
    );
    expect(inside.body.files.map((f) => [f.name, f.size, f.file_category])).toEqual([
      ['Blender Open Movies.mkv', String(task.fileSize), 'VIDEO'],
    ]);
  });

  it('autoProgress advances RUNNING tasks on the fake clock until they complete', async () => {
    const task = fake.control.tasks.add({ name: 'auto.iso', phase: 'PHASE_TYPE_RUNNING' });
    fake.control.tasks.autoProgress(10);
    try {
      fake.control.clock.advance(5_000);
      expect((await call<WireTask>(fake, 'GET', `${DRIVE}/drive/v1/tasks/${task.id}`, { headers })).body.progress).toBe(
        50,
      );
      fake.control.clock.advance(6_000);
      expect((await call<WireTask>(fake, 'GET', `${DRIVE}/drive/v1/tasks/${task.id}`, { headers })).body.phase).toBe(
        'PHASE_TYPE_COMPLETE',
      );
    } finally {
      fake.control.tasks.autoProgress(null);
    }
  });
});
