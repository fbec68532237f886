import { makeDriveId } from '../core/ids.ts';
import type { FakeState } from '../state.ts';
import type { AsyncTask, AsyncTaskType } from './types.ts';

/**
 * Batch operations (move, copy, trash, untrash, delete, empty trash) and share restores answer with a
 * task id and change the drive later (pikpak-api.md §7.4, HUB: "not visible immediately").
 *
 * When they complete: once the fake clock passes `createdMs + settings.asyncTaskDelayMs`
 * (300 ms by default). The change is applied at that moment, so a listing made before then still
 * shows the old state; `GET /drive/v1/tasks/{id}` reports PENDING, then COMPLETE. Set
 * `control.asyncTaskDelayMs = 0` to make them synchronous, or `control.clock.advance()` past it.
 */
export function createAsyncTask(
  state: FakeState,
  init: {
    userId: string;
    type: AsyncTaskType;
    name?: string;
    fileId?: string;
    params?: Record<string, string>;
    apply: () => void;
  },
): AsyncTask {
  const now = state.clock.now();
  const task: AsyncTask = {
    id: makeDriveId(state.prng),
    userId: init.userId,
    type: init.type,
    name: init.name ?? init.type,
    createdMs: now,
    completeAtMs: now + Math.max(0, state.settings.asyncTaskDelayMs),
    phase: 'PHASE_TYPE_PENDING',
    params: init.params ?? {},
    fileId: init.fileId ?? '',
    apply: init.apply,
  };
  const failMessage = takeFailure(state, init.type);
  if (failMessage !== undefined) task.failMessage = failMessage;
  state.asyncTasks.set(task.id, task);
  settleAsyncTasks(state);
  return task;
}

/**
 * Completes every due task, in creation order. Called at the start of each request. A task set to fail ends
 * PHASE_TYPE_ERROR at the same moment and changes nothing. Guess: PikPak's partial results of a failed batch are
 * not documented; the fake applies none.
 */
export function settleAsyncTasks(state: FakeState): void {
  const now = state.clock.now();
  for (const task of state.asyncTasks.values()) {
    if (task.phase !== 'PHASE_TYPE_PENDING' || task.completeAtMs > now) continue;
    if (task.failMessage !== undefined) {
      task.phase = 'PHASE_TYPE_ERROR';
      continue;
    }
    task.apply();
    task.phase = 'PHASE_TYPE_COMPLETE';
  }
}

/** The message of the first failure rule that takes this task, if any (control.batchTasks.failNext). */
function takeFailure(state: FakeState, type: AsyncTaskType): string | undefined {
  const rules = state.settings.asyncTaskFailures;
  const rule = rules.find((r) => r.remaining > 0 && (r.type === undefined || r.type === type));
  if (!rule) return undefined;
  if (rule.skip > 0) {
    rule.skip -= 1;
    return undefined;
  }
  rule.remaining -= 1;
  if (rule.remaining === 0) rules.splice(rules.indexOf(rule), 1);
  return rule.message;
}
