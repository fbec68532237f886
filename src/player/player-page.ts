import { batch, computed, signal } from '@preact/signals';
import type { DriveItem, DriveItemDetail, DriveItemPage } from '../shared/domain.ts';
import type { ErrorKind } from '../shared/errors.ts';
import { errorKindOf } from '../ui/error-kind.ts';
import { neighboursOf, playerKindOf, subtitlesFor, type Neighbours, type PlayerKind } from './model/folder.ts';

/**
 * The player page's state: which file is open (the URL's `?id=`, with `&share=` for a share's file), its detail, and
 * its folder (listed page by page in the background, for the previous and next files and the subtitles beside a
 * video). Opening another file changes
 * the URL in place (`replaceState`), so a reload or a bookmark opens that file and Back returns to the file browser.
 */
export interface PlayerPageDeps {
  fetchDetail(id: string): Promise<DriveItemDetail>;
  listFolder(parentId: string, pageToken?: string): Promise<DriveItemPage>;
  /** The page's location and history (window's in the page). */
  location: { readonly search: string; readonly href: string };
  history: Pick<History, 'replaceState'>;
  collator: Intl.Collator;
}

export type PlayerPage = ReturnType<typeof createPlayerPage>;

/** An image's neighbours stay fresh this long (links live ~16 h; a short reuse spares requests while flipping). */
const DETAIL_REUSE_MS = 10 * 60_000;

export function fileIdFromSearch(search: string): string | undefined {
  const id = new URLSearchParams(search).get('id');
  return id === null || id === '' ? undefined : id;
}

/** Where the file is when the player plays from a share (`&share=<id>&folder=<id>`, src/shared/pages.ts). */
export interface ShareOrigin {
  shareId: string;
  /** The share's folder the file is listed in ("" = its top level). */
  folderId: string;
}

export function shareFromSearch(search: string): ShareOrigin | undefined {
  const params = new URLSearchParams(search);
  const shareId = params.get('share');
  return shareId === null || shareId === '' ? undefined : { shareId, folderId: params.get('folder') ?? '' };
}

export function createPlayerPage(deps: PlayerPageDeps) {
  const id = signal<string | undefined>(fileIdFromSearch(deps.location.search));
  const detail = signal<DriveItemDetail | undefined>(undefined);
  /** The open file as known so far: its row in the folder while its detail loads, then the detail. */
  const item = signal<DriveItem | undefined>(undefined);
  const error = signal<ErrorKind | undefined>(undefined);
  const folderItems = signal<DriveItem[] | undefined>(undefined);
  const folders = new Map<string, Promise<DriveItem[]>>();
  const details = new Map<string, { at: number; detail: Promise<DriveItemDetail> }>();

  const kind = computed<PlayerKind | undefined>(() => (item.value ? playerKindOf(item.value) : undefined));
  const neighbours = computed<Neighbours>(() => {
    const open = item.value;
    const items = folderItems.value;
    return open && items ? neighboursOf(items, open, deps.collator) : {};
  });
  const subtitleFiles = computed(() => {
    const open = detail.value;
    const items = folderItems.value;
    return open && items && kind.value === 'video' ? subtitlesFor(items, open) : [];
  });

  function fetchDetail(fileId: string, reuse: boolean): Promise<DriveItemDetail> {
    const known = details.get(fileId);
    if (reuse && known !== undefined && Date.now() - known.at < DETAIL_REUSE_MS) return known.detail;
    const detailPromise = deps.fetchDetail(fileId);
    details.set(fileId, { at: Date.now(), detail: detailPromise });
    detailPromise.catch(() => details.delete(fileId));
    return detailPromise;
  }

  /** Every page of a folder (PikPak may repeat a page token: a repeat ends the listing, §9.13). */
  function listAll(parentId: string): Promise<DriveItem[]> {
    let listing = folders.get(parentId);
    if (listing === undefined) {
      listing = (async () => {
        const items: DriveItem[] = [];
        const seen = new Set<string>();
        let token: string | undefined;
        do {
          const page = await deps.listFolder(parentId, token);
          items.push(...page.items);
          token = page.nextPageToken;
          if (token !== undefined && seen.has(token)) break;
          if (token !== undefined) seen.add(token);
        } while (token !== undefined);
        return items;
      })();
      folders.set(parentId, listing);
      listing.catch(() => folders.delete(parentId));
    }
    return listing;
  }

  async function load(fileId: string, reuse: boolean): Promise<void> {
    try {
      const loaded = await fetchDetail(fileId, reuse);
      if (id.value !== fileId) return;
      batch(() => {
        detail.value = loaded;
        item.value = loaded;
        error.value = undefined;
      });
      const items = await listAll(loaded.parentId);
      if (id.value === fileId) folderItems.value = items;
      if (playerKindOf(loaded) === 'image') prefetchNeighbours();
    } catch (failure) {
      // A folder that cannot be listed only costs the previous and next buttons; the file still plays.
      if (id.value === fileId && detail.value?.id !== fileId) error.value = errorKindOf(failure);
      else console.warn('Could not list the folder', failure);
    }
  }

  /** Flipping through images should not wait for each image's link. */
  function prefetchNeighbours() {
    const { previous, next } = neighbours.value;
    for (const neighbour of [next, previous]) if (neighbour) fetchDetail(neighbour.id, true).catch(() => undefined);
  }

  return {
    id,
    /** Set when the file is a share's (it plays from the share, and Back returns to the share's folder). */
    share: shareFromSearch(deps.location.search),
    detail,
    item,
    error,
    kind,
    neighbours,
    subtitleFiles,
    folderItems,
    start(): void {
      if (id.value !== undefined) void load(id.value, false);
    },
    /** Opens another file of the folder in this page. */
    open(next: DriveItem): void {
      const url = new URL(deps.location.href);
      url.searchParams.set('id', next.id);
      deps.history.replaceState(null, '', url.href);
      batch(() => {
        id.value = next.id;
        error.value = undefined;
        detail.value = undefined;
        // The folder stays listed: the neighbours are known at once.
        item.value = next;
      });
      void load(next.id, true);
    },
    previous(): void {
      const previous = neighbours.value.previous;
      if (previous) this.open(previous);
    },
    next(): void {
      const next = neighbours.value.next;
      if (next) this.open(next);
    },
    retry(): void {
      error.value = undefined;
      if (id.value !== undefined) void load(id.value, false);
    },
    /** The detail again, with fresh links (a refresh after an expired link bypasses the reuse). */
    freshDetail: (fileId: string) => fetchDetail(fileId, false),
  };
}
