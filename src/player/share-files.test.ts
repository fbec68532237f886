import { describe, expect, it } from 'vitest';
import type { DriveItem, DriveItemPage } from '../shared/domain.ts';
import type { FileLink, PlannedFile, TransferFailure } from '../shared/file-transfer.ts';
import { sharePlayerPagePath } from '../shared/pages.ts';
import { sourcesOf } from './model/sources.ts';
import { createPlayerPage, shareFromSearch } from './player-page.ts';
import { createShareFiles } from './share-files.ts';

const item = (id: string, name: string, over: Partial<DriveItem> = {}): DriveItem => ({
  id,
  kind: 'file',
  name,
  // The owner's drive folder, as PikPak names a share's top-level items' parent.
  parentId: 'owner-folder',
  size: { bytes: 3000, exact: '3000' },
  phase: 'complete',
  starred: false,
  trashed: false,
  category: 'VIDEO',
  video: { durationSeconds: 60, width: 1280, height: 720 },
  ...over,
});
const ep1 = item('e1', 'Episode 1.mp4');
const ep2 = item('e2', 'Episode 2.mp4');
const ep3 = item('e3', 'Episode 3.mp4');

function setUp(search: string, answer: (file: PlannedFile) => FileLink | TransferFailure) {
  const calls: string[] = [];
  const pages: DriveItemPage[] = [{ items: [ep1, ep2], nextPageToken: '1' }, { items: [ep3] }];
  const share = shareFromSearch(search);
  if (share === undefined) throw new Error('not a share address');
  const files = createShareFiles({
    ...share,
    list: (parentId, token) => {
      calls.push(`list ${parentId} ${token ?? ''}`);
      return Promise.resolve(pages[token === undefined ? 0 : Number(token)] ?? { items: [] });
    },
    links: (planned) => {
      calls.push(`links ${JSON.stringify(planned)}`);
      const result = answer(planned[0]!);
      return Promise.resolve('url' in result ? { links: [result], failed: [] } : { links: [], failed: [result] });
    },
  });
  const location = { search, href: `chrome-extension://x/src/player/index.html${search}` };
  const urls: string[] = [];
  const page = createPlayerPage({
    fetchDetail: (id) => files.fetchDetail(id),
    listFolder: files.listFolder,
    location,
    history: { replaceState: (_state, _title, url) => void urls.push(String(url)) },
    collator: new Intl.Collator('en', { numeric: true }),
  });
  return { page, files, calls, urls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const search = (path: string) => path.slice(path.indexOf('?'));
const original = (file: PlannedFile): FileLink => ({
  id: file.id,
  path: file.path,
  url: `https://cdn/${file.id}?category=original`,
  playLimit: { seconds: 120, fraction: 0.4 },
});

describe('the player on a share', () => {
  it("finds the file in the share's folder, plays its fresh link, and takes previous and next from that folder", async () => {
    const { page, files, calls, urls } = setUp(search(sharePlayerPagePath('S1', 'e2', 'F1')), original);
    expect(page.share).toEqual({ shareId: 'S1', folderId: 'F1' });
    page.start();
    await settle();
    expect(page.detail.value).toMatchObject({
      id: 'e2',
      name: 'Episode 2.mp4',
      parentId: 'F1',
      download: { url: 'https://cdn/e2?category=original' },
      medias: [],
    });
    expect(page.neighbours.value).toEqual({ previous: ep1, next: ep3 });
    // Each page of the folder read once, though the detail and the neighbours both need it.
    expect(calls).toEqual([
      'list F1 ',
      `links ${JSON.stringify([{ id: 'e2', path: 'Episode 2.mp4', size: 3000, shareId: 'S1' }])}`,
      'list F1 1',
    ]);
    expect(files.playLimitOf('e2')).toEqual({ seconds: 120, fraction: 0.4 });

    page.next();
    await settle();
    expect(page.detail.value?.id).toBe('e3');
    expect(urls).toEqual(['chrome-extension://x/src/player/index.html?id=e3&share=S1&folder=F1']);
  });

  it("plays a transcoded link as the file's one transcode", async () => {
    const { page } = setUp(search(sharePlayerPagePath('S1', 'e1')), (file) => ({
      id: file.id,
      path: file.path,
      url: 'https://cdn/e1?category=transcode',
      expiresAt: 5_000,
      transcoded: true,
    }));
    expect(page.share).toEqual({ shareId: 'S1', folderId: '' });
    page.start();
    await settle();
    const detail = page.detail.value!;
    expect(detail.parentId).toBe('');
    expect(detail.download).toBeUndefined();
    expect(sourcesOf(detail)).toEqual([
      {
        id: 'transcode:transcode',
        kind: 'transcode',
        url: 'https://cdn/e1?category=transcode',
        expiresAt: 5_000,
        height: 720,
        durationSeconds: 60,
      },
    ]);
  });

  it('says why when the share gives no link, or the file is not in the folder', async () => {
    const refused = setUp(search(sharePlayerPagePath('S1', 'e1')), (file) => ({
      id: file.id,
      path: file.path,
      kind: 'share-pass-code',
      message: 'code needed',
    }));
    refused.page.start();
    await settle();
    expect(refused.page.error.value).toBe('share-pass-code');

    const gone = setUp(search(sharePlayerPagePath('S1', 'nope')), original);
    gone.page.start();
    await settle();
    expect(gone.page.error.value).toBe('not-found');
    expect(gone.calls).toEqual(['list  ', 'list  1']);
  });
});
