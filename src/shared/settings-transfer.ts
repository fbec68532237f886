import { DEFAULT_ARIA2_SETTINGS, normalizeEndpoint, type Aria2Settings } from './aria2-settings.ts';
import { destinationKey, isDestination } from './destination.ts';
import { DEFAULT_FILES_VIEW, FILES_KIND_FILTERS, FILES_SORT_KEYS, type FilesViewPrefs } from './files-view.ts';
import { DEFAULT_SETTINGS, SETTINGS_CHECKS, type Settings } from './settings.ts';
import { copyRule } from './site-rule-edit.ts';
import type { SiteRule } from './site-rules.ts';
import { isRecord } from './storage.ts';

/**
 * The settings file (Options › Backup › Export / Import), version 1:
 *
 * ```json
 * {
 *   "format": "pikpak-companion-settings",
 *   "version": 1,
 *   "exportedAt": "2026-12-06T20:00:00.000Z",
 *   "settings": { "defaultDestination": { "kind": "my-pack" }, "notifySent": true, …,
 *                 "siteRules": [{ "site": "nyaa.si", "destination": { "kind": "folder", "id": "VN1", "name": "Anime" } }],
 *                 "rootFolder": null },
 *   "aria2": { "endpoint": "http://localhost:6800/jsonrpc", "dir": "" },
 *   "filesView": { "sortKey": "name", "sortDescending": false, "layout": "list", "kind": "all", "details": false }
 * }
 * ```
 *
 * It never holds a token, the session, the device id or the aria2 secret: those are not even read to build it.
 * On import every group and key is optional (what the file does not name stays as it is), unknown keys are
 * ignored, and a known key of the wrong type refuses the whole file, so a bad file changes nothing. `siteRules` and
 * `rootFolder` came later within version 1: a file without them imports as before (they stay as they are).
 */
export const SETTINGS_FILE_FORMAT = 'pikpak-companion-settings';
export const SETTINGS_FILE_VERSION = 1;

/** aria2's settings as they travel in the file: no secret. */
export type Aria2Shared = Pick<Aria2Settings, 'endpoint' | 'dir'>;

/** Everything the file can carry, as it is stored now (defaults filled in). */
export interface SettingsSnapshot {
  settings: Settings;
  aria2: Aria2Shared;
  filesView: FilesViewPrefs;
}

export interface SettingsFile extends SettingsSnapshot {
  format: typeof SETTINGS_FILE_FORMAT;
  version: typeof SETTINGS_FILE_VERSION;
  exportedAt: string;
}

/** What a valid file names; anything absent stays as it is. */
export interface ImportedSettings {
  settings: Partial<Settings>;
  aria2: Partial<Aria2Shared>;
  filesView: Partial<FilesViewPrefs>;
}

export type ImportError = 'not-json' | 'wrong-format' | 'newer-version' | 'invalid';

export type ParsedSettingsFile = { ok: true; imported: ImportedSettings } | { ok: false; error: ImportError };

/** The file to download. Only the shared aria2 fields are copied, whatever the caller hands in. */
export function buildSettingsFile(snapshot: SettingsSnapshot, now: Date): SettingsFile {
  return {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings: { ...snapshot.settings },
    aria2: { endpoint: snapshot.aria2.endpoint, dir: snapshot.aria2.dir },
    filesView: { ...snapshot.filesView },
  };
}

/** `pikpak-companion-settings-20261206.json`, by the local date. */
export function settingsFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `pikpak-companion-settings-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}.json`;
}

const MAX_DIR_LENGTH = 2_000;

type Check = (value: unknown) => boolean;
const isBoolean: Check = (value) => typeof value === 'boolean';
const oneOf =
  (values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value);

const ARIA2_CHECKS: { [K in keyof Aria2Shared]: Check } = {
  endpoint: (value) => typeof value === 'string' && normalizeEndpoint(value) === value,
  dir: (value) => typeof value === 'string' && value.length <= MAX_DIR_LENGTH,
};

const FILES_VIEW_CHECKS: { [K in keyof FilesViewPrefs]: Check } = {
  sortKey: oneOf(FILES_SORT_KEYS),
  sortDescending: isBoolean,
  layout: oneOf(['list', 'grid']),
  kind: oneOf(FILES_KIND_FILTERS),
  details: isBoolean,
};

