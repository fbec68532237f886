import { ensureRootFolder, getOwnFile } from '../drive/files.ts';
import { createOfflineTask } from '../drive/offline-tasks.ts';
import { inspectSourceUrl } from '../drive/source-url.ts';
import { offlineTaskToWire } from '../drive/wire-task.ts';
import type { Fields } from '../http/body.ts';
import { Errors } from '../http/envelope.ts';
import { ok, type Reply } from '../http/reply.ts';
import { userOf, type DriveContext } from './drive-guard.ts';

/**
 * POST /drive/v1/files with `upload_type:"UPLOAD_TYPE_URL"` (pikpak-api.md §5).
 * - `folder_type:"DOWNLOAD"` → the "My Pack" folder (created on first use). HUB (1 src) says DOWNLOAD
 *   wins over `parent_id`, so the fake follows that.
 * - otherwise `parent_id` → that folder. Guess: no parent at all → the root (clients always send one
 *   of the two).
 */
export const MY_PACK = 'My Pack';

export function createTaskFromUrl(ctx: DriveContext, body: Fields): Reply {
  const { state } = ctx;
  const sub = userOf(ctx);
  const url = body.obj('url').str('url') ?? '';
  const source = inspectSourceUrl(url);
  // Guess: the real error for an unusable link is not recorded; invalid_argument fits the family.
  if (!source) return Errors.invalidArgument(url.trim() ? 'url is invalid' : 'url is empty');
  const name = body.str('name')?.trim();
  if (name) source.name = name;

  let parentId = body.str('parent_id') ?? '';
  if (body.str('folder_type') === 'DOWNLOAD') {
    parentId = ensureRootFolder(state, sub, MY_PACK, 'DOWNLOAD').id;
  } else if (parentId && getOwnFile(state, sub, parentId)?.kind !== 'drive#folder') {
    return Errors.fileNotFound('parent not found');
  }

  const task = createOfflineTask(state, { userId: sub, url: url.trim(), source, parentId });
  return ok({
    upload_type: 'UPLOAD_TYPE_URL',
    url: { kind: 'upload#url' },
    task: offlineTaskToWire(state, task, { createResponse: true }),
  });
}
