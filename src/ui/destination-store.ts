import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Destination, FolderDestination } from '../shared/destination.ts';
import { ruleFor, type SiteRule } from '../shared/site-rules.ts';
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
  /** The address of the page the page is about (the popup: the active tab), for folders by website. */
  pageUrl?: (() => Promise<string | undefined>) | undefined;
}

export interface DestinationStore {
  /** The default destination (Options › Downloads); `undefined` until storage answered. */
  defaultDestination: ReadonlySignal<Destination | undefined>;
  /** Folders links were sent to lately, newest first. */
  recentFolders: ReadonlySignal<FolderDestination[]>;
  /** The folders-by-website rule for the page the popup was opened on, if one applies. */
  pageRule: ReadonlySignal<SiteRule | undefined>;
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
  const pageUrl = signal<string | undefined>(undefined);
  const pageRule = computed(() => ruleFor(settings.value.value?.siteRules ?? [], pageUrl.value));

  function start() {
    const stops = [settings.start(), recent.start()];
    deps.pageUrl?.().then(
      (url) => (pageUrl.value = url),
      // No page (a window without tabs) or no access to it: no rule, the default applies.
      () => undefined,
    );
    return () => stops.forEach((stop) => stop());
  }

  async function setDefault(destination: Destination) {
    await deps.saveDefault(destination);
    settings.set({ ...(settings.value.value ?? DEFAULT_SETTINGS), defaultDestination: destination });
  }

  return { defaultDestination, recentFolders: recent.value, pageRule, start, setDefault };
}

/** The store over browser.storage; `pageUrl` for pages that follow a tab's site (the popup). */
export function createBrowserDestinationStore(pageUrl?: DestinationStoreDeps['pageUrl']): DestinationStore {
  return createDestinationStore({
    pageUrl,
    settings: { read: getSettings, watch: (callback, signal) => onSettingsChanged(callback, signal) },
    recentFolders: itemSource(recentFoldersItem),
    saveDefault: (destination) => updateSettings({ defaultDestination: destination }),
  });
}
