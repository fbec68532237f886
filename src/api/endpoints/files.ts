import type { DriveItem, DriveItemDetail, DriveItemKind, DriveItemPage, Phase } from '../../shared/domain.ts';
import type { PikPakClient } from '../client.ts';
import { mapCreatedFolder, mapFile, mapFileDetail, mapFileList, wirePhase } from '../mappers.ts';
import type { WireCreateFolderRequest, WireFilters, WireRenameRequest } from '../wire-types.ts';

/** Files on the drive host (pikpak-api.md §7). */

export interface FileFilters {
  /** Default 'complete': unfinished offline downloads stay out of folder views. */
  phase?: Exclude<Phase, 'unknown'> | 'any';
  /** Default false; true lists the trash (with parentId '*'). */
  trashed?: boolean | 'any';
  kind?: DriveItemKind;
  /**
   * Only starred items: `{"system_tag":{"in":"STAR"}}`, as PikPakAPI and pikpaktui ask (§12.4). No client filters on
   * the `starred` field, so neither does this.
   */
  starredOnly?: boolean;
}

export interface ListFilesOptions {
  /** Folder id; "" or absent = root; "*" = the whole drive (trash, starred views, §7.1). */
  parentId?: string;
  pageToken?: string;
  /** Default 100 (PPA, OL); the file browser asks 500, the most PikPak returns (§7.1). */
  limit?: number;
  filters?: FileFilters;
}

/**
 * One page of a folder. Follow `nextPageToken` until it is absent; PikPak may repeat a token, so a pager must
 * stop on a repeat (§9.13).
 */
export function listFiles(client: PikPakClient, options: ListFilesOptions = {}): Promise<DriveItemPage> {
  return client.call({
    host: 'drive',
    method: 'GET',
    path: '/drive/v1/files',
    query: {
      parent_id: options.parentId ?? '',
      // A JSON string in the query (§9.14); the default is what most clients send (§7.1).
      filters: JSON.stringify(fileFilters(options.filters ?? {})),
      limit: options.limit ?? 100,
      page_token: options.pageToken,
      thumbnail_size: 'SIZE_MEDIUM',
      // rclone, OpenList and PikPakAPI send it on every list (§12.4).
      with_audit: true,
    },
    decode: mapFileList,
  });
}

export function fileFilters(filters: FileFilters): WireFilters {
  const wire: WireFilters = {};
  const phase = filters.phase ?? 'complete';
  if (phase !== 'any') wire['phase'] = { eq: wirePhase(phase) };
  const trashed = filters.trashed ?? false;
  if (trashed !== 'any') wire['trashed'] = { eq: trashed };
  if (filters.kind) wire['kind'] = { eq: filters.kind === 'folder' ? 'drive#folder' : 'drive#file' };
  if (filters.starredOnly === true) wire['system_tag'] = { in: 'STAR' };
  return wire;
}

/**
 * GET /drive/v1/files/{id} (§7.3): the item with its download link and media variants. PikPak checks its captcha
 * token (§3.5); the token is the one for `GET:/drive/v1/files`, shared by every id, so a folder's worth of
 * details does not mint a token per file (§12).
 */
export function getFile(client: PikPakClient, id: string): Promise<DriveItemDetail> {
  return client.call({
    host: 'drive',
    method: 'GET',
    path: `/drive/v1/files/${encodeURIComponent(id)}`,
    decode: mapFileDetail,
  });
}

/** POST /drive/v1/files with kind drive#folder (§7.4). `parentId` "" = root. PikPak may de-duplicate the name (§9.9). */
export function createFolder(client: PikPakClient, parentId: string, name: string): Promise<DriveItem> {
  const body: WireCreateFolderRequest = { kind: 'drive#folder', name, parent_id: parentId };
  return client.call({ host: 'drive', method: 'POST', path: '/drive/v1/files', body, decode: mapCreatedFolder });
}

/**
 * PATCH /drive/v1/files/{id} with `{name}` (§7.4): answers the renamed item. PikPak refuses a name taken in the folder
 * (`file_duplicated_name` → name-conflict) and the current name (`file_rename_to_same_name` → same-name), and never
 * suffixes a rename (§12.3). Right after a move or copy it answers `file_rename_uncompleted`, which the client
 * repeats (client.ts).
 */
export function renameFile(client: PikPakClient, id: string, name: string): Promise<DriveItem> {
  const body: WireRenameRequest = { name };
  return client.call({
    host: 'drive',
    method: 'PATCH',
    path: `/drive/v1/files/${encodeURIComponent(id)}`,
    body,
    decode: mapFile,
  });
}
