import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFilesHandlers, MAX_FILES_PER_REQUEST } from '../../../../src/background/handlers/files.ts';
import { updateSettings } from '../../../../src/shared/settings.ts';
import type { PlannedFile } from '../../../../src/shared/file-transfer.ts';
import type { DriveFile } from '../../../fake-pikpak/drive/types.ts';
import { useFakePikPak } from '../../use-fake-pikpak.ts';
import { storeIssuedSession } from '../stored-session.ts';

/**
 * files.links against the fake, through the worker's own client, stored session and settings (extension storage is
 * @webext-core/fake-browser). The 5 s wait before asking again for a missing link is made instant and recorded.
 */

const slept = vi.hoisted(() => [] as number[]);
vi.mock('../../../../src/api/sleep.ts', () => ({
  defaultSleep: (ms: number) => {
    slept.push(ms);
    return Promise.resolve();
  },
}));

const DEVICE = '0123456789abcdef0123456789abcdef';
const fake = useFakePikPak({ https: false, seed: 'empty' });
const handlers = createFilesHandlers();
const links = (payload: unknown) => handlers['files.links'](payload as { files: PlannedFile[] }, {});

beforeAll(() => {
  vi.stubGlobal('fetch', fake.fetch);
});
afterAll(() => {
  vi.unstubAllGlobals();
});
beforeEach(async () => {
  slept.length = 0;
  await storeIssuedSession(fake, DEVICE);
});

let folders = 0;
function folderOf(names: string[]): { folder: DriveFile; files: DriveFile[]; planned: PlannedFile[] } {
  const folder = fake.control.files.add({ parentId: '', name: `Links ${++folders}`, kind: 'drive#folder' });
  const files = names.map((name) =>
    fake.control.files.add({
      parentId: folder.id,
      name,
      kind: 'drive#file',
      size: 1000,
      ...(name.endsWith('.mp4') ? { video: { durationSeconds: 60, width: 1280, height: 720 } } : {}),
    }),
  );
  return { folder, files, planned: files.map((file) => ({ id: file.id, path: `Out/${file.name}`, size: file.size })) };
}

const category = (url: string) => new URL(url).searchParams.get('category');

describe('files.links', () => {
  it('answers a fresh link per file in the planned order, with its expiry, from one detail call each', async () => {
    const { files, planned } = folderOf(['a.bin', 'b.mp4', 'c.txt', 'd.bin', 'e.bin']);
    const answer = await links({ files: planned });
    expect(answer.failed).toEqual([]);
    expect(answer.links.map(({ id, path }) => ({ id, path }))).toEqual(planned.map(({ id, path }) => ({ id, path })));
    for (const link of answer.links) {
      expect(category(link.url)).toBe('original');
      expect(link.expiresAt).toBe(Number(new URL(link.url).searchParams.get('expire')) * 1000);
    }
    for (const file of files) {
      expect(fake.log.count({ method: 'GET', path: `/drive/v1/files/${file.id}` })).toBe(1);
    }
    expect(slept).toEqual([]);
  });

  it('reports files without a usable link as no-link, a folder as bad-request, and a gone file as not-found', async () => {
    const { folder, files, planned } = folderOf(['ok.bin', 'empty.bin', 'missing.bin']);
    fake.control.files.setDownloadLink(files[1]?.id ?? '', 'empty-fid');
    fake.control.files.setDownloadLink(files[2]?.id ?? '', 'missing');
    const answer = await links({
      files: [
        ...planned,
        { id: folder.id, path: 'Out/folder', size: 0 },
        { id: 'VNoSuchFile000000000000000', path: 'Out/gone', size: 1 },
      ],
    });
    expect(answer.links.map((link) => link.path)).toEqual(['Out/ok.bin']);
    expect(answer.failed.map(({ path, kind }) => ({ path, kind }))).toEqual([
      { path: 'Out/empty.bin', kind: 'no-link' },
      { path: 'Out/missing.bin', kind: 'no-link' },
      { path: 'Out/folder', kind: 'bad-request' },
      { path: 'Out/gone', kind: 'not-found' },
    ]);
    // Each linkless file was asked for twice, 5 s apart.
    expect(slept).toEqual([5_000, 5_000]);
    expect(fake.log.count({ method: 'GET', path: `/drive/v1/files/${files[2]?.id ?? ''}` })).toBe(2);
  });

  it('never answers a transcode, with media links on or off', async () => {
    const { planned } = folderOf(['one.mp4', 'two.mp4']);
    const on = await links({ files: planned });
    await updateSettings({ disableMediaLinks: true });
    const off = await links({ files: planned });
    for (const link of [...on.links, ...off.links]) expect(category(link.url)).toBe('original');
    expect(on.links).toHaveLength(2);
    expect(off.links).toHaveLength(2);
  });

  it('refuses a payload that is not a file list, or more than 200 files, without calling PikPak', async () => {
    const tooMany = Array.from({ length: MAX_FILES_PER_REQUEST + 1 }, (_, i) => ({ id: `V${i}`, path: 'p', size: 1 }));
    for (const payload of [{}, { files: 'x' }, { files: [{ id: '', path: 'p', size: 1 }] }, { files: tooMany }]) {
      await expect(links(payload)).rejects.toMatchObject({ kind: 'bad-request' });
    }
    expect(MAX_FILES_PER_REQUEST).toBe(200);
    expect(fake.log.count({ host: 'drive' })).toBe(0);
  });
});
