import type { MessageKey } from './i18n.ts';
import { defineItem, isRecord } from './storage.ts';

/** The file browser's sort keys; folders always come first, in either direction. */
export const FILES_SORT_KEYS = ['name', 'size', 'modified'] as const;
export type FilesSortKey = (typeof FILES_SORT_KEYS)[number];

/** The kinds the file browser can show alone; `all` shows everything. */
export const FILES_KIND_FILTERS = ['all', 'folder', 'video', 'audio', 'image', 'document', 'archive'] as const;
export type FilesKindFilter = (typeof FILES_KIND_FILTERS)[number];

/** What the file browser's sort menu and Options' settings file call each sort key. */
export const FILES_SORT_LABELS: Record<FilesSortKey, MessageKey> = {
  name: 'filesColumnName',
  size: 'filesColumnSize',
  modified: 'filesColumnModified',
};

/** What the kind filter and Options' settings file call each kind. */
export const FILES_KIND_LABELS: Record<FilesKindFilter, MessageKey> = {
  all: 'filesKindAll',
  folder: 'filesKindFolder',
  video: 'filesKindVideo',
  audio: 'filesKindAudio',
  image: 'filesKindImage',
  document: 'filesKindDocument',
  archive: 'filesKindArchive',
};

export type FilesLayout = 'list' | 'grid';

/**
 * How the file browser shows a folder: sort, layout, kind filter and the details panel. Kept apart from `settings`
 * because the background rebuilds its menus on every change of those; a click on "Grid view" must not wake it.
 */
export interface FilesViewPrefs {
  sortKey: FilesSortKey;
  sortDescending: boolean;
  layout: FilesLayout;
  kind: FilesKindFilter;
  details: boolean;
}

export const DEFAULT_FILES_VIEW: FilesViewPrefs = {
  sortKey: 'name',
  sortDescending: false,
  layout: 'list',
  kind: 'all',
  details: false,
};

const oneOf = (values: readonly unknown[], value: unknown) => value === undefined || values.includes(value);
const optionalBoolean = (value: unknown) => value === undefined || typeof value === 'boolean';

function isStoredFilesView(value: unknown): value is Partial<FilesViewPrefs> {
  return (
    isRecord(value) &&
    oneOf(FILES_SORT_KEYS, value.sortKey) &&
    oneOf(['list', 'grid'], value.layout) &&
    oneOf(FILES_KIND_FILTERS, value.kind) &&
    optionalBoolean(value.sortDescending) &&
    optionalBoolean(value.details)
  );
}

/** The file browser's view preferences (partial; defaults filled in on read, as for `settings`). */
export const filesViewItem = defineItem<Partial<FilesViewPrefs>>('local', 'filesView', {}, isStoredFilesView);
