import type { PikPakClient } from '../../api/client.ts';
import { deleteTasks, retryTask } from '../../api/endpoints/tasks.ts';
import { RequestError } from '../../shared/messages.ts';
import type { Handlers } from '../router.ts';
import type { TaskMonitor } from '../task-monitor/types.ts';

type TaskHandlers = Pick<
  Handlers,
  'tasks.refresh' | 'tasks.retry' | 'tasks.retryAllFailed' | 'tasks.delete' | 'tasks.clearCompleted'
>;

/** At most this many ids in one DELETE (they go in the query string). */
const DELETE_BATCH = 100;
const MAX_IDS = 10_000;

export interface TaskActionDeps {
  monitor: TaskMonitor;
  client: () => PikPakClient | Promise<PikPakClient>;
}

const isId = (value: unknown): value is string => typeof value === 'string' && value !== '' && value.length < 200;

/** Retries one task and reads the list again (for the popup and for a notification's Retry button). */
export async function retryOfflineTask(deps: TaskActionDeps, id: string): Promise<void> {
  if (!isId(id)) throw new RequestError('bad-request', 'No task id');
  await retryTask(await deps.client(), id);
  await deps.monitor.poll();
}

async function deleteInBatches(deps: TaskActionDeps, ids: readonly string[], deleteFiles: boolean): Promise<void> {
  const client = await deps.client();
  for (let start = 0; start < ids.length; start += DELETE_BATCH) {
    const batch = ids.slice(start, start + DELETE_BATCH);
    await deleteTasks(client, batch, { deleteFiles });
    await deps.monitor.forget(batch);
  }
}

/** The task monitor's requests: retry, delete and clear act on PikPak, then the snapshot follows. */
export function createTaskHandlers(deps: TaskActionDeps): TaskHandlers {
  return {
    'tasks.refresh': async () => {
      await deps.monitor.poll();
      return undefined;
    },
    'tasks.retry': async (payload) => {
      await retryOfflineTask(deps, payload?.id);
      return undefined;
    },
    'tasks.retryAllFailed': async () => {
      const snapshot = await deps.monitor.snapshot();
      const failedTasks = snapshot?.tasks.filter((task) => task.phase === 'error') ?? [];
      const client = await deps.client();
      let retried = 0;
      let failed = 0;
      // One at a time: PikPak answers bursts with "too frequent" (§9.5).
      for (const task of failedTasks) {
        try {
          await retryTask(client, task.id);
          retried += 1;
        } catch (error) {
          failed += 1;
          if (retried === 0 && failed === failedTasks.length) throw error;
        }
      }
      if (failedTasks.length > 0) await deps.monitor.poll();
      return { retried, failed };
    },
    'tasks.delete': async (payload) => {
      const ids = payload?.ids;
      if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_IDS || !ids.every(isId))
        throw new RequestError('bad-request', 'No task ids');
      if (typeof payload.deleteFiles !== 'boolean')
        throw new RequestError('bad-request', 'deleteFiles must be true or false');
      await deleteInBatches(deps, ids, payload.deleteFiles);
      await deps.monitor.poll();
      return undefined;
    },
    'tasks.clearCompleted': async () => {
      const snapshot = await deps.monitor.snapshot();
      const ids = snapshot?.tasks.filter((task) => task.phase === 'complete').map((task) => task.id) ?? [];
      if (ids.length === 0) return { cleared: 0 };
      // Clearing the list keeps the files: they are what the user downloaded.
      await deleteInBatches(deps, ids, false);
      await deps.monitor.poll();
      return { cleared: ids.length };
    },
  };
}
