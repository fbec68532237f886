import { signal, type ReadonlySignal } from '@preact/signals';
import type { ErrorKind } from '../../shared/errors.ts';
import type { FolderRef } from '../../shared/folders.ts';
import { errorKindOf } from '../../ui/error-kind.ts';

/** The folders from My Drive's top down to a folder (inclusive); My Drive itself is []. */
export type FolderPath = readonly FolderRef[];

/** The open folder's path as the breadcrumbs show it. */
export type PathState =
  | { of: string; status: 'loading' }
  | { of: string; status: 'ready'; path: FolderPath }
  | { of: string; status: 'error'; kind: ErrorKind };

export interface PathStore {
  /** The path of the folder last `show`n; undefined outside folders (Starred, Trash). */
  current: ReadonlySignal<PathState | undefined>;
  /** Follows a folder: known paths at once, others from `drive.ancestors`. `undefined` shows no path. */
  show: (folderId: string | undefined) => void;
  /** A path the page already knows (a folder opened from the list: its parent's path plus itself). */
  remember: (path: FolderPath) => void;
  /** Any folder's path, from memory or asked once (the details panel's "Where"). */
  pathOf: (folderId: string) => Promise<FolderPath>;
  /** Forgets every path but the one shown (folders were renamed, moved or deleted): they are asked for again. */
  forget: () => void;
}

/**
 * Paths of folders, asked of the worker once each (`drive.ancestors`) and kept for the page's life: a folder
 * opened from the list never waits for one, and neither does going back.
 */
export function createPathStore(ancestors: (id: string) => Promise<FolderPath>): PathStore {
  const known = new Map<string, FolderPath>([['', []]]);
  const asking = new Map<string, Promise<FolderPath>>();
  const current = signal<PathState | undefined>(undefined);

  function remember(path: FolderPath) {
    // Every folder on a known path has a known path too.
    path.forEach((folder, index) => known.set(folder.id, path.slice(0, index + 1)));
  }

  function pathOf(folderId: string): Promise<FolderPath> {
    const found = known.get(folderId);
    if (found !== undefined) return Promise.resolve(found);
    let pending = asking.get(folderId);
    if (pending === undefined) {
      pending = ancestors(folderId).then(
        (path) => {
          asking.delete(folderId);
          remember(path);
          return path;
        },
        (error: unknown) => {
          asking.delete(folderId);
          throw error;
        },
      );
      asking.set(folderId, pending);
    }
    return pending;
  }

  function show(folderId: string | undefined) {
    if (folderId === undefined) {
      current.value = undefined;
      return;
    }
    const found = known.get(folderId);
    if (found !== undefined) {
      current.value = { of: folderId, status: 'ready', path: found };
      return;
    }
    current.value = { of: folderId, status: 'loading' };
    pathOf(folderId).then(
      (path) => {
        if (current.value?.of === folderId) current.value = { of: folderId, status: 'ready', path };
      },
      (error: unknown) => {
        if (current.value?.of === folderId) current.value = { of: folderId, status: 'error', kind: errorKindOf(error) };
      },
    );
  }

  function forget() {
    const shown = current.value;
    known.clear();
    known.set('', []);
    if (shown?.status === 'ready') remember(shown.path);
  }

  return { current, show, remember, pathOf, forget };
}
