import { signal, type ReadonlySignal } from '@preact/signals';
import type { Destination } from '../shared/send-queue.ts';
import {
  getSettings,
  onSettingsChanged,
  recentFoldersItem,
  updateSettings,
  type Settings,
} from '../shared/settings.ts';
import { followStored } from './follow-stored.ts';

export type FolderDestination = Extract<Destination, { kind: 'folder' }>;

export interface DestinationStoreDeps {
  readSettings: () => Promise<Settings>;
  watchSettings: (callback: (settings: Settings) => void, signal: AbortSignal) => void;
  readRecent: () => Promise<FolderDestination[]>;
  watchRecent: (callback: (recent: FolderDestination[]) => void, signal: AbortSignal) => void;
  saveDefault: (destination: Destination) => Promise<unknown>;
}

export interface DestinationStore {
  /** The default destination (Options › Downloads); `undefined` until storage answered. */
  defaultDestination: ReadonlySignal<Destination | undefined>;
  /** Folders links were sent to lately, newest first. */
  recentFolders: ReadonlySignal<FolderDestination[]>;
  /** Reads storage and follows its changes; returns the function that stops following. */
  start: () => () => void;
  setDefault: (destination: Destination) => Promise<void>;
}

/** Where links go, as signals for one page: the default destination and the recent folders. */
export function createDestinationStore(deps: DestinationStoreDeps): DestinationStore {
  const defaultDestination = signal<Destination | undefined>(undefined);
  const recentFolders = signal<FolderDestination[]>([]);

  function start() {
    const stop = new AbortController();
    followStored({
      read: deps.readSettings,
      watch: deps.watchSettings,
      set: (settings) => (defaultDestination.value = settings.defaultDestination),
      onReadError: () => (defaultDestination.value = { kind: 'my-pack' }),
      signal: stop.signal,
      what: 'the settings',
    });
    followStored({
      read: deps.readRecent,
      watch: deps.watchRecent,
      set: (recent) => (recentFolders.value = recent),
      signal: stop.signal,
      what: 'the recent folders',
    });
    return () => stop.abort();
  }

  async function setDefault(destination: Destination) {
    await deps.saveDefault(destination);
    defaultDestination.value = destination;
  }

  return { defaultDestination, recentFolders, start, setDefault };
}

/** The store over browser.storage. */
export function createBrowserDestinationStore(): DestinationStore {
  return createDestinationStore({
    readSettings: getSettings,
    watchSettings: (callback, signal) => onSettingsChanged(callback, signal),
    readRecent: () => recentFoldersItem.get(),
    watchRecent: (callback, signal) => recentFoldersItem.onChanged(callback, signal),
    saveDefault: (destination) => updateSettings({ defaultDestination: destination }),
  });
}
