import { signal, type ReadonlySignal } from '@preact/signals';
import type { DriveItem, DriveItemPage } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import { errorKindOf } from '../../ui/error-kind.ts';
import { viewKey } from '../model/route.ts';

/** One page of a view (`drive.list`); injected so tests page through a list of their own. */
export type ListPage = (view: DriveView, pageToken: string | undefined) => Promise<DriveItemPage>;

/** What the page shows of one view while its pages arrive. */
export interface Listing {
  view: DriveView;
  /** In PikPak's order. Only appended to while `generation` stays the same (see model/arrange.ts). */
  items: readonly DriveItem[];
  generation: number;
  /** `loading`: no page yet; `more`: pages still coming; `done`: all of them; `failed`: see `error`. */
  status: 'loading' | 'more' | 'done' | 'failed';
  /**
   * The last read failed. With `failed`, the view's own pages (none, or the first ones); with `done`, a reading
   * again of rows that are still shown (they may be out of date).
   */
  error?: ErrorKind;
  /** The shown rows are being read again (Reload, or back to a view seen before); they stay until it ends. */
  refreshing: boolean;
}

export interface ListingStoreOptions {
  list: ListPage;
  now?: () => number;
  /** A view read this recently is shown from memory without reading it again. */
  freshMs?: number;
  /** The most items kept in memory for views not shown (the oldest go first). */
  cacheItems?: number;
}

export interface ListingStore {
  /** The open view's listing; undefined before the first `open`. */
  listing: ReadonlySignal<Listing | undefined>;
  /** Shows a view: at once from memory when seen before (then read again behind it), else page by page. */
  open: (view: DriveView) => void;
  /** Reads the open view again; its rows stay until the new list is complete (or, after a failure, anew). */
  reload: () => void;
  /** Forgets a view's rows (a download landed there): the next visit reads it afresh. */
  invalidate: (view: DriveView) => void;
  /**
   * Changes the rows of a view shown or kept (an operation PikPak finished: rows renamed, gone or added), before a
   * reload confirms it. A view still loading is left alone: its pages arrive with the change.
   */
  patch: (view: DriveView, edit: (items: readonly DriveItem[]) => readonly DriveItem[]) => void;
  /** Forgets everything (another account): nothing shown until the next `open`. */
  reset: () => void;
}

interface Cached {
  items: readonly DriveItem[];
  generation: number;
  loadedAt: number;
}

/**
 * The listings of the file browser: every page of a view (`drive.list` with its page token until there is none),
 * shown from the first, with an in-memory cache per view so going back is instant.
 */
export function createListingStore(options: ListingStoreOptions): ListingStore {
  const now = options.now ?? (() => Date.now());
  const freshMs = options.freshMs ?? 5_000;
  const cacheItems = options.cacheItems ?? 20_000;
  const listing = signal<Listing | undefined>(undefined);
  const cache = new Map<string, Cached>();
  let generation = 0;
  /** The load in progress; replaced (and so abandoned) by the next one. */
  let running: symbol | undefined;

  function remember(view: DriveView, entry: Cached) {
    const key = viewKey(view);
    cache.delete(key);
    cache.set(key, entry);
    // Oldest first in a Map: drop those until the other views fit the budget (the open one always stays).
    let total = [...cache.values()].reduce((sum, each) => sum + each.items.length, 0);
    for (const [other, each] of cache) {
      if (total <= cacheItems + entry.items.length || other === key) continue;
      cache.delete(other);
      total -= each.items.length;
    }
  }

  const update = (run: symbol, patch: Partial<Listing>) => {
    const current = listing.value;
    if (running === run && current !== undefined) listing.value = { ...current, ...patch };
  };

  /** Reads every page. A fresh view shows each page as it comes; a refresh swaps the rows in once, at the end. */
  async function load(view: DriveView, refresh: boolean) {
    const run = Symbol(viewKey(view));
    running = run;
    const fresh = ++generation;
    if (!refresh) listing.value = { view, items: [], generation: fresh, status: 'loading', refreshing: false };
    else update(run, { refreshing: true, error: undefined });
    let items: DriveItem[] = [];
    let token: string | undefined;
    const seen = new Set<string>();
    try {
      do {
        const page = await options.list(view, token);
        if (running !== run) return;
        items = items.length === 0 ? page.items : items.concat(page.items);
        // A token PikPak already gave would list the same pages forever.
        token = page.nextPageToken && !seen.has(page.nextPageToken) ? page.nextPageToken : undefined;
        if (token !== undefined) seen.add(token);
        if (!refresh) update(run, { items, status: token === undefined ? 'done' : 'more' });
      } while (token !== undefined);
      if (refresh) update(run, { items, generation: fresh, status: 'done', refreshing: false });
      remember(view, { items, generation: fresh, loadedAt: now() });
    } catch (error) {
      if (running !== run) return;
      const kind = errorKindOf(error);
      update(run, refresh ? { refreshing: false, error: kind } : { status: 'failed', error: kind });
    } finally {
      if (running === run) running = undefined;
    }
  }

  function open(view: DriveView) {
    const current = listing.value;
    if (current !== undefined && viewKey(current.view) === viewKey(view)) return;
    const cached = cache.get(viewKey(view));
    if (cached === undefined) {
      void load(view, false);
      return;
    }
    running = undefined;
    listing.value = { view, items: cached.items, generation: cached.generation, status: 'done', refreshing: false };
    remember(view, cached);
    if (now() - cached.loadedAt >= freshMs) void load(view, true);
  }

  function reload() {
    const current = listing.value;
    if (current === undefined) return;
    // Rows still arriving or missing are read anew; complete rows stay shown while they are read again.
    void load(current.view, current.status === 'done');
  }

  function invalidate(view: DriveView) {
    cache.delete(viewKey(view));
  }

  function patch(view: DriveView, edit: (items: readonly DriveItem[]) => readonly DriveItem[]) {
    const key = viewKey(view);
    const current = listing.value;
    // Edited rows are a new generation: the page sorts them anew rather than merging them as a next page.
    if (current !== undefined && viewKey(current.view) === key && current.status !== 'loading') {
      listing.value = { ...current, items: edit(current.items), generation: ++generation };
    }
    const cached = cache.get(key);
    if (cached !== undefined) cache.set(key, { ...cached, items: edit(cached.items), generation: ++generation });
  }

  function reset() {
    running = undefined;
    cache.clear();
    listing.value = undefined;
  }

  return { listing, open, reload, invalidate, patch, reset };
}
