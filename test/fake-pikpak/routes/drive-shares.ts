import { createAsyncTask } from '../drive/async-tasks.ts';
import { copyTree, ensureRootFolder, getOwnFile } from '../drive/files.ts';
import { makeDriveId } from '../core/ids.ts';
import { paginate, parseLimit } from '../drive/paging.ts';
import {
  isInShare,
  maskNickname,
  passCodeToken,
  shareListing,
  statusWithPassCode,
  statusWithToken,
  STATUS_TEXT,
} from '../drive/shares.ts';
import type { DriveFile, ShareStatus } from '../drive/types.ts';
import { fileToWire, mediasFor } from '../drive/wire-file.ts';
import { fields } from '../http/body.ts';
import { Errors, errorReply } from '../http/envelope.ts';
import { ok, type Reply } from '../http/reply.ts';
import { userOf, type DriveContext } from './drive-guard.ts';

/** Share endpoints (pikpak-api.md §8.1–8.4). Anonymous reads are allowed; restore needs a session. */

export const PACK_FROM_SHARED = 'Pack From Shared';

function failure(status: ShareStatus, extra: Record<string, unknown> = {}): Reply {
  return ok({ share_status: status, share_status_text: STATUS_TEXT[status], ...extra });
}

export function openShare(ctx: DriveContext): Reply {
  const { state, query } = ctx;
  const share = state.shares.get(query.get('share_id') ?? '');
  const status = statusWithPassCode(share, query.get('pass_code') ?? '');
  if (!share || status !== 'OK')
    return failure(status, { file_num: '0', files: [], next_page_token: '', pass_code_token: '' });
  const listing = shareListing(state, share, query.get('parent_id') ?? '');
  if (!listing) return Errors.fileNotFound();
  const page = paginate(
    listing,
    query.get('page_token'),
    parseLimit(query.get('limit'), 100, 500),
    `share:${share.id}:${query.get('parent_id') ?? ''}`,
  );
  if (page === 'invalid') return Errors.invalidArgument('page_token is invalid');
  return ok({
    share_status: 'OK',
    share_status_text: '',
    file_num: String(share.fileIds.length),
    files: page.items.map((f) => fileToWire(state, f)),
    next_page_token: page.nextPageToken,
    pass_code_token: passCodeToken(state, share),
    user_info: { nickname: maskNickname(state.accounts.get(share.ownerSub)?.name ?? 'user') },
    params: { anonymous_play_seconds: '120', auto_play: 'false' },
    // Read by the 2022 web client (MC): "-1" = no expiry / unlimited restores.
    expiration_left: '-1',
    restore_count_left: '-1',
  });
}

export function shareDetail(ctx: DriveContext): Reply {
  const { state, query } = ctx;
  const share = state.shares.get(query.get('share_id') ?? '');
  const status = statusWithToken(state, share, query.get('pass_code_token') ?? '');
  if (!share || status !== 'OK') return failure(status, { files: [], next_page_token: '' });
  const listing = shareListing(state, share, query.get('parent_id') ?? '');
  if (!listing) return Errors.fileNotFound();
  const page = paginate(
    listing,
    query.get('page_token'),
    parseLimit(query.get('limit'), 100, 500),
    `share:${share.id}:${query.get('parent_id') ?? ''}`,
  );
  if (page === 'invalid') return Errors.invalidArgument('page_token is invalid');
  return ok({
    share_status: 'OK',
    share_status_text: '',
    files: page.items.map((f) => fileToWire(state, f)),
    next_page_token: page.nextPageToken,
  });
}

/**
 * Links from a share: since 2024-05 `web_content_link` is empty and video links live only in
 * `medias` (alist#6493). Non-media files fall back to `links`/`web_content_link` (SDL).
 */