/** The known keys of one group, checked; undefined when one has the wrong type. Unknown keys are dropped. */
function pick<T extends object>(group: unknown, checks: { [K in keyof T]: Check }): Partial<T> | undefined {
  if (group === undefined) return {};
  if (!isRecord(group) || Array.isArray(group)) return undefined;
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(checks) as (keyof T & string)[]) {
    if (!Object.hasOwn(group, key) || group[key] === undefined) continue;
    if (!checks[key](group[key])) return undefined;
    picked[key] = copyValue(key, group[key]);
  }
  return picked as Partial<T>;
}

/** Only the known fields of objects, so nothing unknown rides along into storage. */
function copyValue(key: string, value: unknown): unknown {
  if (key === 'defaultDestination') return copyDestination(value);
  if (key === 'siteRules') return (value as SiteRule[]).map(copyRule);
  if (key === 'rootFolder' && value !== null) {
    const folder = value as { id: string; name: string };
    return { id: folder.id, name: folder.name };
  }
  return value;
}

function copyDestination(value: unknown): unknown {
  const destination = value as Settings['defaultDestination'];
  return destination.kind === 'my-pack'
    ? { kind: 'my-pack' }
    : { kind: 'folder', id: destination.id, name: destination.name };
}

/** Reads a settings file's text. Any problem refuses the whole file. */
export function parseSettingsFile(text: string): ParsedSettingsFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(data) || data.format !== SETTINGS_FILE_FORMAT) return { ok: false, error: 'wrong-format' };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return { ok: false, error: 'invalid' };
  }
  if (data.version > SETTINGS_FILE_VERSION) return { ok: false, error: 'newer-version' };
  const settings = pick<Settings>(data.settings, SETTINGS_CHECKS);
  const aria2 = pick<Aria2Shared>(data.aria2, ARIA2_CHECKS);
  const filesView = pick<FilesViewPrefs>(data.filesView, FILES_VIEW_CHECKS);
  if (settings === undefined || aria2 === undefined || filesView === undefined) return { ok: false, error: 'invalid' };
  return { ok: true, imported: { settings, aria2, filesView } };
}

/** One value an import would change. */
export type SettingChange =
  | { [K in keyof Settings]: { group: 'settings'; key: K; from: Settings[K]; to: Settings[K] } }[keyof Settings]
  | { [K in keyof Aria2Shared]: { group: 'aria2'; key: K; from: string; to: string } }[keyof Aria2Shared]
  | {
      [K in keyof FilesViewPrefs]: { group: 'filesView'; key: K; from: FilesViewPrefs[K]; to: FilesViewPrefs[K] };
    }[keyof FilesViewPrefs];

function sameValue(a: unknown, b: unknown): boolean {
  if (isDestination(a) && isDestination(b)) return destinationKey(a) === destinationKey(b);
  // Rules and the root folder: the same content is no change (JSON of values built from the same known keys).
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

function changesIn<T extends object>(
  group: SettingChange['group'],
  current: T,
  imported: Partial<T>,
  order: readonly (keyof T & string)[],
): SettingChange[] {
  const changes: SettingChange[] = [];
  for (const key of order) {
    const to = imported[key];
    if (to !== undefined && !sameValue(current[key], to)) {
      changes.push({ group, key, from: current[key], to } as unknown as SettingChange);
    }
  }
  return changes;
}

/** What applying the file would change, in the order Options shows the settings. Empty: nothing to do. */
export function diffImport(current: SettingsSnapshot, imported: ImportedSettings): SettingChange[] {
  return [
    ...changesIn('settings', current.settings, imported.settings, Object.keys(SETTINGS_CHECKS) as (keyof Settings)[]),
    ...changesIn('aria2', current.aria2, imported.aria2, ['endpoint', 'dir']),
    ...changesIn(
      'filesView',
      current.filesView,
      imported.filesView,
      Object.keys(FILES_VIEW_CHECKS) as (keyof FilesViewPrefs)[],
    ),
  ];
}

/** The snapshot after the import: what the file names over what is there. */
export function mergeImport(current: SettingsSnapshot, imported: ImportedSettings): SettingsSnapshot {
  return {
    settings: { ...current.settings, ...imported.settings },
    aria2: { ...current.aria2, ...imported.aria2 },
    filesView: { ...current.filesView, ...imported.filesView },
  };
}

/** The defaults, for a page that could not read storage. */
export const DEFAULT_SNAPSHOT: SettingsSnapshot = {
  settings: DEFAULT_SETTINGS,
  aria2: { endpoint: DEFAULT_ARIA2_SETTINGS.endpoint, dir: DEFAULT_ARIA2_SETTINGS.dir },
  filesView: DEFAULT_FILES_VIEW,
};
