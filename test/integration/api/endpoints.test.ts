import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PikPakClient } from '../../../src/api/client.ts';
import {
  createFolder,
  createOfflineTask,
  deleteTasks,
  getAbout,
  getFile,
  getMe,
  getMembership,
  getTask,
  listFiles,
  listTasks,
  refreshWith,
  retryTask,
  revoke,
  signInWithCaptchaToken,
  signInWithPassword,
} from '../../../src/api/endpoints/index.ts';
import { hostsFor } from '../../../src/api/hosts.ts';
import { startFakePikPak, type FakePikPak } from '../../fake-pikpak/index.ts';
import { failure, makeClient, memoryStore, pairFrom, type TestStore } from './helpers.ts';

/** One function per endpoint, against the fake's `basic` seed (pikpak-api.md §3, §5–§7). */

let fake: FakePikPak;
let store: TestStore;
let client: PikPakClient;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  store = memoryStore(pairFrom(fake));
  client = makeClient(fake, store);
});
afterAll(() => fake.close());
afterEach(() => {
  fake.control.faults.clear();
  fake.control.captcha.mode = 'auto';
  fake.log.clear();
});

const query = (path: string) => fake.log.last({ path })?.query ?? {};

describe('account', () => {
  it('getMe reads the profile from the user host', async () => {
    const me = await getMe(client);
    expect(me).toMatchObject({
      sub: fake.control.accounts.default.sub,
      name: 'Tester',
      email: 'tester@example.com',
      hasPassword: true,
    });
    expect(fake.log.last({ path: '/v1/user/me' })?.headers['x-captcha-token']).toBeUndefined();
  });

  it('uses the .net mirror when given its hosts (§1.1)', async () => {
    const mirror = makeClient(fake, memoryStore(pairFrom(fake)), { hosts: hostsFor('mypikpak.net') });
    await getAbout(mirror);
    expect(fake.log.last({ path: '/drive/v1/about' })?.host).toBe('api-drive.mypikpak.net');
    expect(fake.log.last({ path: '/v1/shield/captcha/init' })?.host).toBe('user.mypikpak.net');
  });

  it('getAbout reads quota as exact strings plus numbers', async () => {
    const about = await getAbout(client);
    expect(about.storage.used.bytes).toBeGreaterThan(0);
    expect(String(about.storage.used.bytes)).toBe(about.storage.used.exact);
    expect(about.storage.unlimited).toBe(false);
    expect(about.storage.limit?.bytes).toBeGreaterThan(about.storage.used.bytes);
    expect(about.cloudDownload).toBeDefined();
    expect(about.membership?.userType).toBeTypeOf('number');
  });

  it('getMembership reads privilege/vip (§7.6) with a captcha token: premium by default, free or lapsed when set so', async () => {
    const now = fake.control.clock.now();
    const premium = await getMembership(client);
    expect(premium).toMatchObject({ plan: 'premium', type: 'platinum', active: true });
    expect(premium.expiresAt).toBeGreaterThan(now);
    const request = fake.log.last({ path: '/drive/v1/privilege/vip' });
    expect(request?.host).toBe('api-drive.mypikpak.com');
    expect(request?.headers['x-captcha-token']).toMatch(/^ck0\./);
    try {
      fake.control.accounts.setMembership('novip');
      expect(await getMembership(client)).toEqual({ plan: 'free', type: 'novip', active: false });
      fake.control.accounts.setMembership('platinum', { expireMs: now - 60_000 });
      expect(await getMembership(client)).toEqual({
        plan: 'premium',
        type: 'platinum',
        active: false,
        expiresAt: now - 60_000,
      });
      fake.control.accounts.setMembership('diamond');
      expect(await getMembership(client)).toMatchObject({ plan: 'other', type: 'diamond', active: true });
    } finally {
      fake.control.accounts.setMembership('platinum');
    }
  });

  it('getMembership: a cut body or one without data.type is malformed-response', async () => {
    fake.control.faults.add({ kind: 'malformed-json', host: 'drive', path: '/drive/v1/privilege/vip', times: 1 });
    expect(await failure(getMembership(client))).toMatchObject({
      kind: 'malformed-response',
      detail: 'the body is not JSON',
    });

    const noType: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return url.pathname === '/drive/v1/privilege/vip'
        ? Response.json({ result: 'ACCEPTED', message: '', redirect_uri: '', data: { status: 'ok', expire: '' } })
        : fake.fetch(input, init);
    };
    const error = await failure(getMembership(makeClient(fake, memoryStore(pairFrom(fake)), { fetch: noType })));
    expect(error).toMatchObject({ kind: 'malformed-response', status: 200, detail: '$.data.type: expected a string' });
  });
});

