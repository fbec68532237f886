import { batch, computed, effect, signal, untracked, type ReadonlySignal, type Signal } from '@preact/signals';
import type { DriveItem } from '../shared/domain.ts';
import { MY_DRIVE, sameView, type DriveView } from '../shared/drive-view.ts';
import type { FolderRef } from '../shared/folders.ts';
import type { TaskSnapshot } from '../shared/task-snapshot.ts';
import { storedSignal, type StoredSource } from '../ui/stored-signal.ts';
import { createArranger } from './model/arrange.ts';
import { isListView, isSharesView, SHARES, shareView, type FilesView } from './model/route.ts';
import { indexIn, keepShown, NO_SELECTION, selectOnly, type Selection } from './model/selection.ts';
import { createListingStore, type ListingStore, type ListPage } from './stores/listing-store.ts';
import { createNavigation, type Navigation, type NavigationWindow } from './stores/navigation.ts';
import { createPathStore, type FolderPath, type PathStore } from './stores/path-store.ts';
import { foldersWithNewDownloads } from './stores/task-landing.ts';
import { createViewPrefsStore, type ViewPrefsDeps, type ViewPrefsStore } from './stores/view-prefs-store.ts';
import type { SharePath, ShareStore } from './shares/share-store.ts';

export interface FilesPageDeps {
  list: ListPage;
  ancestors: (folderId: string) => Promise<FolderPath>;
  win: NavigationWindow;
  /** The signed-in account's id; undefined while signed out or checking. Browsing the drive waits for it. */
  account: ReadonlySignal<string | undefined>;
  /** Known to be signed out (not still checking): shares are read without an account. */
  signedOut?: ReadonlySignal<boolean>;
  /** Shares opened in this tab (src/files/shares/share-store.ts); the listing reads them through `list`. */
  shares: ShareStore;
  /** The task monitor's snapshot: a download finishing in the open folder shows up without a reload. */
  tasks: StoredSource<TaskSnapshot | null>;
  /** Whether the browser is online, and its changes. */
  online: { now: () => boolean; watch: (callback: (online: boolean) => void, signal: AbortSignal) => void };
  prefs?: ViewPrefsDeps;
  locale?: string;
  /**
   * The root folder (Options › Downloads › Root folder): My Drive opens there. null = the drive's own root;
   * undefined while the settings are read (My Drive waits for it, so it does not list the wrong folder first).
   */
  home?: ReadonlySignal<FolderRef | null | undefined>;
}

/** Everything the file-browser tab shows, as signals, with what the user does to them. */
export interface FilesPage {
  navigation: Navigation;
  listing: ListingStore;
  paths: PathStore;
  prefs: ViewPrefsStore;
  shares: ShareStore;
  /** The open share folder's walked path (below the share's top); undefined outside shares or when not known. */
  sharePath: ReadonlySignal<SharePath | undefined>;
  /** The header's name filter. */
  query: Signal<string>;
  selection: Signal<Selection>;
  /** The open view's items, sorted and filtered, as the list shows them. */
  shown: ReadonlySignal<readonly DriveItem[]>;
  online: ReadonlySignal<boolean>;
  /** Where Up goes: the open folder's parent (a share's top goes to Shares); undefined at My Drive and elsewhere. */
  parent: ReadonlySignal<FilesView | undefined>;
  /** The root folder My Drive opens at (null: the drive's root; also once it was found gone in this tab). */
  home: ReadonlySignal<FolderRef | null | undefined>;
  /** The root folder is gone: this tab uses the drive's own root from now on, and opens it. */
  leaveHome: () => void;
  /** Opens a folder (its path is the open folder's plus itself, known without asking), in the drive or a share. */
  openFolder: (folder: DriveItem) => void;
  /** Opens a view with items selected once they are shown (the folder something was saved into). */
  reveal: (view: DriveView, ids: readonly string[]) => void;
  up: () => void;
  start: () => () => void;
}

const folderOf = (view: FilesView) => (view.kind === 'folder' || view.kind === 'share' ? view.id : undefined);

