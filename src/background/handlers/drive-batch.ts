import type { PikPakClient } from '../../api/client.ts';
import {
  copyFiles,
  deleteFilesForever,
  moveFiles,
  setStarred,
  trashFiles,
  untrashFiles,
  type TaskId,
} from '../../api/endpoints/file-batches.ts';
import { waitForTask, type TaskWaitOptions } from '../../api/endpoints/task-wait.ts';
import { MAX_IDS_PER_BATCH, type BatchOperation } from '../../shared/drive-view.ts';
import type { BatchRequest } from './drive-payloads.ts';

/**
 * A `drive.batch` on PikPak: the ids go 100 at a time (PikPak refuses 1,000 in one call, §7.4), one call after the
 * other, and each call's task is waited for before the next call is made (§9.11), so the answer means the change is
 * visible. Star and unstar have no task. The first failure stops the rest and rejects with its kind.
 */
export async function runBatch(client: PikPakClient, request: BatchRequest, wait: TaskWaitOptions): Promise<number> {
  for (let start = 0; start < request.ids.length; start += MAX_IDS_PER_BATCH) {
    const chunk = request.ids.slice(start, start + MAX_IDS_PER_BATCH);
    const taskId = await send(client, request, chunk);
    if (taskId !== undefined) await waitForTask(client, taskId, wait);
  }
  return request.ids.length;
}

function send(client: PikPakClient, request: BatchRequest, ids: string[]): Promise<TaskId> {
  switch (request.operation) {
    case 'move':
      return moveFiles(client, ids, request.toParentId);
    case 'copy':
      return copyFiles(client, ids, request.toParentId);
    case 'trash':
      return trashFiles(client, ids);
    case 'restore':
      return untrashFiles(client, ids);
    case 'deleteForever':
      return deleteFilesForever(client, ids);
    case 'star':
    case 'unstar':
      return setStarred(client, ids, request.operation === 'star').then(() => undefined);
  }
}

/** Operations after which folders may have another name or place (or none): breadcrumbs must be walked again. */
export function changesTheTree(operation: BatchOperation): boolean {
  return operation !== 'copy' && operation !== 'star' && operation !== 'unstar';
}
