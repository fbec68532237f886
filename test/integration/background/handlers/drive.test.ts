import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDriveHandlers } from '../../../../src/background/handlers/drive.ts';
import { storedSession } from '../../../../src/background/session/session-store.ts';
import { startFakePikPak, type FakePikPak } from '../../../fake-pikpak/index.ts';
import { storeIssuedSession } from '../stored-session.ts';

/**
 * drive.listFolders / drive.createFolder against the fake (pikpak-api.md §7.1, §7.4), through the worker's own
 * API client. Extension storage is @webext-core/fake-browser.
 */

const DEVICE = '0123456789abcdef0123456789abcdef';
const FILES = '/drive/v1/files';

let fake: FakePikPak;
const handlers = createDriveHandlers();
const sender = {};
const list = (payload: { parentId?: string; pageToken?: string }) => handlers['drive.listFolders'](payload, sender);
const create = (payload: { parentId?: string; name: string }) => handlers['drive.createFolder'](payload, sender);

beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  vi.stubGlobal('fetch', fake.fetch);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await fake.close();
});
beforeEach(async () => {
  await storeIssuedSession(fake, DEVICE);
});
afterEach(() => {
  fake.control.faults.clear();
  fake.log.clear();
});

describe('drive.listFolders', () => {
  it('lists only the root’s folders, by name, asking PikPak for folders that are not trashed', async () => {
    // The basic seed's root also holds notes.md and a trashed old-backup.zip.
    const trashed = fake.control.files.add({ parentId: '', name: 'Old stuff', kind: 'drive#folder' });
    trashed.trashed = true;
    const page = await list({});
    expect(page).toEqual({
      folders: [
        { id: fake.seedIds.folders.documents, name: 'Documents' },
        { id: fake.seedIds.folders.movies, name: 'Movies' },
        { id: fake.seedIds.folders.myPack, name: 'My Pack' },
        { id: fake.seedIds.media?.folder, name: 'Sample Media' },
      ],
    });
    const request = fake.log.last({ method: 'GET', path: FILES });
    expect(request?.query['parent_id']).toBe('');
    expect(JSON.parse(String(request?.query['filters'] ?? '{}'))).toMatchObject({
      kind: { eq: 'drive#folder' },
      trashed: { eq: false },
    });
  });

  it('lists a folder’s subfolders, and none for a folder of files only', async () => {
    const movies = fake.seedIds.folders.movies ?? '';
    expect(await list({ parentId: movies })).toEqual({ folders: [] });
    const b = fake.control.files.add({ parentId: movies, name: 'Season 10', kind: 'drive#folder' });
    const a = fake.control.files.add({ parentId: movies, name: 'season 2', kind: 'drive#folder' });
    // Natural order, case-insensitive: 2 before 10.
    expect(await list({ parentId: movies })).toEqual({
      folders: [
        { id: a.id, name: 'season 2' },
        { id: b.id, name: 'Season 10' },
      ],
    });
    expect(fake.log.last({ method: 'GET', path: FILES })?.query['parent_id']).toBe(movies);
  });

  it('pages with page_token until PikPak has no next page', async () => {
    const parent = fake.control.files.add({ parentId: '', name: 'Many', kind: 'drive#folder' });
    for (let i = 1; i <= 105; i++)
      fake.control.files.add({ parentId: parent.id, name: `Folder ${i}`, kind: 'drive#folder' });
    const first = await list({ parentId: parent.id });
    expect(first.folders).toHaveLength(100);
    expect(first.nextPageToken).toEqual(expect.any(String));
    const second = await list({
      parentId: parent.id,
      ...(first.nextPageToken ? { pageToken: first.nextPageToken } : {}),
    });
    expect(second.folders).toHaveLength(5);
    expect(second).not.toHaveProperty('nextPageToken');
    const names = new Set([...first.folders, ...second.folders].map((folder) => folder.name));
    expect(names.size).toBe(105);
    expect(fake.log.last({ method: 'GET', path: FILES })?.query['page_token']).toBe(first.nextPageToken);
  });

  it('refuses a parent that is not a folder id, and passes PikPak’s not-found on', async () => {
    await expect(list({ parentId: '*' })).rejects.toMatchObject({ kind: 'bad-request' });
    await expect(list({ parentId: 42 as unknown as string })).rejects.toMatchObject({ kind: 'bad-request' });
    await expect(list({ parentId: 'VNoSuchFolder000000000000' })).rejects.toMatchObject({
      kind: expect.any(String) as string,
    });
    expect(fake.log.last({ method: 'GET', path: FILES })?.status).toBe(404);
  });

  it('says signed-out without a session', async () => {
    await storedSession.set(null);
    await expect(list({})).rejects.toMatchObject({ kind: 'signed-out' });
  });
});

describe('drive.createFolder', () => {
  it('makes a folder inside the parent (trimmed name) and the next list shows it', async () => {
    const documents = fake.seedIds.folders.documents ?? '';
    const created = await create({ parentId: documents, name: '  Invoices 2025 ' });
    expect(created).toEqual({ id: expect.any(String) as string, name: 'Invoices 2025' });
    expect(fake.log.last({ method: 'POST', path: FILES })?.body).toMatchObject({
      kind: 'drive#folder',
      name: 'Invoices 2025',
      parent_id: documents,
    });
    expect(fake.control.files.get(created.id)).toMatchObject({ parentId: documents, kind: 'drive#folder' });
    expect((await list({ parentId: documents })).folders).toEqual([created]);
  });

  it('makes a folder at the root when no parent is given, and answers with PikPak’s de-duplicated name', async () => {
    const created = await create({ name: 'Movies' });
    expect(fake.log.last({ method: 'POST', path: FILES })?.body).toMatchObject({ parent_id: '' });
    expect(created.name).not.toBe('Movies');
    expect(created.name).toMatch(/^Movies/);
    expect((await list({})).folders.map((folder) => folder.id)).toContain(created.id);
  });

  it('refuses an empty or unusable name without calling PikPak', async () => {
    for (const name of ['', '   ', '.', '..', 'a/b', 'x'.repeat(256)]) {
      await expect(create({ name }), JSON.stringify(name)).rejects.toMatchObject({ kind: 'bad-request' });
    }
    expect(fake.log.filter({ method: 'POST', path: FILES })).toHaveLength(0);
  });
});