describe('files', () => {
  it('listFiles sends the default filters and reads a folder', async () => {
    const root = await listFiles(client);
    expect(JSON.parse(String(query('/drive/v1/files')['filters']))).toEqual({
      phase: { eq: 'PHASE_TYPE_COMPLETE' },
      trashed: { eq: false },
    });
    expect(query('/drive/v1/files')).toMatchObject({ parent_id: '', limit: '100' });
    const names = root.items.map((item) => item.name);
    expect(names).toEqual(expect.arrayContaining(['Movies', 'Documents', 'My Pack', 'notes.md']));
    expect(names).not.toContain('old-backup.zip');
    const movies = root.items.find((item) => item.name === 'Movies');
    expect(movies).toMatchObject({ kind: 'folder', parentId: '' });
    const inside = await listFiles(client, { parentId: movies?.id ?? '' });
    expect(inside.items.map((i) => i.name).sort()).toEqual(['Big Buck Bunny (2008).mp4', 'Sintel (2010).mkv']);
    expect(inside.items[0]?.size.bytes).toBe(276_134_947);
  });

  it('listFiles pages with page_token and can list the trash', async () => {
    const first = await listFiles(client, { limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextPageToken).toBeTruthy();
    const second = await listFiles(client, { limit: 2, pageToken: first.nextPageToken ?? '' });
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]?.id);
    expect(query('/drive/v1/files')['page_token']).toBe(first.nextPageToken);

    const trash = await listFiles(client, { parentId: '*', filters: { trashed: true, phase: 'any' } });
    expect(trash.items.map((i) => i.name)).toEqual(['old-backup.zip']);
    expect(trash.items[0]?.trashed).toBe(true);
  });

  it('getFile returns the download link with its expiry and video variants', async () => {
    const bunny = await getFile(client, fake.seedIds.files['bunny'] ?? '');
    expect(bunny.kind).toBe('file');
    expect(bunny.download?.url).toMatch(/^https:\/\/dl-a10b-0001\.mypikpak\.com\/download\/\?fid=/);
    const expire = Number(new URL(bunny.download?.url ?? '').searchParams.get('expire'));
    expect(bunny.download?.expiresAt).toBe(expire * 1000);
    expect(bunny.medias[0]).toMatchObject({ name: 'Original', isOrigin: true });
    expect(bunny.medias.length).toBeGreaterThan(1);
    expect(fake.log.last({ path: `/drive/v1/files/${bunny.id}` })?.headers['x-captcha-token']).toMatch(/^ck0\./);
  });

  it('createFolder makes a folder under a parent', async () => {
    const parent = fake.seedIds.folders['documents'] ?? '';
    const folder = await createFolder(client, parent, 'Receipts');
    expect(folder).toMatchObject({ kind: 'folder', name: 'Receipts', parentId: parent });
    expect(fake.control.files.get(folder.id)?.name).toBe('Receipts');
  });
});

describe('offline tasks', () => {
  it('createOfflineTask without a folder goes to My Pack (folder_type DOWNLOAD)', async () => {
    const created = await createOfflineTask(client, {
      url: 'magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=linux.iso',
    });
    expect(fake.log.last({ method: 'POST', path: '/drive/v1/files' })?.body).toEqual({
      kind: 'drive#file',
      upload_type: 'UPLOAD_TYPE_URL',
      url: { url: 'magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=linux.iso' },
      folder_type: 'DOWNLOAD',
    });
    expect(created.task?.phase).toMatch(/pending|running/);
    const file = fake.control.files.get(created.task?.fileId ?? '');
    expect(file?.parentId).toBe(fake.seedIds.folders['myPack']);
  });

  it('createOfflineTask with a folder sends parent_id and an empty folder_type', async () => {
    const parent = fake.seedIds.folders['movies'] ?? '';
    const created = await createOfflineTask(client, {
      url: 'https://example.com/files/film.mp4',
      parentId: parent,
      name: 'Film.mp4',
    });
    expect(fake.log.last({ method: 'POST', path: '/drive/v1/files' })?.body).toMatchObject({
      parent_id: parent,
      folder_type: '',
      name: 'Film.mp4',
    });
    expect(created.task?.name).toBe('Film.mp4');
    expect(fake.control.files.get(created.task?.fileId ?? '')?.parentId).toBe(parent);
  });

  it('listTasks filters by phase, asks for reference_resource and returns the poll hint', async () => {
    await listTasks(client);
    expect(query('/drive/v1/tasks')['filters']).toBeUndefined();
    const page = await listTasks(client, { phases: ['running', 'error'] });
    expect(query('/drive/v1/tasks')).toMatchObject({ type: 'offline', with: 'reference_resource' });
    expect(JSON.parse(String(query('/drive/v1/tasks')['filters']))).toEqual({
      phase: { in: 'PHASE_TYPE_RUNNING,PHASE_TYPE_ERROR' },
    });
    expect(page.tasks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(page.tasks.map((t) => t.phase))).toEqual(new Set(['running', 'error']));
    expect(page.expiresIn).toBe(3);
    const running = page.tasks.find((t) => t.id === fake.seedIds.tasks['running']);
    expect(running).toMatchObject({ progress: 40, resource: { id: running?.fileId } });
    expect(running?.sourceUrl).toMatch(/^magnet:/);
  });

  it('getTask, retryTask and deleteTasks', async () => {
    const failed = fake.seedIds.tasks['error'] ?? '';
    expect(await getTask(client, failed)).toMatchObject({ id: failed, phase: 'error', message: 'Task timeout' });
    await retryTask(client, failed);
    expect(fake.log.last({ path: '/drive/v1/task' })?.body).toEqual({
      type: 'offline',
      create_type: 'RETRY',
      id: failed,
    });
    expect((await getTask(client, failed)).phase).toBe('pending');

    const extra = fake.control.tasks.add({ name: 'extra.bin', phase: 'PHASE_TYPE_COMPLETE' });
    await deleteTasks(client, [failed, extra.id], { deleteFiles: true });
    expect(query('/drive/v1/tasks')).toEqual({ task_ids: [failed, extra.id], delete_files: 'true' });
    expect(fake.control.tasks.get(failed)).toBeUndefined();
    expect(fake.control.tasks.get(extra.id)).toBeUndefined();
    expect(fake.control.files.get(extra.fileId)).toBeUndefined();
  });
});

