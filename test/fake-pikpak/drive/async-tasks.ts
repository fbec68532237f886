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
  state.asyncTasks.set(task.id, task);
  settleAsyncTasks(state);
  return task;
}

/** Completes every due task, in creation order. Called at the start of each request. */
export function settleAsyncTasks(state: FakeState): void {
  const now = state.clock.now();
  for (const task of state.asyncTasks.values()) {
    if (task.phase !== 'PHASE_TYPE_PENDING' || task.completeAtMs > now) continue;
    task.apply();
    task.phase = 'PHASE_TYPE_COMPLETE';
  }
}
