import type { OfflineTask } from '../../shared/domain.ts';
import type { PikPakClient } from '../client.ts';
import { isPikPakError, PikPakError, redactSecrets } from '../errors.ts';
import { defaultSleep } from '../sleep.ts';
import { taskFailureKind } from '../task-failure.ts';
import { endpointOf } from '../transport.ts';
import { getTask } from './tasks.ts';

/**
 * Waiting for the task of a batch operation or of `trash:empty` (pikpak-api.md §6.2, §7.4, §9.11): its change shows
 * only once the task is done. rclone's `waitTask` sleeps 500 ms, then asks `GET /drive/v1/tasks/{id}` through its
 * pacer (100 ms to 2 s, doubling) until `PHASE_TYPE_COMPLETE`. This waits 250 ms, then doubles the wait up to 2 s
 * between asks, for at most 5 minutes; small copies are often done at once (PK), so the first ask comes soon.
 */
export interface TaskWaitOptions {
  /** The wait before the first ask (default 250 ms); it doubles after each ask up to `maxDelayMs`. */
  firstDelayMs?: number;
  /** Default 2 s. */
  maxDelayMs?: number;
  /** Give up (kind `timeout`) once this long has passed without an end (default 5 minutes). */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Default the client's clock. */
  now?: () => number;
}

export const TASK_WAIT_DEFAULTS = { firstDelayMs: 250, maxDelayMs: 2000, timeoutMs: 5 * 60_000 } as const;

/** Asks that fail with a retriable kind (network, server, rate limit) in a row before the wait gives up. */
const MAX_FAILED_ASKS = 3;

/**
 * Resolves with the task once it is `complete`. A task ending `error` rejects with a PikPakError whose kind is read
 * from PikPak's message (../task-failure.ts) and whose message carries that text; no end in time rejects with kind
 * `timeout`.
 */
export async function waitForTask(
  client: PikPakClient,
  taskId: string,
  options: TaskWaitOptions = {},
): Promise<OfflineTask> {
  const { firstDelayMs, maxDelayMs, timeoutMs } = { ...TASK_WAIT_DEFAULTS, ...options };
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? (() => client.now());
  const endpoint = endpointOf('GET', `/drive/v1/tasks/${taskId}`);
  const start = now();
  let delay = firstDelayMs;
  let failedAsks = 0;
  let last: OfflineTask | undefined;
  for (;;) {
    const remaining = timeoutMs - (now() - start);
    if (remaining <= 0) throw timedOut(endpoint, last, timeoutMs);
    await sleep(Math.min(delay, remaining));
    delay = Math.min(delay * 2, maxDelayMs);
    try {
      last = await getTask(client, taskId);
      failedAsks = 0;
    } catch (error) {
      if (isPikPakError(error) && error.retriable && ++failedAsks < MAX_FAILED_ASKS) continue;
      throw error;
    }
    if (last.phase === 'complete') return last;
    if (last.phase === 'error') throw taskFailed(endpoint, last);
  }
}

function taskFailed(endpoint: string, task: OfflineTask): PikPakError {
  const reason = redactSecrets(task.message.trim()).slice(0, 300);
  const error = new PikPakError({
    kind: taskFailureKind(reason),
    endpoint,
    status: 200,
    error: 'PHASE_TYPE_ERROR',
    ...(reason ? { detail: reason } : {}),
  });
  // What the page receives as the error's message: PikPak's own words.
  error.message = `PikPak's ${task.name || 'batch'} task failed: ${reason || 'no reason given'}`;
  return error;
}

function timedOut(endpoint: string, last: OfflineTask | undefined, timeoutMs: number): PikPakError {
  const phase = last?.phase ?? 'unanswered';
  const error = new PikPakError({ kind: 'timeout', endpoint, detail: `still ${phase} after ${timeoutMs} ms` });
  error.message = `PikPak's task was still ${phase} after ${Math.round(timeoutMs / 1000)} s`;
  return error;
}
