import type { DriveItemPage } from '../../shared/domain.ts';
import type { ShareStatus } from '../../shared/shares.ts';
import type { CallSpec, PikPakClient } from '../client.ts';
import { isPikPakError } from '../errors.ts';
import {
  mapShareFileInfo,
  mapShareOpen,
  mapShareRestore,
  type OpenedSharePage,
  type ShareFileDetail,
} from '../share-mappers.ts';
import { shareStatusOf } from '../share-status.ts';
import { fileFilters } from './files.ts';
import { waitForTask, type TaskWaitOptions } from './task-wait.ts';

/**
 * Shares (pikpak-api.md §8, §12.5). Reading a share needs no account: signed in, the calls go out as the user (the
 * normal client, with Authorization and the user's captcha token); signed out, with a captcha token minted for
 * `user_id: ""` and no Authorization (§12.5). A share that cannot be read answers HTTP 200 with a `share_status`
 * (§9.15): `openShare` answers it as a status, the other reads throw a PikPakError carrying it (`error.share`) with
 * the kind of ../share-status.ts. Saving (restore) needs a session.
 */

/** What every share client sends (PikPakAPI, OpenList's pikpak_share; §8.1, §8.2). */
export const SHARE_PAGE_SIZE = 100;

export type ShareOpenResult =
  ({ status: 'ok' } & OpenedSharePage) | { status: Exclude<ShareStatus, 'ok'>; statusText?: string };

export interface OpenShareInput {
  shareId: string;
  /** "" when the share has none (or it is not known yet): PikPak then answers PASS_CODE_EMPTY if it needs one. */
  passCode: string;
  /** A folder inside the share (PikPakAPI reads `/s/<id>/<parent>`); absent for the top level. */
  parentId?: string;
  pageToken?: string;
  limit?: number;
}

/** GET /drive/v1/share (§8.1): the share's status, and when ok its pass-code token, owner, count and first page. */
export async function openShare(client: PikPakClient, input: OpenShareInput): Promise<ShareOpenResult> {
  try {
    const opened = await readShare(client, {
      path: '/drive/v1/share',
      query: {
        share_id: input.shareId,
        pass_code: input.passCode,
        limit: input.limit ?? SHARE_PAGE_SIZE,
        thumbnail_size: 'SIZE_LARGE',
        page_token: input.pageToken || undefined,
        parent_id: input.parentId || undefined,
      },
      decode: mapShareOpen,
    });
    return { status: 'ok', ...opened };
  } catch (error) {
    const failed = shareFailure(error);
    if (failed === undefined) throw error;
    return failed;
  }
}

/** The status of a share read that failed because of the share (HTTP 200 `share_status`); undefined otherwise. */
export function shareFailure(error: unknown): { status: Exclude<ShareStatus, 'ok'>; statusText?: string } | undefined {
  if (!isPikPakError(error) || error.share === undefined) return undefined;
  const status = shareStatusOf(error.share.status);
  // An answer saying OK never becomes an error; a status we cannot read is still no success.
  const failed = status === 'ok' ? 'unknown' : status;
  return { status: failed, ...(error.share.text ? { statusText: error.share.text } : {}) };
}

export interface ShareFolderInput {
  shareId: string;
  passCodeToken: string;
  /** "" = the share's top level (§12.5: `share/detail` with an empty `parent_id` lists it). */
  parentId: string;
  pageToken?: string;
  limit?: number;
}

/**
 * GET /drive/v1/share/detail (§8.2): one page of a folder of the share, finished and not trashed items as OpenList
 * and PikPakAPI filter. Throws with `error.share` when the share cannot be read (PASS_CODE_*: open it again).
 */
export function listShareFolder(client: PikPakClient, input: ShareFolderInput): Promise<DriveItemPage> {
  return readShare(client, {
    path: '/drive/v1/share/detail',
    query: {
      share_id: input.shareId,
      parent_id: input.parentId,
      pass_code_token: input.passCodeToken,
      limit: input.limit ?? SHARE_PAGE_SIZE,
      page_token: input.pageToken || undefined,
      thumbnail_size: 'SIZE_LARGE',
      with_audit: true,
      filters: JSON.stringify(fileFilters({ phase: 'complete', trashed: false })),
    },
    decode: (body) => mapShareOpen(body).page,
  });
}

