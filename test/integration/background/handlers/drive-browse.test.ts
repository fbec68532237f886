import { describe, expect, it } from 'vitest';
import { storedSession } from '../../../../src/background/session/session-store.ts';
import { driveCalls, FILES, filtersOf, useDriveFake } from './drive-harness.ts';

/**
 * drive.list, drive.item, drive.ancestors and drive.rename against the fake's `basic` seed: the exact requests
 * public clients send (pikpak-api.md §7.1, §7.3, §7.4, §12.4) and what the page gets back.
 */
const drive = useDriveFake();
const seed = () => drive.fake.seedIds;
const DEFAULTS = { phase: { eq: 'PHASE_TYPE_COMPLETE' }, trashed: { eq: false } };

describe('drive.list', () => {
  it('lists a folder: parent_id, 500 a page, with_audit, finished and not trashed; files and folders alike', async () => {
    const movies = seed().folders['movies'] ?? '';
    const page = await drive.send('drive.list', { view: { kind: 'folder', id: movies } });
    expect(page.items.map((item) => [item.name, item.kind])).toEqual([
      ['Big Buck Bunny (2008).mp4', 'file'],
      ['Sintel (2010).mkv', 'file'],
    ]);
    expect(page).not.toHaveProperty('nextPageToken');
    expect(page.items[0]).toMatchObject({ parentId: movies, category: 'VIDEO', starred: false, trashed: false });
    expect(page.items[0]?.thumbnailUrl).toMatch(/^https:\/\/sg-thumbnail-drive\.mypikpak\.com\//);
    const request = drive.fake.log.last({ method: 'GET', path: FILES });
    expect(request?.query).toMatchObject({
      parent_id: movies,
      limit: '500',
      with_audit: 'true',
      thumbnail_size: 'SIZE_MEDIUM',
    });
    expect(request?.query).not.toHaveProperty('page_token');
    expect(filtersOf(request)).toEqual(DEFAULTS);
  });

  it('lists My Drive’s root with parent_id "" and leaves trashed items out', async () => {
    const page = await drive.send('drive.list', { view: { kind: 'folder', id: '' } });
    expect(page.items.map((item) => item.name)).toEqual(['Documents', 'Movies', 'My Pack', 'Sample Media', 'notes.md']);
    expect(drive.fake.log.last({ method: 'GET', path: FILES })?.query['parent_id']).toBe('');
  });

  it('lists the starred items of the whole drive: parent_id=* and system_tag in STAR', async () => {
    const readme = seed().files['readme'] ?? '';
    drive.fake.control.files.get(readme)!.starred = true;
    const page = await drive.send('drive.list', { view: { kind: 'starred' } });
    expect(page.items.map((item) => [item.name, item.starred])).toEqual([
      ['notes.md', true],
      ['readme.txt', true],
    ]);
    const request = drive.fake.log.last({ method: 'GET', path: FILES });
    expect(request?.query).toMatchObject({ parent_id: '*', limit: '500', with_audit: 'true' });
    expect(filtersOf(request)).toEqual({ ...DEFAULTS, system_tag: { in: 'STAR' } });
    drive.fake.control.files.get(readme)!.starred = false;
  });

  it('lists the trash of the whole drive: parent_id=* and {"trashed":{"eq":true}} alone', async () => {
    const page = await drive.send('drive.list', { view: { kind: 'trash' } });
    expect(page.items.map((item) => [item.name, item.trashed])).toEqual([['old-backup.zip', true]]);
    const request = drive.fake.log.last({ method: 'GET', path: FILES });
    expect(request?.query).toMatchObject({ parent_id: '*', limit: '500', with_audit: 'true' });
    expect(filtersOf(request)).toEqual({ trashed: { eq: true } });
  });

  it('pages with the previous answer’s page_token', async () => {
    const many = drive.fake.control.files.add({ parentId: '', name: 'Many', kind: 'drive#folder' });
    for (let i = 0; i < 501; i++)
      drive.fake.control.files.add({ parentId: many.id, name: `f${i}.txt`, kind: 'drive#file' });
    const first = await drive.send('drive.list', { view: { kind: 'folder', id: many.id } });
    expect(first.items).toHaveLength(500);
    expect(first.nextPageToken).toEqual(expect.any(String));
    const second = await drive.send('drive.list', {
      view: { kind: 'folder', id: many.id },
      pageToken: first.nextPageToken ?? '',
    });
    expect(second.items.map((item) => item.name)).toEqual(['f500.txt']);
    expect(second).not.toHaveProperty('nextPageToken');
    expect(drive.fake.log.last({ method: 'GET', path: FILES })?.query['page_token']).toBe(first.nextPageToken);
  });

  it('refuses views and tokens that are not, without calling PikPak', async () => {
    const bad: unknown[] = [
      undefined,
      {},
      { view: { kind: 'shares' } },
      { view: { kind: 'folder', id: '*' } },
      { view: { kind: 'folder', id: 7 } },
      { view: { kind: 'trash' }, pageToken: 42 },
    ];
    for (const payload of bad) {
      await expect(drive.send('drive.list', payload as never), JSON.stringify(payload)).rejects.toMatchObject({
        kind: 'bad-request',
      });
    }
    expect(driveCalls(drive.fake)).toEqual([]);
  });

  it('passes PikPak’s not-found on for a folder that is gone, and says signed-out without a session', async () => {
    await expect(
      drive.send('drive.list', { view: { kind: 'folder', id: 'VNoSuchFolder0000000000000' } }),
    ).rejects.toMatchObject({ kind: 'not-found' });
    await storedSession.set(null);
    await expect(drive.send('drive.list', { view: { kind: 'trash' } })).rejects.toMatchObject({ kind: 'signed-out' });
  });
});

describe('drive.item', () => {
  it('reads one item with its download link and media through GET /drive/v1/files/{id} and a captcha token', async () => {
    const bunny = seed().files['bunny'] ?? '';
    const item = await drive.send('drive.item', { id: bunny });
    expect(item).toMatchObject({ id: bunny, name: 'Big Buck Bunny (2008).mp4', kind: 'file' });
    expect(item.download?.url).toMatch(/^https:\/\/dl-/);
    expect(item.medias[0]).toMatchObject({ isOrigin: true });
    const request = drive.fake.log.last({ method: 'GET', path: `${FILES}/${bunny}` });
    expect(request?.status).toBe(200);
    expect(request?.headers['x-captcha-token']).toEqual(expect.any(String));
    await expect(drive.send('drive.item', { id: '' })).rejects.toMatchObject({ kind: 'bad-request' });
  });
});

describe('drive.ancestors', () => {
  const deep = (top: string) => {
    const add = (parentId: string, name: string) =>
      drive.fake.control.files.add({ parentId, name, kind: 'drive#folder' });
    const a = add('', top);
    const b = add(a.id, '2025');
    const c = add(b.id, 'Website');
    const d = add(c.id, 'assets');
    return [a, b, c, d] as const;
  };

  it('walks parent_id up from a folder 4 deep with one GET each, then answers from memory', async () => {
    const [a, b, c, d] = deep('Projects');
    const path = await drive.send('drive.ancestors', { id: d.id });
    expect(path).toEqual([
      { id: a.id, name: 'Projects' },
      { id: b.id, name: '2025' },
      { id: c.id, name: 'Website' },
      { id: d.id, name: 'assets' },
    ]);
    expect(driveCalls(drive.fake)).toEqual([d, c, b, a].map((folder) => `GET ${FILES}/${folder.id}`));
    drive.fake.log.clear();
    expect(await drive.send('drive.ancestors', { id: d.id })).toEqual(path);
    expect(await drive.send('drive.ancestors', { id: c.id })).toEqual(path.slice(0, 3));
    expect(driveCalls(drive.fake)).toEqual([]);
  });

  it('is [] for My Drive’s root and costs nothing for folders the page listed on its way down', async () => {
    expect(await drive.send('drive.ancestors', { id: '' })).toEqual([]);
    const [a, b, c, d] = deep('Work');
    for (const folder of ['', a.id, b.id, c.id])
      await drive.send('drive.list', { view: { kind: 'folder', id: folder } });
    drive.fake.log.clear();
    const path = await drive.send('drive.ancestors', { id: d.id });
    expect(path.map((folder) => folder.name)).toEqual(['Work', '2025', 'Website', 'assets']);
    expect(driveCalls(drive.fake)).toEqual([]);
  });

  it('walks again after a rename, and shows the new name', async () => {
    const [, b, , d] = deep('Clients');
    await drive.send('drive.ancestors', { id: d.id });
    await drive.send('drive.rename', { id: b.id, name: '2026' });
    drive.fake.log.clear();
    const path = await drive.send('drive.ancestors', { id: d.id });
    expect(path.map((folder) => folder.name)).toEqual(['Clients', '2026', 'Website', 'assets']);
    expect(drive.fake.log.count({ method: 'GET', path: /^\/drive\/v1\/files\/V/ })).toBe(4);
  });
});

describe('drive.rename', () => {
  it('sends PATCH /drive/v1/files/{id} with the trimmed name and answers the renamed item', async () => {
    const readme = seed().files['readme'] ?? '';
    const renamed = await drive.send('drive.rename', { id: readme, name: '  README.txt ' });
    expect(renamed).toMatchObject({ id: readme, name: 'README.txt', kind: 'file' });
    const request = drive.fake.log.last({ method: 'PATCH' });
    expect(request?.path).toBe(`${FILES}/${readme}`);
    expect(request?.body).toEqual({ name: 'README.txt' });
    expect(drive.fake.control.files.get(readme)?.name).toBe('README.txt');
    await drive.send('drive.rename', { id: readme, name: 'readme.txt' });
  });

  it('rejects a name taken in the folder with name-conflict, and the same name with same-name', async () => {
    const readme = seed().files['readme'] ?? '';
    await expect(drive.send('drive.rename', { id: readme, name: 'manual.pdf' })).rejects.toMatchObject({
      kind: 'name-conflict',
    });
    await expect(drive.send('drive.rename', { id: readme, name: 'readme.txt' })).rejects.toMatchObject({
      kind: 'same-name',
    });
    expect(drive.fake.log.filter({ method: 'PATCH' }).map((entry) => entry.status)).toEqual([400, 400]);
    expect(drive.fake.control.files.get(readme)?.name).toBe('readme.txt');
  });

  it('renames right after a move: PikPak’s file_rename_uncompleted is asked again by the client', async () => {
    const manual = drive.fake.control.files.find('manual.pdf')?.id ?? '';
    drive.fake.control.faults.add({ kind: 'rename-uncompleted', times: 1 });
    expect(await drive.send('drive.rename', { id: manual, name: 'Manual.pdf' })).toMatchObject({ name: 'Manual.pdf' });
    expect(drive.fake.log.filter({ method: 'PATCH' }).map((entry) => entry.status)).toEqual([400, 200]);
  });

  it('refuses unusable names and ids without calling PikPak', async () => {
    const readme = seed().files['readme'] ?? '';
    for (const name of ['', '   ', '.', '..', 'a/b', 'x'.repeat(256), 3]) {
      await expect(drive.send('drive.rename', { id: readme, name } as never), String(name)).rejects.toMatchObject({
        kind: 'bad-request',
      });
    }
    for (const id of ['', '*', 'a/b', undefined]) {
      await expect(drive.send('drive.rename', { id, name: 'ok' } as never)).rejects.toMatchObject({
        kind: 'bad-request',
      });
    }
    expect(driveCalls(drive.fake)).toEqual([]);
  });
});
