import { describe, expect, it } from 'vitest';
import { createDownloadJobs, type BrowserDownloads } from '../../../../src/background/downloads/jobs.ts';
import { plannedFileLink } from '../../../../src/background/downloads/planned-link.ts';
import { createFilesHandlers } from '../../../../src/background/handlers/files.ts';
import { pikpak } from '../../../../src/background/session/client.ts';
import { downloadJobsItem, type DownloadJob } from '../../../../src/shared/download-jobs.ts';
import type { PlannedFile } from '../../../../src/shared/file-transfer.ts';
import { updateSettings } from '../../../../src/shared/settings.ts';
import { queryOf, shareCalls, shareTree, useShareFake } from './harness.ts';

/** Links of a share's files (`share/file_info`, pikpak-api.md §8.3) for shares.links, files.links and downloads. */
const h = useShareFake();

const category = (url: string) => new URL(url).searchParams.get('category');
const fileInfoCalls = () => shareCalls(h.fake).filter((entry) => entry.path === '/drive/v1/share/file_info');

function planned(tree: ReturnType<typeof shareTree>, shareId?: string): PlannedFile[] {
  return [tree.film, tree.notes, tree.clip].map((file) => ({
    id: file.id,
    path: `Out/${file.name}`,
    size: file.size,
    ...(shareId === undefined ? {} : { shareId }),
  }));
}

describe('shares.links', () => {
  it('answers the original of each file: a video’s is_origin media, a plain file’s web_content_link', async () => {
    const tree = shareTree(h.fake, h.sharer, { passCode: 'lk01' });
    await h.send('shares.open', { shareId: tree.share.id, passCode: 'lk01' });
    const files = planned(tree);
    const answer = await h.send('shares.links', { shareId: tree.share.id, files });
    expect(answer.failed).toEqual([]);
    expect(answer.links.map(({ id, path }) => ({ id, path }))).toEqual(files.map(({ id, path }) => ({ id, path })));
    for (const link of answer.links) {
      expect(category(link.url)).toBe('original');
      expect(link.expiresAt).toBe(Number(new URL(link.url).searchParams.get('expire')) * 1000);
    }
    const calls = fileInfoCalls();
    expect(calls.map((entry) => queryOf(entry, 'file_id')).sort()).toEqual(files.map((file) => file.id).sort());
    for (const entry of calls) {
      expect(queryOf(entry, 'share_id')).toBe(tree.share.id);
      expect(String(queryOf(entry, 'pass_code_token'))).not.toBe('');
    }
  });

  it('with "Use transcoding address", asks for and answers the transcode of a video (the plain file stays)', async () => {
    const tree = shareTree(h.fake, h.sharer);
    await updateSettings({ useTranscodingAddress: true });
    const answer = await h.send('shares.links', { shareId: tree.share.id, files: planned(tree) });
    expect(answer.links.map((link) => [link.path, category(link.url)])).toEqual([
      ['Out/Film.mp4', 'transcode'],
      ['Out/Notes.txt', 'original'],
      ['Out/Clip.mp4', 'transcode'],
    ]);
  });

  it('skips a link with an empty fid, asks again once, and reports no-link; a file outside the share not-found', async () => {
    const tree = shareTree(h.fake, h.sharer);
    h.fake.control.files.setDownloadLink(tree.notes.id, 'empty-fid');
    const answer = await h.send('shares.links', {
      shareId: tree.share.id,
      files: [
        { id: tree.notes.id, path: 'Out/Notes.txt', size: 1000 },
        { id: tree.poster.id, path: 'Out/Poster.png', size: 500 },
        { id: 'VNotInTheShare00000000000', path: 'Out/gone', size: 1 },
      ],
    });
    expect(answer.links.map((link) => link.path)).toEqual(['Out/Poster.png']);
    expect(answer.failed.map(({ path, kind }) => ({ path, kind }))).toEqual([
      { path: 'Out/Notes.txt', kind: 'no-link' },
      { path: 'Out/gone', kind: 'not-found' },
    ]);
    expect(fileInfoCalls().filter((entry) => queryOf(entry, 'file_id') === tree.notes.id)).toHaveLength(2);
  });

  it('rejects files of a share that cannot be read with the share’s kind', async () => {
    const tree = shareTree(h.fake, h.sharer, { status: 'EXPIRED' });
    const answer = await h.send('shares.links', { shareId: tree.share.id, files: planned(tree).slice(0, 1) });
    expect(answer.failed).toMatchObject([{ kind: 'share-unavailable' }]);
  });
});

describe('share files on the way out', () => {
  it('files.links takes a planned share file’s link from the share, a drive file’s from the drive', async () => {
    const tree = shareTree(h.fake, h.sharer);
    const own = h.fake.control.files.add({ parentId: '', name: 'mine.bin', kind: 'drive#file', size: 10 });
    const files = [...planned(tree, tree.share.id).slice(1, 2), { id: own.id, path: 'Out/mine.bin', size: 10 }];
    const answer = await createFilesHandlers()['files.links']({ files }, {});
    expect(answer.failed).toEqual([]);
    expect(answer.links.map((link) => link.path)).toEqual(['Out/Notes.txt', 'Out/mine.bin']);
    expect(fileInfoCalls().map((entry) => queryOf(entry, 'file_id'))).toEqual([tree.notes.id]);
    expect(h.fake.log.count({ method: 'GET', path: `/drive/v1/files/${own.id}` })).toBe(1);
    expect(h.fake.log.count({ method: 'GET', path: `/drive/v1/files/${tree.notes.id}` })).toBe(0);
  });

  it('a download job of share files keeps their share and fetches each link from share/file_info', async () => {
    const tree = shareTree(h.fake, h.sharer, { passCode: 'dl02' });
    await h.send('shares.open', { shareId: tree.share.id, passCode: 'dl02' });
    const handed: { id: number; url: string; filename: string }[] = [];
    const downloads: BrowserDownloads = {
      download({ url, filename }) {
        handed.push({ id: handed.length + 1, url, filename });
        return Promise.resolve(handed.length);
      },
      state: () => Promise.resolve({ state: 'in_progress' }),
      cancel: () => Promise.resolve(),
    };
    const client = await pikpak();
    const jobs = createDownloadJobs({
      store: downloadJobsItem,
      downloads,
      link: (file) => plannedFileLink(file, { client, disableMediaLinks: false, useTranscodingAddress: false }),
    });
    const jobId = await jobs.start('Shared', planned(tree, tree.share.id));
    const stored = async (): Promise<DownloadJob | undefined> =>
      (await downloadJobsItem.get()).find((job) => job.id === jobId);
    expect((await stored())?.files.map((file) => file.shareId)).toEqual([tree.share.id, tree.share.id, tree.share.id]);
    await expect.poll(async () => (await stored())?.files.every((file) => file.state === 'downloading')).toBe(true);
    expect(handed.map((each) => each.filename)).toEqual(['Out/Film.mp4', 'Out/Notes.txt', 'Out/Clip.mp4']);
    // Every link is fetchable from the CDN, and came from the share, never from the drive's detail call.
    for (const { id, url } of handed) {
      expect((await h.fake.fetch(url)).status).toBe(200);
      await jobs.downloadChanged(id, 'complete');
    }
    expect((await stored())?.state).toBe('finished');
    expect(fileInfoCalls()).toHaveLength(3);
    expect(h.fake.log.count({ path: /^\/drive\/v1\/files\// })).toBe(0);
  });
});
