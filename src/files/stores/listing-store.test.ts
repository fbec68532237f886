import { describe, expect, it, vi } from 'vitest';
import type { DriveItemPage } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import { RequestError } from '../../shared/messages.ts';
import { file } from '../test/items.ts';
import { createListingStore, type ListPage } from './listing-store.ts';

const MOVIES: DriveView = { kind: 'folder', id: 'VMovies' };
const ROOT: DriveView = { kind: 'folder', id: '' };

/** A drive whose views list `pages` pages of `size` items, answered when the test says so. */
function pagedDrive(pages: number, size = 3) {
  const waiting: { view: DriveView; token: string | undefined; answer: () => void; fail: (kind: string) => void }[] =
    [];
  const list = vi.fn<ListPage>(
    (view, token) =>
      new Promise<DriveItemPage>((resolve, reject) => {
        const page = token === undefined ? 0 : Number(token);
        const name = view.kind === 'folder' ? view.id || 'root' : view.kind;
        waiting.push({
          view,
          token,
          answer: () =>
            resolve({
              items: Array.from({ length: size }, (_, n) => file(`${name} ${page}-${n}`)),
              ...(page + 1 < pages ? { nextPageToken: String(page + 1) } : {}),
            }),
          fail: (kind) => reject(new RequestError(kind, kind)),
        });
      }),
  );
  const next = async () => {
    await vi.waitFor(() => expect(waiting.length).toBeGreaterThan(0));
    return waiting.shift()!;
  };
  return { list, next, waiting };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the listing store', () => {
  it('shows the first page at once, appends the rest in the same generation, and ends done', async () => {
    const drive = pagedDrive(3);
    const store = createListingStore({ list: drive.list });
    store.open(MOVIES);
    expect(store.listing.value).toMatchObject({ status: 'loading', items: [] });
    (await drive.next()).answer();
    await settle();
    const first = store.listing.value!;
    expect(first).toMatchObject({ status: 'more', items: { length: 3 } });
    (await drive.next()).answer();
    (await drive.next()).answer();
    await settle();
    expect(store.listing.value).toMatchObject({ status: 'done', items: { length: 9 }, generation: first.generation });
    expect(drive.list.mock.calls.map(([, token]) => token)).toEqual([undefined, '1', '2']);
  });

  it('shows a view seen before at once, then reads it again and swaps the rows in once, complete', async () => {
    let time = 0;
    const drive = pagedDrive(2);
    const store = createListingStore({ list: drive.list, now: () => time, freshMs: 1_000 });
    store.open(MOVIES);
    (await drive.next()).answer();
    (await drive.next()).answer();
    await settle();
    const seen = store.listing.value!;
    store.open(ROOT);
    (await drive.next()).answer();
    (await drive.next()).answer();
    await settle();

    time = 500;
    store.open(MOVIES);
    // Fresh enough: shown from memory, not read again.
    expect(store.listing.value).toMatchObject({ items: seen.items, status: 'done', refreshing: false });
    expect(drive.waiting).toHaveLength(0);

    store.open(ROOT);
    time = 5_000;
    store.open(MOVIES);
    expect(store.listing.value).toMatchObject({ items: seen.items, refreshing: true });
    (await drive.next()).answer();
    await settle();
    // Half-read: the old rows stay.
    expect(store.listing.value?.items).toBe(seen.items);
    (await drive.next()).answer();
    await settle();
    expect(store.listing.value).toMatchObject({ refreshing: false, status: 'done', items: { length: 6 } });
    expect(store.listing.value?.items).not.toBe(seen.items);
    expect(store.listing.value?.generation).not.toBe(seen.generation);
  });

  it('drops the answers of a view the user left', async () => {
    const drive = pagedDrive(2);
    const store = createListingStore({ list: drive.list });
    store.open(MOVIES);
    const movies = await drive.next();
    store.open(ROOT);
    movies.answer();
    await settle();
    expect(store.listing.value).toMatchObject({ view: ROOT, status: 'loading' });
  });

  it('reports a failed first page, and keeps the rows when a later page or a refresh fails', async () => {
    const drive = pagedDrive(2);
    const store = createListingStore({ list: drive.list, freshMs: 0 });
    store.open(MOVIES);
    (await drive.next()).fail('network');
    await settle();
    expect(store.listing.value).toMatchObject({ status: 'failed', error: 'network', items: [] });

    store.reload();
    (await drive.next()).answer();
    (await drive.next()).fail('server');
    await settle();
    expect(store.listing.value).toMatchObject({ status: 'failed', error: 'server', items: { length: 3 } });

    store.reload();
    (await drive.next()).answer();
    (await drive.next()).answer();
    await settle();
    expect(store.listing.value).toMatchObject({ status: 'done', items: { length: 6 } });
    expect(store.listing.value?.error).toBeUndefined();

    store.reload();
    (await drive.next()).fail('timeout');
    await settle();
    expect(store.listing.value).toMatchObject({ status: 'done', error: 'timeout', refreshing: false });
    expect(store.listing.value?.items).toHaveLength(6);
  });

  it('stops at a page token PikPak already gave', async () => {
    const list = vi.fn<ListPage>(() => Promise.resolve({ items: [file('loop')], nextPageToken: 'same' }));
    const store = createListingStore({ list });
    store.open(MOVIES);
    await vi.waitFor(() => expect(store.listing.value?.status).toBe('done'));
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('reads an invalidated view afresh, and keeps only as many other views as the budget allows', async () => {
    const drive = pagedDrive(1, 4);
    const store = createListingStore({ list: drive.list, cacheItems: 4, freshMs: 60_000 });
    const views = [MOVIES, ROOT, { kind: 'starred' } as const];
    for (const view of views) {
      store.open(view);
      (await drive.next()).answer();
      await settle();
    }
    // MOVIES was evicted (two other views would be 8 items), ROOT is still there.
    store.open(ROOT);
    expect(drive.waiting).toHaveLength(0);
    store.open(MOVIES);
    expect(store.listing.value?.status).toBe('loading');
    (await drive.next()).answer();
    await settle();
    store.invalidate(ROOT);
    store.open(ROOT);
    expect(store.listing.value?.status).toBe('loading');
  });

  it('patches the rows of the open view and of a kept one, as a new generation, and leaves a loading view alone', async () => {
    const drive = pagedDrive(1, 3);
    const store = createListingStore({ list: drive.list, freshMs: 60_000 });
    store.open(MOVIES);
    store.patch(MOVIES, () => []);
    expect(store.listing.value).toMatchObject({ status: 'loading', items: [] });
    (await drive.next()).answer();
    await settle();
    const before = store.listing.value!;
    store.patch(MOVIES, (items) => items.slice(1));
    expect(store.listing.value?.items).toEqual(before.items.slice(1));
    expect(store.listing.value?.generation).toBeGreaterThan(before.generation);

    store.open(ROOT);
    (await drive.next()).answer();
    await settle();
    store.patch(MOVIES, (items) => items.slice(1));
    store.open(MOVIES);
    expect(store.listing.value?.items).toEqual(before.items.slice(2));
  });
});
