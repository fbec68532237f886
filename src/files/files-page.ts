import { batch, computed, effect, signal, untracked, type ReadonlySignal, type Signal } from '@preact/signals';
import type { DriveItem } from '../shared/domain.ts';
import type { DriveView } from '../shared/drive-view.ts';
import type { TaskSnapshot } from '../shared/task-snapshot.ts';
import { storedSignal, type StoredSource } from '../ui/stored-signal.ts';
import { createArranger } from './model/arrange.ts';
import { indexIn, keepShown, NO_SELECTION, selectOnly, type Selection } from './model/selection.ts';
import { createListingStore, type ListingStore, type ListPage } from './stores/listing-store.ts';
import { createNavigation, type Navigation, type NavigationWindow } from './stores/navigation.ts';
import { createPathStore, type FolderPath, type PathStore } from './stores/path-store.ts';
import { foldersWithNewDownloads } from './stores/task-landing.ts';
import { createViewPrefsStore, type ViewPrefsDeps, type ViewPrefsStore } from './stores/view-prefs-store.ts';

export interface FilesPageDeps {
  list: ListPage;
  ancestors: (folderId: string) => Promise<FolderPath>;
  win: NavigationWindow;
  /** The signed-in account's id; undefined while signed out or checking. Browsing waits for it. */
  account: ReadonlySignal<string | undefined>;
  /** The task monitor's snapshot: a download finishing in the open folder shows up without a reload. */
  tasks: StoredSource<TaskSnapshot | null>;
  /** Whether the browser is online, and its changes. */
  online: { now: () => boolean; watch: (callback: (online: boolean) => void, signal: AbortSignal) => void };
  prefs?: ViewPrefsDeps;
  locale?: string;
}

/** Everything the file-browser tab shows, as signals, with what the user does to them. */
export interface FilesPage {
  navigation: Navigation;
  listing: ListingStore;
  paths: PathStore;
  prefs: ViewPrefsStore;
  /** The header's name filter. */
  query: Signal<string>;
  selection: Signal<Selection>;
  /** The open view's items, sorted and filtered, as the list shows them. */
  shown: ReadonlySignal<readonly DriveItem[]>;
  online: ReadonlySignal<boolean>;
  /** The parent of the open folder; undefined at My Drive and outside folders. */
  parent: ReadonlySignal<string | undefined>;
  /** Opens a folder (its path is the open folder's plus itself, known without asking). */
  openFolder: (folder: DriveItem) => void;
  up: () => void;
  start: () => () => void;
}

const folderOf = (view: DriveView) => (view.kind === 'folder' ? view.id : undefined);

export function createFilesPage(deps: FilesPageDeps): FilesPage {
  const navigation = createNavigation(deps.win);
  const listing = createListingStore({ list: deps.list });
  const paths = createPathStore(deps.ancestors);
  const prefs = createViewPrefsStore(deps.prefs);
  const query = signal('');
  const selection = signal<Selection>(NO_SELECTION);
  const online = signal(deps.online.now());
  const tasks = storedSignal(deps.tasks, { what: 'the task list', onReadError: null });
  const arrange = createArranger(deps.locale);

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

  const parent = computed(() => {
    const path = paths.current.value;
    if (path?.status !== 'ready' || path.path.length === 0) return undefined;
    return path.path.at(-2)?.id ?? '';
  });

  function openFolder(folder: DriveItem) {
    const here = paths.current.value;
    const view = navigation.view.value;
    // From a folder whose path is known, the new path is known too; from Starred or Trash it is asked for.
    if (view.kind === 'folder' && here?.status === 'ready' && here.of === view.id) {
      paths.remember([...here.path, { id: folder.id, name: folder.name }]);
    }
    navigation.go({ kind: 'folder', id: folder.id });
  }

  function up() {
    const to = parent.value;
    if (to !== undefined) navigation.go({ kind: 'folder', id: to });
  }

  function start() {
    const stop = new AbortController();
    const stops = [navigation.start(), prefs.start(), tasks.start(), () => stop.abort()];
    deps.online.watch((now) => {
      online.value = now;
      // Back online: a view that could not load tries again by itself.
      if (now && listing.listing.value?.error !== undefined) listing.reload();
    }, stop.signal);

    let account: string | undefined;
    let previous: DriveView | undefined;
    /** The folder just left: selected in the new view when it is there (up, back, a breadcrumb), as Explorer does. */
    let cameFrom: string | undefined;
    stops.push(
      effect(() => {
        const sub = deps.account.value;
        const view = navigation.view.value;
        if (sub !== account) {
          if (account !== undefined) listing.reset();
          account = sub;
        }
        if (sub === undefined) return;
        // Only the account and the view trigger this: what the stores read while opening must not.
        untracked(() => {
          cameFrom = previous === undefined ? undefined : folderOf(previous);
          previous = view;
          batch(() => {
            selection.value = NO_SELECTION;
            query.value = '';
          });
          listing.open(view);
          paths.show(folderOf(view));
        });
      }),
    );

    // What is selected stays within what is shown (a filter, a reload, a new view).
    stops.push(
      effect(() => {
        const items = shown.value;
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
        const open = folderOf(navigation.view.peek());
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

  return { navigation, listing, paths, prefs, query, selection, shown, online, parent, openFolder, up, start };
}
