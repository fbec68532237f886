import { isDestination, type Destination, type FolderDestination } from './destination.ts';
import type { FolderRef } from './folders.ts';
import { isSiteRuleList, type SiteRule } from './site-rules.ts';
import { defineItem, isRecord } from './storage.ts';

/**
 * The user's choices (Options page). Pages write them; the background reads them when it needs them. Stored
 * as a partial object merged over the defaults, so a setting added later starts at its default for everyone.
 */
export interface Settings {
  /** Where "Send to PikPak" and quick add save by default. */
  defaultDestination: Destination;
  /** A notification when links reached PikPak (task name, folder, Open). */
  notifySent: boolean;
  /** A notification when PikPak refused a link for good (reason, Retry). */
  notifySendFailed: boolean;
  /** A notification when an offline download finished. */
  notifyTaskComplete: boolean;
  /** A notification when an offline download failed. */
  notifyTaskFailed: boolean;
  /** The number of running downloads on the toolbar icon (and a mark when one failed). */
  showBadge: boolean;
  /**
   * The seed's "Disable media link": downloads and exported links use the original file's link
   * (`links["application/octet-stream"]` / `web_content_link`), never a media link, which may be a transcode.
   */
  disableMediaLinks: boolean;
  /**
   * The seed's "Use transcoding address" (PikPak Share): a share's video is downloaded and played from its transcoded
   * address, which yields the whole (transcoded) file, not the original's link (§8.3).
   */
  useTranscodingAddress: boolean;
  /** Folders by website: links sent from a ruled site's pages go to the rule's folder (`site-rules.ts`). */
  siteRules: SiteRule[];
  /**
   * The seed's "Root folder id": the folder the file browser opens as its home (its "My Drive"), with the name it
   * had when chosen; null is the drive's own root.
   */
  rootFolder: FolderRef | null;
}

export const DEFAULT_SETTINGS: Settings = {
  defaultDestination: { kind: 'my-pack' },
  notifySent: true,
  notifySendFailed: true,
  notifyTaskComplete: true,
  notifyTaskFailed: true,
  showBadge: true,
  disableMediaLinks: false,
  useTranscodingAddress: false,
  siteRules: [],
  rootFolder: null,
};

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** A folder as the root-folder setting holds it: a non-empty id and a name. */
export function isRootFolder(value: unknown): value is FolderRef | null {
  if (value === null) return true;
  return isRecord(value) && typeof value.id === 'string' && value.id !== '' && typeof value.name === 'string';
}

/** What each setting may hold: checked on every read of the stored settings and on import (settings-transfer.ts). */
export const SETTINGS_CHECKS: { [K in keyof Settings]: (value: unknown) => boolean } = {
  defaultDestination: isDestination,
  notifySent: isBoolean,
  notifySendFailed: isBoolean,
  notifyTaskComplete: isBoolean,
  notifyTaskFailed: isBoolean,
  showBadge: isBoolean,
  disableMediaLinks: isBoolean,
  useTranscodingAddress: isBoolean,
  siteRules: isSiteRuleList,
  rootFolder: isRootFolder,
};

/**
 * The stored settings' valid keys. Each is checked on its own: one key of the wrong type (a damaged rules list, a
 * value another version wrote) reads as its default, and the user's other choices stay.
 */
export function validStoredSettings(value: unknown): Partial<Settings> {
  if (!isRecord(value)) return {};
  const valid: Record<string, unknown> = {};
  for (const key of Object.keys(SETTINGS_CHECKS) as (keyof Settings)[]) {
    const stored = value[key];
    if (stored === undefined) continue;
    if (SETTINGS_CHECKS[key](stored)) valid[key] = stored;
    else console.warn(`Ignoring an invalid stored setting "${key}"`);
  }
  return valid;
}

/** The item as stored: any object, whose keys are checked one by one on read (validStoredSettings). */
const storedSettings = defineItem<Record<string, unknown>>('local', 'settings', {}, isRecord);

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...validStoredSettings(await storedSettings.get()) };
}

/** Changes some settings, keeping the others. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...validStoredSettings(await storedSettings.get()), ...patch };
  await storedSettings.set(next);
  return { ...DEFAULT_SETTINGS, ...next };
}

export function onSettingsChanged(callback: (settings: Settings) => void, signal?: AbortSignal): void {
  storedSettings.onChanged((stored) => callback({ ...DEFAULT_SETTINGS, ...validStoredSettings(stored) }), signal);
}

/** How many folders the destination choices remember. */
export const MAX_RECENT_FOLDERS = 5;

function isFolderList(value: unknown): value is FolderDestination[] {
  return Array.isArray(value) && value.every((entry) => isDestination(entry) && entry.kind === 'folder');
}

/**
 * Folders links were sent to lately, newest first (written by the background when it queues links for a
 * folder; read by the context menu, quick add and Options).
 */
export const recentFoldersItem = defineItem<FolderDestination[]>('local', 'recentFolders', [], isFolderList);

/** The list with `folder` moved (or added) to the front, at most MAX_RECENT_FOLDERS long. */
export function withRecentFolder(recent: readonly FolderDestination[], folder: FolderDestination): FolderDestination[] {
  return [folder, ...recent.filter((entry) => entry.id !== folder.id)].slice(0, MAX_RECENT_FOLDERS);
}
