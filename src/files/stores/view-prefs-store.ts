import { computed, type ReadonlySignal } from '@preact/signals';
import { DEFAULT_FILES_VIEW, filesViewItem, type FilesViewPrefs } from '../../shared/files-view.ts';
import { itemSource, storedSignal, type StoredSource } from '../../ui/stored-signal.ts';

export interface ViewPrefsStore {
  /** The defaults until storage answered, then the stored choices (also those made in another tab). */
  prefs: ReadonlySignal<FilesViewPrefs>;
  /** Shows a choice at once and stores it. */
  update: (patch: Partial<FilesViewPrefs>) => void;
  start: () => () => void;
}

export interface ViewPrefsDeps {
  source: StoredSource<Partial<FilesViewPrefs>>;
  save: (prefs: Partial<FilesViewPrefs>) => Promise<void>;
}

const browserDeps = (): ViewPrefsDeps => ({
  source: itemSource(filesViewItem),
  save: (prefs) => filesViewItem.set(prefs),
});

/** Sort, layout, kind filter and the details panel, remembered in the `filesView` item. */
export function createViewPrefsStore(deps: ViewPrefsDeps = browserDeps()): ViewPrefsStore {
  const stored = storedSignal<Partial<FilesViewPrefs>, Partial<FilesViewPrefs>>(deps.source, {
    what: 'the file browser’s view',
    initial: {},
    onReadError: {},
  });
  const prefs = computed(() => ({ ...DEFAULT_FILES_VIEW, ...stored.value.value }));
  function update(patch: Partial<FilesViewPrefs>) {
    const next = { ...stored.value.value, ...patch };
    stored.set(next);
    deps.save(next).catch((error: unknown) => console.warn('Could not store the file browser’s view', error));
  }
  return { prefs, update, start: stored.start };
}