describe('auth', () => {
  it('signInWithPassword: captcha init with the identity chosen by shape, then sign-in', async () => {
    const tokens = await signInWithPassword(makeClient(fake, memoryStore()), {
      username: ' tester@example.com ',
      password: 'correct-horse',
    });
    expect(tokens.sub).toBe(fake.control.accounts.default.sub);
    expect(tokens.expiresAt).toBeGreaterThan(fake.control.clock.now() + 7000_000);
    const init = fake.log.last({ path: '/v1/shield/captcha/init' });
    expect(init?.body).toMatchObject({ action: 'POST:/v1/auth/signin', meta: { email: 'tester@example.com' } });
    const signin = fake.log.last({ path: '/v1/auth/signin' });
    expect(signin?.body).toEqual({
      username: 'tester@example.com',
      password: 'correct-horse',
      client_id: 'YUMx5nI8ZU8Ap8pm',
    });
    expect(signin?.headers['x-captcha-token']).toMatch(/^ck0\./);
    // The caller stores the pair; from then on the client uses it.
    const signedIn = makeClient(fake, memoryStore(tokens));
    await expect(getMe(signedIn)).resolves.toMatchObject({ sub: tokens.sub });
  });

  it('signs in with a phone number or a user name too', async () => {
    fake.control.accounts.add({
      sub: 'YgPhoneUser00001',
      email: 'phone@example.com',
      name: 'Phone',
      password: 'pw',
      phoneNumber: '+8613800138000',
    });
    await signInWithPassword(client, { username: '+8613800138000', password: 'pw' });
    expect(fake.log.last({ path: '/v1/shield/captcha/init' })?.body).toMatchObject({
      meta: { phone_number: '+8613800138000' },
    });
    await signInWithPassword(client, { username: 'YgPhoneUser00001', password: 'pw' });
    expect(fake.log.last({ path: '/v1/shield/captcha/init' })?.body).toMatchObject({
      meta: { username: 'YgPhoneUser00001' },
    });
  });

  it('human check at sign-in: the verified token from the redirect signs in', async () => {
    fake.control.captcha.mode = 'human-check';
    const credentials = { username: 'tester@example.com', password: 'correct-horse' };
    const error = await failure(signInWithPassword(client, credentials));
    const puzzle = new URL(error.humanCheckUrl ?? '');
    const verify = new URL('/captcha/v2/verify', puzzle);
    for (const name of ['captcha_token', 'redirect_uri', 'state'])
      verify.searchParams.set(name, puzzle.searchParams.get(name) ?? '');
    const redirect = await fake.fetch(verify, { redirect: 'manual' });
    const landing = new URL(redirect.headers.get('location') ?? '');
    expect(landing.pathname).toBe('/loading');
    const tokens = await signInWithCaptchaToken(client, {
      ...credentials,
      captchaToken: landing.searchParams.get('captcha_token') ?? '',
    });
    expect(tokens.sub).toBe(fake.control.accounts.default.sub);
  });

  it('refreshWith exchanges a pasted refresh token; the pasted one is spent', async () => {
    const pasted = fake.control.issueSession().refresh_token;
    const tokens = await refreshWith(client, `  ${pasted}\n`);
    expect(tokens.refreshToken).not.toBe(pasted);
    expect((await failure(refreshWith(client, pasted))).kind).toBe('signed-out');
    expect((await failure(refreshWith(client, 'os.garbage'))).kind).toBe('signed-out');
  });

  it('revoke ends the session at PikPak and forgets it', async () => {
    const own = memoryStore(pairFrom(fake));
    const session = own.pair;
    const ownClient = makeClient(fake, own);
    await revoke(ownClient);
    expect(fake.log.last({ path: '/v1/auth/revoke' })?.status).toBe(200);
    expect(own.pair).toBeUndefined();
    // The revoked access token is dead for everyone.
    const again = makeClient(fake, memoryStore(session));
    expect((await failure(getMe(again))).kind).toBe('signed-out');
    // Revoking with no session left is not an error.
    await expect(revoke(ownClient)).resolves.toBeUndefined();
  });
});
