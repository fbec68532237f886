import { describe, expect, it } from 'vitest';
import type { DriveItem, DriveItemDetail, DriveItemPage } from '../shared/domain.ts';
import { RequestError } from '../shared/messages.ts';
import { createPlayerPage, type PlayerPageDeps } from './player-page.ts';

const item = (id: string, name: string, over: Partial<DriveItem> = {}): DriveItem => ({
  id,
  kind: 'file',
  name,
  parentId: 'folder',
  size: { bytes: 1, exact: '1' },
  phase: 'complete',
  starred: false,
  trashed: false,
  ...over,
});
const detailOf = (file: DriveItem): DriveItemDetail => ({
  ...file,
  medias: [],
  download: { url: `https://cdn/${file.id}` },
});

const ep1 = item('e1', 'Episode 1.mp4');
const ep2 = item('e2', 'Episode 2.mp4');
const ep10 = item('e10', 'Episode 10.mp4');
const subs = item('s2', 'Episode 2.srt');
const photo = item('p1', 'Photo.jpg');
const picture = item('p2', 'Picture.png');

function setUp(search: string, pages: DriveItemPage[], failDetail = false) {
  const files = new Map([ep1, ep2, ep10, subs, photo, picture].map((file) => [file.id, file]));
  const calls: string[] = [];
  const urls: string[] = [];
  const location = { search, href: `chrome-extension://x/src/player/index.html${search}` };
  const deps: PlayerPageDeps = {
    fetchDetail: (id) => {
      calls.push(`item ${id}`);
      const file = files.get(id);
      if (failDetail || file === undefined) return Promise.reject(new RequestError('not-found', 'gone'));
      return Promise.resolve(detailOf(file));
    },
    listFolder: (id, token) => {
      calls.push(`list ${id} ${token ?? ''}`);
      return Promise.resolve(pages[token === undefined ? 0 : Number(token)] ?? { items: [] });
    },
    location,
    history: {
      replaceState: (_state, _title, url) => {
        urls.push(String(url));
        location.search = new URL(String(url)).search;
      },
    },
    collator: new Intl.Collator('en', { numeric: true }),
  };
  return { page: createPlayerPage(deps), calls, urls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createPlayerPage', () => {
  it('opens the URL’s file, lists its folder page by page and names its neighbours and subtitles', async () => {
    const { page, calls } = setUp('?id=e2', [
      { items: [ep10, subs], nextPageToken: '1' },
      { items: [ep2, photo, ep1] },
    ]);
    page.start();
    await settle();
    expect(page.detail.value?.id).toBe('e2');
    expect(page.kind.value).toBe('video');
    expect(calls).toEqual(['item e2', 'list folder ', 'list folder 1']);
    expect(page.neighbours.value).toEqual({ previous: ep1, next: ep10 });
    expect(page.subtitleFiles.value.map((file) => file.item.id)).toEqual(['s2']);
  });

  it('stops listing at a repeated page token', async () => {
    const { page, calls } = setUp('?id=e1', [{ items: [ep1], nextPageToken: '0' }]);
    page.start();
    await settle();
    expect(calls).toEqual(['item e1', 'list folder ', 'list folder 0']);
  });

  it('opens the next file in place: the URL changes, the folder is not listed again', async () => {
    const { page, calls, urls } = setUp('?id=e1', [{ items: [ep1, ep2, ep10] }]);
    page.start();
    await settle();
    page.next();
    expect(urls).toEqual(['chrome-extension://x/src/player/index.html?id=e2']);
    // The row stands in for the file until its detail comes.
    expect(page.item.value).toBe(ep2);
    expect(page.detail.value).toBeUndefined();
    expect(page.neighbours.value).toEqual({ previous: ep1, next: ep10 });
    await settle();
    expect(page.detail.value?.id).toBe('e2');
    expect(calls.filter((call) => call.startsWith('list'))).toHaveLength(1);
    page.previous();
    await settle();
    expect(page.id.value).toBe('e1');
  });

  it('shows the error kind when the file cannot be read, and reads it again on retry', async () => {
    const { page, calls } = setUp('?id=gone', []);
    page.start();
    await settle();
    expect(page.error.value).toBe('not-found');
    page.retry();
    expect(page.error.value).toBeUndefined();
    await settle();
    expect(calls).toEqual(['item gone', 'item gone']);
  });

  it('opens nothing without an id', () => {
    const { page, calls } = setUp('', []);
    page.start();
    expect(page.id.value).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('fetches an image’s neighbours ahead, and reuses them when flipping', async () => {
    const { page, calls } = setUp('?id=p1', [{ items: [photo, picture, ep1] }]);
    page.start();
    await settle();
    expect(page.neighbours.value).toEqual({ next: picture });
    expect(calls).toEqual(['item p1', 'list folder ', 'item p2']);
    page.next();
    await settle();
    expect(page.detail.value?.id).toBe('p2');
    // p1 is fetched ahead again as p2's neighbour: it was fetched when opened, so that is reused too.
    expect(calls).toEqual(['item p1', 'list folder ', 'item p2']);
  });
});
