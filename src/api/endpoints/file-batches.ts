import type { PikPakClient } from '../client.ts';
import { read } from '../decode.ts';
import type { WireBatchRequest, WireTaskIdResponse } from '../wire-types.ts';

/**
 * Changes to many items at once (pikpak-api.md §7.4, §12.4). Move, copy, trash, untrash, delete and empty-trash
 * answer `{task_id}` and change the drive only when that task is done: wait for it with `waitForTask`
 * (./task-wait.ts). Star and unstar answer `{ids}` and are done at once. One call takes a few hundred ids at most
 * (PikPak refuses 1,000 with `operating_file_count_exceeded`): callers send `MAX_IDS_PER_BATCH` (100) at a time.
 * The captcha action of each is its path, custom verb included (`POST:/drive/v1/files:batchMove`, captcha-action.ts).
 */

/** The batch verbs that answer a task. */
export type TaskVerb = 'batchMove' | 'batchCopy' | 'batchTrash' | 'batchUntrash' | 'batchDelete';

/** A task's id, or undefined when PikPak answered none (nothing to wait for). */
export type TaskId = string | undefined;

function taskIdOf(body: unknown): TaskId {
  return read<WireTaskIdResponse>(body).optStr('task_id');
}

function batch(client: PikPakClient, verb: TaskVerb, body: WireBatchRequest): Promise<TaskId> {
  return client.call({ host: 'drive', method: 'POST', path: `/drive/v1/files:${verb}`, body, decode: taskIdOf });
}

/**
 * POST /drive/v1/files:batchMove `{ids, to:{parent_id}}`; `toParentId` "" is My Drive's root (rclone's form; PikPakAPI
 * sends `to:{}`). Into the items' own folder or one of their subfolders PikPak refuses at once with
 * `file_move_or_copy_to_cur` (invalid-destination); a name taken in the target gets a suffix (§9.9).
 */
export function moveFiles(client: PikPakClient, ids: readonly string[], toParentId: string): Promise<TaskId> {
  return batch(client, 'batchMove', { ids: [...ids], to: { parent_id: toParentId } });
}

/** POST /drive/v1/files:batchCopy, the same body and refusals as a move (§7.4). */
export function copyFiles(client: PikPakClient, ids: readonly string[], toParentId: string): Promise<TaskId> {
  return batch(client, 'batchCopy', { ids: [...ids], to: { parent_id: toParentId } });
}

/** POST /drive/v1/files:batchTrash `{ids}`. */
export function trashFiles(client: PikPakClient, ids: readonly string[]): Promise<TaskId> {
  return batch(client, 'batchTrash', { ids: [...ids] });
}

/** POST /drive/v1/files:batchUntrash `{ids}`: back from the trash (maybe not into the old folder, §9.12). */
export function untrashFiles(client: PikPakClient, ids: readonly string[]): Promise<TaskId> {
  return batch(client, 'batchUntrash', { ids: [...ids] });
}

/** POST /drive/v1/files:batchDelete `{ids}`: gone for good, quota freed. */
export function deleteFilesForever(client: PikPakClient, ids: readonly string[]): Promise<TaskId> {
  return batch(client, 'batchDelete', { ids: [...ids] });
}

/** PATCH /drive/v1/files/trash:empty with `{}`. */
export function emptyTrash(client: PikPakClient): Promise<TaskId> {
  return client.call({
    host: 'drive',
    method: 'PATCH',
    path: '/drive/v1/files/trash:empty',
    body: {},
    decode: taskIdOf,
  });
}

/** POST /drive/v1/files:star / :unstar `{ids}`, answered `{ids}` with the change made (§7.4, TSD). */
export async function setStarred(client: PikPakClient, ids: readonly string[], starred: boolean): Promise<void> {
  const body: WireBatchRequest = { ids: [...ids] };
  await client.call({
    host: 'drive',
    method: 'POST',
    path: `/drive/v1/files:${starred ? 'star' : 'unstar'}`,
    body,
    decode: (answer) => read(answer),
  });
}
