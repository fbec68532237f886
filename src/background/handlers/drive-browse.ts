import type { PikPakClient } from '../../api/client.ts';
import { emptyTrash } from '../../api/endpoints/file-batches.ts';
import { listView } from '../../api/endpoints/file-views.ts';
import { getFile, renameFile } from '../../api/endpoints/files.ts';
import { waitForTask, type TaskWaitOptions } from '../../api/endpoints/task-wait.ts';
import type { Handlers } from '../router.ts';
import { pikpak } from '../session/client.ts';
import { createAncestorCache, type AncestorCache } from './drive-ancestors.ts';
import { changesTheTree, runBatch } from './drive-batch.ts';
import {
  batchRequest,
  driveView,
  folderId,
  itemId,
  itemName,
  nextToken,
  pageToken,
  payloadRecord,
} from './drive-payloads.ts';

type DriveBrowseHandlers = Pick<
  Handlers,
  'drive.list' | 'drive.item' | 'drive.ancestors' | 'drive.rename' | 'drive.batch' | 'drive.emptyTrash'
>;

export interface DriveBrowseOptions {
  /** Default: the stored session's client (session/client.ts). */
  client?: () => Promise<PikPakClient>;
  /** How batch and empty-trash tasks are waited for (default 250 ms doubling to 2 s, 5 minutes at most). */
  taskWait?: TaskWaitOptions;
  /** Default: one cache for these handlers' life (the worker's). */
  ancestors?: AncestorCache;
}

/**
 * The file browser's requests (src/files/): views page by page, an item's detail, breadcrumbs, rename, batch
 * operations and emptying the trash (pikpak-api.md §7, §12.4). Every payload is checked first (./drive-payloads.ts);
 * PikPak's refusals reach the page with their kind (name-conflict, same-name, invalid-destination, …).
 */
export function createDriveBrowseHandlers(options: DriveBrowseOptions = {}): DriveBrowseHandlers {
  const client = options.client ?? pikpak;
  const wait = options.taskWait ?? {};
  const cache = options.ancestors ?? createAncestorCache();

  return {
    'drive.list': async (payload) => {
      const record = payloadRecord(payload);
      const view = driveView(record['view']);
      const token = pageToken(record['pageToken']);
      const page = await listView(await client(), view, token);
      cache.remember(page.items);
      const next = nextToken(page, token);
      return { items: page.items, ...(next === undefined ? {} : { nextPageToken: next }) };
    },
    'drive.item': async (payload) => {
      const item = await getFile(await client(), itemId(payloadRecord(payload)['id']));
      cache.remember([item]);
      return item;
    },
    'drive.ancestors': async (payload) => {
      const id = folderId(payloadRecord(payload)['id']);
      const api = await client();
      return cache.ancestors(id, (next) => getFile(api, next));
    },
    'drive.rename': async (payload) => {
      const record = payloadRecord(payload);
      const id = itemId(record['id']);
      const name = itemName(record['name']);
      const renamed = await renameFile(await client(), id, name);
      cache.clear();
      return renamed;
    },
    'drive.batch': async (payload) => {
      const request = batchRequest(payload);
      try {
        return { done: await runBatch(await client(), request, wait) };
      } finally {
        // Also after a failure: the chunks before it were done.
        if (changesTheTree(request.operation)) cache.clear();
      }
    },
    'drive.emptyTrash': async () => {
      const api = await client();
      const taskId = await emptyTrash(api);
      if (taskId !== undefined) await waitForTask(api, taskId, wait);
      cache.clear();
      return undefined;
    },
  };
}
