import type { CreatedOfflineTask, OfflineTask, OfflineTaskPage, Phase } from '../../shared/domain.ts';
import type { PikPakClient } from '../client.ts';
import { mapCreatedTask, mapTaskDetail, mapTaskList, wirePhase } from '../mappers.ts';
import type { WireCreateUrlTaskRequest, WireFilters, WireRetryTaskRequest } from '../wire-types.ts';

/** Offline (cloud) downloads: create (§5), list / get / delete / retry (§6). */

export interface CreateOfflineTaskInput {
  /** magnet:, ed2k://, http(s):// … passed through unchanged (§5). */
  url: string;
  /** Target folder; absent = PikPak's default "My Pack". */
  parentId?: string;
  /** Absent = PikPak picks the name. */
  name?: string;
}

export function createOfflineTask(client: PikPakClient, input: CreateOfflineTaskInput): Promise<CreatedOfflineTask> {
  const name = input.name?.trim();
  const body: WireCreateUrlTaskRequest = {
    kind: 'drive#file',
    ...(name ? { name } : {}),
    upload_type: 'UPLOAD_TYPE_URL',
    url: { url: input.url.trim() },
    // "DOWNLOAD" with a parent_id makes PikPak ignore the parent (HUB), so it is only sent without one (§5, §11).
    ...(input.parentId ? { parent_id: input.parentId, folder_type: '' } : { folder_type: 'DOWNLOAD' }),
  };
  return client.call({ host: 'drive', method: 'POST', path: '/drive/v1/files', body, decode: mapCreatedTask });
}

export interface ListTasksOptions {
  /** Default: every phase. */
  phases?: readonly Exclude<Phase, 'unknown'>[];
  pageToken?: string;
  /** Default 100. */
  limit?: number;
}

export function listTasks(client: PikPakClient, options: ListTasksOptions = {}): Promise<OfflineTaskPage> {
  const filters: WireFilters = {};
  // `in` takes one comma-joined string (§9.14).
  if (options.phases && options.phases.length > 0) filters['phase'] = { in: options.phases.map(wirePhase).join(',') };
  return client.call({
    host: 'drive',
    method: 'GET',
    path: '/drive/v1/tasks',
    query: {
      type: 'offline',
      filters: Object.keys(filters).length > 0 ? JSON.stringify(filters) : undefined,
      limit: options.limit ?? 100,
      page_token: options.pageToken,
      thumbnail_size: 'SIZE_SMALL',
      // Without it some fields are missing (PPA#27).
      with: 'reference_resource',
    },
    decode: mapTaskList,
  });
}

export function getTask(client: PikPakClient, id: string): Promise<OfflineTask> {
  return client.call({
    host: 'drive',
    method: 'GET',
    path: `/drive/v1/tasks/${encodeURIComponent(id)}`,
    decode: mapTaskDetail,
  });
}

/** DELETE /drive/v1/tasks with repeated `task_ids` in the query (§6.3, §11). `deleteFiles` also removes the files. */
export async function deleteTasks(
  client: PikPakClient,
  ids: readonly string[],
  options: { deleteFiles: boolean },
): Promise<void> {
  if (ids.length === 0) return;
  await client.call({
    host: 'drive',
    method: 'DELETE',
    path: '/drive/v1/tasks',
    query: { task_ids: ids, delete_files: options.deleteFiles },
    decode: () => undefined,
  });
}

/** POST /drive/v1/task (singular) with create_type RETRY (§6.4). The answer's shape is unknown, so it is ignored. */
export async function retryTask(client: PikPakClient, id: string): Promise<void> {
  const body: WireRetryTaskRequest = { type: 'offline', create_type: 'RETRY', id };
  await client.call({ host: 'drive', method: 'POST', path: '/drive/v1/task', body, decode: () => undefined });
}