/** GET /drive/v1/share/file_info (§8.3): a shared file with its links (videos: in `medias` only, since 2024-05). */
export function getShareFile(
  client: PikPakClient,
  input: { shareId: string; passCodeToken: string; fileId: string },
): Promise<ShareFileDetail> {
  return readShare(client, {
    path: '/drive/v1/share/file_info',
    query: {
      share_id: input.shareId,
      file_id: input.fileId,
      pass_code_token: input.passCodeToken,
      thumbnail_size: 'SIZE_LARGE',
    },
    decode: mapShareFileInfo,
  });
}

export interface RestoreInput {
  shareId: string;
  passCodeToken: string;
  /** Items of the share (any level), saved with what they hold. */
  fileIds: string[];
  /** The drive folder to save into; "" = the root (`specify_parent_id` asks PikPak to honour it, §8.4). */
  toParentId: string;
}

/**
 * POST /drive/v1/share/restore (§8.4, §12.5), signed in, then the task waited for. The body is pikpaktui's,
 * `{share_id, pass_code_token, file_ids, to: {parent_id}}` (the one §12.5 names; PikPakAPI sends the same without
 * `to`), plus the web app's own fields (AP: `ancestor_ids`, `params.trace_file_ids:"*"`) and `parent_id` with
 * `specify_parent_id: true` (AP; XLS, the sibling Xunlei API, where it makes the server honour `parent_id` as given,
 * "" being the root, instead of its default "Pack From Shared" folder). Both target forms name the same folder, so
 * whichever PikPak reads, the items land where the user chose. Answers the new items' ids: from `params.trace_file_ids` when it maps every item (XLS, RST), else
 * `task_info[].file_id` of a copy done at once, else the finished task's `file_id` (RST). Restoring one's own share
 * is refused with `file_restore_own` (kind `own-share`).
 */
export async function restoreShare(
  client: PikPakClient,
  input: RestoreInput,
  wait: TaskWaitOptions = {},
): Promise<string[]> {
  const answer = await client.call({
    host: 'drive',
    method: 'POST',
    path: '/drive/v1/share/restore',
    body: {
      share_id: input.shareId,
      pass_code_token: input.passCodeToken,
      file_ids: input.fileIds,
      ancestor_ids: [],
      parent_id: input.toParentId,
      specify_parent_id: true,
      to: { parent_id: input.toParentId },
      params: { trace_file_ids: '*' },
    },
    decode: mapShareRestore,
  });
  // RESTORE_START: the copy shows only once the task is done (GDN), as a batch task's change does.
  const { taskId } = answer;
  const running = answer.restoreStatus !== 'RESTORE_COMPLETE' && taskId !== undefined;
  const task = running ? await waitForTask(client, taskId, wait) : undefined;
  const traced = input.fileIds.map((id) => answer.trace?.[id]);
  if (traced.every((id): id is string => id !== undefined && id !== '')) return traced;
  if (answer.doneFileIds.length > 0) return answer.doneFileIds;
  return task?.fileId === undefined ? [] : [task.fileId];
}

type ShareRead<T> = Pick<CallSpec<T>, 'path' | 'query' | 'decode'>;

/**
 * A share read as the user when there is a session, else anonymously (§12.5). A session PikPak no longer takes
 * (signed-out after the client's refresh and recovery) does not stop the read: shares need no account.
 */
async function readShare<T>(client: PikPakClient, spec: ShareRead<T>): Promise<T> {
  const call = { host: 'drive', method: 'GET', ...spec } as const;
  if ((await client.tokens()) !== undefined) {
    try {
      return await client.call({ ...call, captcha: true });
    } catch (error) {
      if (!isPikPakError(error) || error.kind !== 'signed-out') throw error;
    }
  }
  return client.callAnonymous({ ...call, anonymousCaptcha: true });
}