export function shareFileInfo(ctx: DriveContext): Reply {
  const { state, query } = ctx;
  const share = state.shares.get(query.get('share_id') ?? '');
  const status = statusWithToken(state, share, query.get('pass_code_token') ?? '');
  if (!share || status !== 'OK') return failure(status);
  const file = state.files.get(query.get('file_id') ?? '');
  if (!file || !isInShare(state, share, file)) return Errors.fileNotFound();
  const detail = fileToWire(state, file, { detail: !file.video });
  if (file.video) {
    detail['medias'] = mediasFor(state, file);
    detail['web_content_link'] = '';
    detail['links'] = {};
  }
  const params = (detail['params'] ?? {}) as Record<string, string>;
  detail['params'] = { ...params, anonymous_play_seconds: '120', anonymous_play_range: '0.40' };
  return ok({ share_status: 'OK', share_status_text: '', file_info: detail });
}

/**
 * POST /drive/v1/share/restore (pikpak-api.md §8.4, §12.5). The copy runs as a task: the answer says
 * `RESTORE_START` with a `restore_task_id`, and GET /drive/v1/tasks/{id} ends PHASE_TYPE_COMPLETE with the
 * restored item's id in `file_id` and `params.trace_file_ids` (RST). With `asyncTaskDelayMs = 0` the copy is
 * done before the answer: `RESTORE_COMPLETE` and `task_info[].file_id`.
 */
export function restoreShare(ctx: DriveContext): Reply {
  const { state } = ctx;
  const sub = userOf(ctx);
  const body = fields(ctx.body);
  const share = state.shares.get(body.str('share_id') ?? '');
  const status = statusWithToken(state, share, body.str('pass_code_token') ?? '');
  if (!share || status !== 'OK') return failure(status);
  // Error code 9 per a Go downloader's notes of measured PikPak behaviour (2026-10; pikpak-api.md §8.4);
  // pikpaktui only matches the name. Guess: HTTP 400.
  if (share.ownerSub === sub)
    return errorReply({
      status: 400,
      error: 'file_restore_own',
      code: 9,
      description: 'You cannot restore your own share',
    });

  const requested = body.strList('file_ids') ?? [];
  const roots = requested.length === 0 ? share.fileIds : requested;
  const sources = roots.map((id) => state.files.get(id));
  if (sources.some((f) => !f || !isInShare(state, share, f))) return Errors.fileNotFound();

  // Variants disagree on where the target goes (pikpak-api.md §8.4); the fake accepts all of them.
  const target = body.str('parent_id') || body.obj('to').str('parent_id') || body.str('to_parent_id') || '';
  if (target && getOwnFile(state, sub, target)?.kind !== 'drive#folder') return Errors.fileNotFound('parent not found');
  // No target: PikPak's own "Pack From Shared" folder, unless the body says `specify_parent_id: true`, which the
  // web app (AP) and the sibling Xunlei API (XLS) send to have `parent_id` honoured as given, "" being the root.
  const rootAsGiven = body.bool('specify_parent_id') === true;
  const parentId = target || (rootAsGiven ? '' : ensureRootFolder(state, sub, PACK_FROM_SHARED, 'NORMAL').id);

  const trace: Record<string, string> = {};
  for (const id of roots) trace[id] = makeDriveId(state.prng);
  const traceJson = JSON.stringify(trace);
  const restoredIds = roots.map((id) => trace[id] ?? '');
  const task = createAsyncTask(state, {
    userId: sub,
    type: 'restore',
    name: (sources[0] as DriveFile).name,
    // Guess: with several items restored, the task's file_id names the first.
    fileId: restoredIds[0] ?? '',
    params: { share_id: share.id, trace_file_ids: traceJson },
    apply: () => {
      for (const source of sources as DriveFile[]) copyTree(state, source, sub, parentId, trace[source.id]);
    },
  });
  const done = task.phase === 'PHASE_TYPE_COMPLETE';
  return ok({
    share_status: 'OK',
    share_status_text: '',
    // The folder the copy lands in ("Pack From Shared" by default), not the copied file: measured by the
    // same Go downloader's notes. Guess: with a target folder, that folder's id.
    file_id: parentId,
    restore_status: done ? 'RESTORE_COMPLETE' : 'RESTORE_START',
    restore_task_id: task.id,
    params: { trace_file_ids: traceJson },
    // Guess: only `file_id` of each entry is known (§12.5), and the list is left out while the copy runs.
    ...(done ? { task_info: restoredIds.map((id) => ({ file_id: id })) } : {}),
  });
}
