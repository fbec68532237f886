import { batch, signal, type ReadonlySignal } from '@preact/signals';
import { hashForView, samePlace, viewFromHash, type FilesView } from '../model/route.ts';

/** What navigation needs of the window; tests pass their own. */
export interface NavigationWindow {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'state' | 'pushState' | 'replaceState' | 'back' | 'forward'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  addEventListener: (type: 'popstate' | 'hashchange', listener: () => void) => void;
  removeEventListener: (type: 'popstate' | 'hashchange', listener: () => void) => void;
}

export interface Navigation {
  view: ReadonlySignal<FilesView>;
  canGoBack: ReadonlySignal<boolean>;
  canGoForward: ReadonlySignal<boolean>;
  /** A new history entry for the view (nothing when it is already shown). */
  go: (view: FilesView) => void;
  /** The view in place of the open one, in the same history entry (My Drive opening at the root folder). */
  replace: (view: FilesView) => void;
  back: () => void;
  forward: () => void;
  /** Follows the browser's back, forward and typed addresses. Returns the function that stops following. */
  start: () => () => void;
}

/** Our position in the tab's history is kept in each entry's state; the furthest one in the tab's session. */
const TOP_KEY = 'files.historyTop';
type EntryState = { filesIndex: number };

const indexOf = (state: unknown): number | undefined =>
  typeof state === 'object' && state !== null && typeof (state as EntryState).filesIndex === 'number'
    ? (state as EntryState).filesIndex
    : undefined;

/**
 * The file browser's place in the browser's own history: each view is an entry whose URL hash names it
 * (model/route.ts), so the browser's back and forward, reload and bookmarks work, and the page's own Back and
 * Forward buttons know whether there is somewhere to go (which `History` does not tell).
 */
export function createNavigation(win: NavigationWindow): Navigation {
  const view = signal<FilesView>(viewFromHash(win.location.hash));
  let index = indexOf(win.history.state) ?? 0;
  let top = Math.max(index, Number(win.sessionStorage.getItem(TOP_KEY) ?? 0) || 0);
  const canGoBack = signal(index > 0);
  const canGoForward = signal(index < top);

  function place(nextIndex: number, nextTop: number) {
    index = nextIndex;
    top = nextTop;
    win.sessionStorage.setItem(TOP_KEY, String(top));
    batch(() => {
      canGoBack.value = index > 0;
      canGoForward.value = index < top;
    });
  }

  function urlFor(next: FilesView): string {
    return hashForView(next) || `${win.location.pathname}${win.location.search}`;
  }

  function go(next: FilesView) {
    if (samePlace(next, view.value)) return;
    win.history.pushState({ filesIndex: index + 1 } satisfies EntryState, '', urlFor(next));
    place(index + 1, index + 1);
    view.value = next;
  }

  function replace(next: FilesView) {
    if (samePlace(next, view.value)) return;
    win.history.replaceState({ filesIndex: index } satisfies EntryState, '', urlFor(next));
    view.value = next;
  }

  // Back, forward, or an address typed or followed in this tab (that entry has no index of ours yet).
  const follow = () => {
    const known = indexOf(win.history.state);
    if (known === undefined) {
      win.history.replaceState({ filesIndex: index + 1 } satisfies EntryState, '', null);
      place(index + 1, index + 1);
    } else if (known !== index) {
      place(known, Math.max(top, known));
    }
    const next = viewFromHash(win.location.hash);
    if (!samePlace(next, view.value)) view.value = next;
  };

  function start() {
    if (indexOf(win.history.state) === undefined) {
      win.history.replaceState({ filesIndex: index } satisfies EntryState, '', null);
    }
    place(index, top);
    win.addEventListener('popstate', follow);
    win.addEventListener('hashchange', follow);
    return () => {
      win.removeEventListener('popstate', follow);
      win.removeEventListener('hashchange', follow);
    };
  }

  return {
    view,
    canGoBack,
    canGoForward,
    go,
    replace,
    back: () => {
      if (canGoBack.value) win.history.back();
    },
    forward: () => {
      if (canGoForward.value) win.history.forward();
    },
    start,
  };
}
