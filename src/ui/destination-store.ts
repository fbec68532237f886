import { computed, type ReadonlySignal } from '@preact/signals';
import type { Destination, FolderDestination } from '../shared/destination.ts';
import {
  getSettings,
  onSettingsChanged,
  DEFAULT_SETTINGS,
  recentFoldersItem,
  updateSettings,
  type Settings,
} from '../shared/settings.ts';
import { itemSource, storedSignal, type StoredSource } from './stored-signal.ts';

export interface DestinationStoreDeps {
  settings: StoredSource<Settings>;
  recentFolders: StoredSource<FolderDestination[]>;
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
  // A failed read shows the defaults: links then go to My Pack, as they would with nothing set.
  const settings = storedSignal(deps.settings, { what: 'the settings', onReadError: DEFAULT_SETTINGS });
  const recent = storedSignal(deps.recentFolders, { what: 'the recent folders', initial: [] });
  const defaultDestination = computed(() => settings.value.value?.defaultDestination);

  function start() {
    const stops = [settings.start(), recent.start()];
    return () => stops.forEach((stop) => stop());
  }

  async function setDefault(destination: Destination) {
    await deps.saveDefault(destination);
    settings.set({ ...(settings.value.value ?? DEFAULT_SETTINGS), defaultDestination: destination });
  }

  return { defaultDestination, recentFolders: recent.value, start, setDefault };
}

/** The store over browser.storage. */
export function createBrowserDestinationStore(): DestinationStore {
  return createDestinationStore({
    settings: { read: getSettings, watch: (callback, signal) => onSettingsChanged(callback, signal) },
    recentFolders: itemSource(recentFoldersItem),
    saveDefault: (destination) => updateSettings({ defaultDestination: destination }),
  });
}
