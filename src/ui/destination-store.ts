import { signal, type ReadonlySignal } from '@preact/signals';
import type { Destination } from '../shared/send-queue.ts';
import { getSettings, onSettingsChanged, recentFoldersItem, updateSettings, type Settings } from '../shared/settings.ts';

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
    let settingsSeen = false;
    let recentSeen = false;
    deps.watchSettings((settings) => {
      settingsSeen = true;
      defaultDestination.value = settings.defaultDestination;
    }, stop.signal);
    deps.watchRecent((recent) => {
      recentSeen = true;
      recentFolders.value = recent;
    }, stop.signal);
    deps.readSettings().then(
      (settings) => {
        if (!settingsSeen && !stop.signal.aborted) defaultDestination.value = settings.defaultDestination;
      },
      (caught: unknown) => {
        console.warn('Could not read the settings', caught);
        if (!settingsSeen) defaultDestination.value = { kind: 'my-pack' };
      },
    );
    deps.readRecent().then(
      (recent) => {
        if (!recentSeen && !stop.signal.aborted) recentFolders.value = recent;
      },
      (caught: unknown) => console.warn('Could not read the recent folders', caught),
    );
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