export function createFilesPage(deps: FilesPageDeps): FilesPage {
  const browserNavigation = createNavigation(deps.win);
  // My Drive (the sidebar, "Open My Drive") is the root folder when one is set: straight there, one history entry.
  const navigation: Navigation = {
    ...browserNavigation,
    go: (view) => {
      const top = homeId.peek();
      browserNavigation.go(view.kind === 'folder' && view.id === '' && top ? { kind: 'folder', id: top } : view);
    },
  };
  const listing = createListingStore({ list: deps.list });
  const paths = createPathStore(deps.ancestors);
  const prefs = createViewPrefsStore(deps.prefs);
  const query = signal('');
  const selection = signal<Selection>(NO_SELECTION);
  const online = signal(deps.online.now());
  const tasks = storedSignal(deps.tasks, { what: 'the task list', onReadError: null });
  const arrange = createArranger(deps.locale);
  const homeGone = signal(false);
  const home = computed(() => (homeGone.value ? null : deps.home === undefined ? null : deps.home.value));
  // Its id alone: another setting changing hands out a new object, which must not reopen the view.
  const homeId = computed(() => (home.value === undefined ? undefined : (home.value?.id ?? null)));

  const shown = computed(() => {
    const current = listing.listing.value;
    if (current === undefined) return [];
    const { sortKey, sortDescending, kind } = prefs.prefs.value;
    const started = performance.now();
    const arranged = arrange(current, { sort: { key: sortKey, descending: sortDescending }, kind, query: query.value });
    // Sorting and filtering alone, without drawing: `npm run bench` reads it after a click on a column.
    performance.measure('files-arrange', { start: started, detail: { items: current.items.length } });
    return arranged;
  });

  const { shares } = deps;
  const sharePath = computed(() => {
    const view = navigation.view.value;
    return view.kind === 'share' ? shares.pathOf(view.shareId, view.id) : undefined;
  });

  const parent = computed((): FilesView | undefined => {
    const view = navigation.view.value;
    if (view.kind === 'share') {
      if (view.id === '') return SHARES;
      // Not knowing the way down (an address typed in), Up goes to the share's top.
      return shareView(view.shareId, sharePath.value?.at(-2)?.id ?? '');
    }
    const path = paths.current.value;
    if (view.kind !== 'folder' || path?.status !== 'ready' || path.path.length === 0) return undefined;
    // The root folder is the top: Up stops there as it does at My Drive.
    if (view.id === homeId.value) return undefined;
    return { kind: 'folder', id: path.path.at(-2)?.id ?? '' };
  });

  function openFolder(folder: DriveItem) {
    const here = paths.current.value;
    const view = navigation.view.value;
    const next: FolderRef = { id: folder.id, name: folder.name };
    if (view.kind === 'share') {
      shares.remember(view.shareId, [...(sharePath.value ?? []), next]);
      navigation.go(shareView(view.shareId, folder.id));
      return;
    }
    // From a folder whose path is known, the new path is known too; from Starred or Trash it is asked for.
    if (view.kind === 'folder' && here?.status === 'ready' && here.of === view.id) paths.remember([...here.path, next]);
    navigation.go({ kind: 'folder', id: folder.id });
  }

  function leaveHome() {
    homeGone.value = true;
    navigation.go(MY_DRIVE);
  }

  function up() {
    const to = parent.value;
    if (to !== undefined) navigation.go(to);
  }

  /** Items to select in the next view once its rows show them (cleared by any other view). */
  let toReveal: { view: DriveView; ids: readonly string[] } | undefined;
  function reveal(view: DriveView, ids: readonly string[]) {
    // Its rows are read afresh: what was just saved there is not in a list kept from before.
    listing.invalidate(view);
    toReveal = { view, ids };
    navigation.go(view);
  }

  function start() {
    const stop = new AbortController();
    const stops = [navigation.start(), prefs.start(), tasks.start(), shares.start(), () => stop.abort()];
    deps.online.watch((now) => {
      online.value = now;
      // Back online: a view that could not load tries again by itself.
      if (now && listing.listing.value?.error !== undefined) listing.reload();
    }, stop.signal);

    let account: string | undefined;
    let previous: FilesView | undefined;
    /** The folder just left: selected in the new view when it is there (up, back, a breadcrumb), as Explorer does. */
    let cameFrom: string | undefined;
    stops.push(
      effect(() => {
        const sub = deps.account.value;
        const signedOut = deps.signedOut?.value === true;
        const view = navigation.view.value;
        const top = homeId.value;
        if (view.kind === 'folder' && view.id === '') {
          // My Drive waits for the root folder setting, then opens there (in the same history entry).
          if (top === undefined) return;
          if (top !== null) {
            untracked(() => navigation.replace({ kind: 'folder', id: top }));
            return;
          }
        }
        if (sub !== account) {
          if (account !== undefined) {
            listing.reset();
            shares.reset();
          }
          account = sub;
        }
        // Shares are read signed out too; the drive waits for the account.
        if (sub === undefined && !(signedOut && isSharesView(view))) return;
        // Only the account and the view trigger this: what the stores read while opening must not.
        untracked(() => {
          cameFrom = previous === undefined ? undefined : folderOf(previous);
          previous = view;
          batch(() => {
            selection.value = NO_SELECTION;
            query.value = '';
          });
          if (isListView(view)) listing.open(view);
          paths.show(view.kind === 'folder' ? view.id : undefined);
        });
      }),
    );

    // What is selected stays within what is shown (a filter, a reload, a new view).
    stops.push(
      effect(() => {
        const items = shown.value;
        const view = listing.listing.peek()?.view;
        if (toReveal !== undefined && (view === undefined || !sameView(view, toReveal.view))) toReveal = undefined;
        const found = toReveal?.ids.filter((id) => indexIn(items, id) >= 0) ?? [];
        if (found.length > 0) {
          selection.value = { selected: new Set(found), anchor: found[0] ?? null, focus: found[0] ?? null };
          toReveal = undefined;
          return;
        }
        if (cameFrom !== undefined && indexIn(items, cameFrom) >= 0) {
          selection.value = selectOnly(cameFrom);
          cameFrom = undefined;
          return;
        }
        if (listing.listing.peek()?.status === 'done') cameFrom = undefined;
        selection.value = keepShown(selection.peek(), items);
      }),
    );

    let before = tasks.value.peek();
    stops.push(
      effect(() => {
        const after = tasks.value.value;
        const landed = foldersWithNewDownloads(before, after);
        before = after;
        const here = navigation.view.peek();
        const open = here.kind === 'folder' ? here.id : undefined;
        untracked(() => {
          for (const folder of landed) {
            if (folder === open) listing.reload();
            else listing.invalidate({ kind: 'folder', id: folder });
          }
        });
      }),
    );
    return () => stops.forEach((each) => each());
  }

  return {
    ...{ navigation, listing, paths, prefs, shares, sharePath, query, selection, shown, online, parent, home },
    ...{ openFolder, reveal, up, leaveHome, start },
  };
}
