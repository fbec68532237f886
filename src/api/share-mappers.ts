import type { DriveItemDetail, DriveItemPage } from '../shared/domain.ts';
import type { PlayLimit } from '../shared/file-transfer.ts';
import { read } from './decode.ts';
import { mapFileDetail, mapFileList } from './mappers.ts';

/**
 * The share endpoints' answers (pikpak-api.md §8, §12.5), wire → what the worker needs. A share answer other than
 * `share_status: OK` never reaches these: the transport turns it into a PikPakError carrying the status (errors.ts).
 */

interface WireShareOpen {
  share_status?: string;
  file_num?: string | number;
  files?: unknown[];
  next_page_token?: string;
  pass_code_token?: string;
  user_info?: { nickname?: string };
}

interface WireShareUser {
  nickname?: string;
}

interface WireShareFileInfo {
  file_info?: unknown;
}

interface WireShareRestore {
  share_status?: string;
  file_id?: string;
  restore_status?: string;
  restore_task_id?: string;
  params?: { trace_file_ids?: string };
  task_info?: { file_id?: string }[];
}

interface WireRestoreParams {
  trace_file_ids?: string;
}

interface WireRestoreTaskInfo {
  file_id?: string;
}

/** GET /drive/v1/share (§8.1): one page of the share's top level (or of `parent_id`), and how to read on. */
export interface OpenedSharePage {
  /** Sent back to `share/detail`, `share/file_info` and `share/restore`; a secret of the share (never logged). */
  passCodeToken: string;
  /** `file_num`: items at the share's top level. */
  fileCount?: number;
  /** `user_info.nickname`, masked by PikPak (`1hlt**d2q6`). */
  owner?: string;
  page: DriveItemPage;
}

export function mapShareOpen(body: unknown): OpenedSharePage {
  const r = read<WireShareOpen>(body);
  const owner = r.optObj<WireShareUser>('user_info')?.optStr('nickname');
  const fileCount = r.optNum('file_num');
  return {
    // Returned for shares without a code too (PikPakAPI #27); absent only in answers we have never seen.
    passCodeToken: r.optStr('pass_code_token') ?? '',
    ...(fileCount === undefined ? {} : { fileCount }),
    ...(owner === undefined ? {} : { owner }),
    page: mapFileList(body),
  };
}

/** A share's file: the drive detail's shape, and PikPak's limit on playing it unsaved when it sent one. */
export type ShareFileDetail = DriveItemDetail & { playLimit?: PlayLimit };

/** GET /drive/v1/share/file_info (§8.3): the file with its links, in the drive detail's shape. */
export function mapShareFileInfo(body: unknown): ShareFileDetail {
  const info = read<WireShareFileInfo>(body).raw('file_info');
  const detail: ShareFileDetail = mapFileDetail(info);
  const playLimit = playLimitOf(info);
  return playLimit === undefined ? detail : { ...detail, playLimit };
}

/**
 * `file_info.params.anonymous_play_seconds` / `anonymous_play_range` (strings, §8.3). Read leniently: a value that
 * is not a positive number (or a range of 1 or more) is no limit, and never fails the link.
 */
function playLimitOf(info: unknown): PlayLimit | undefined {
  const params = typeof info === 'object' && info !== null ? (info as Record<string, unknown>)['params'] : undefined;
  if (typeof params !== 'object' || params === null) return undefined;
  const number = (value: unknown): number | undefined => {
    const parsed = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
    return Number.isFinite(parsed) && parsed > 0 ? parsed : undefined;
  };
  const record = params as Record<string, unknown>;
  const seconds = number(record['anonymous_play_seconds']);
  const range = number(record['anonymous_play_range']);
  const fraction = range !== undefined && range < 1 ? range : undefined;
  if (seconds === undefined && fraction === undefined) return undefined;
  return { ...(seconds === undefined ? {} : { seconds }), ...(fraction === undefined ? {} : { fraction }) };
}

/** POST /drive/v1/share/restore (§8.4, §12.5). */
export interface RestoreAnswer {
  /** `RESTORE_START` while the copy runs as a task, `RESTORE_COMPLETE` (or none) when it is done. */
  restoreStatus: string;
  taskId?: string;
  /** The folder the copy lands in (GDN measured), not the copied item. */
  fileId?: string;
  /** `task_info[].file_id`: the new items when the copy was done at once. */
  doneFileIds: string[];
  /** `params.trace_file_ids`, a JSON string mapping share file ids to new ids (XLS, RST), when PikPak sent it. */
  trace?: Record<string, string>;
}

export function mapShareRestore(body: unknown): RestoreAnswer {
  const r = read<WireShareRestore>(body);
  const taskId = r.optStr('restore_task_id');
  const fileId = r.optStr('file_id');
  const trace = traceOf(r.optObj<WireRestoreParams>('params')?.optStr('trace_file_ids'));
  return {
    restoreStatus: r.optStr('restore_status') ?? '',
    ...(taskId === undefined ? {} : { taskId }),
    ...(fileId === undefined ? {} : { fileId }),
    doneFileIds: r
      .list<WireRestoreTaskInfo>('task_info')
      .map((info) => info.optStr('file_id'))
      .filter((id): id is string => id !== undefined),
    ...(trace === undefined ? {} : { trace }),
  };
}

/** `{"<share file id>":"<new id>"}` as a string; "*" (what the web app sends) or anything unreadable is no map. */
function traceOf(text: string | undefined): Record<string, string> | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const entries = Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    return Object.fromEntries(entries);
  } catch {
    return undefined;
  }
}
