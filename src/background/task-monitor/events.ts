import type { OfflineTask } from '../../shared/domain.ts';
import { isActive } from '../../shared/task-rates.ts';
import type { TaskSnapshot } from '../../shared/task-snapshot.ts';

/**
 * Which tasks finished or failed between two snapshots: pure, so the rules are tested without a browser.
 *
 * Once per task: `seen` holds the tasks already reported (or already finished when they were first listed), as
 * `id` → the phase. It is stored with the snapshot in one write, before any notification is shown, so a worker
 * stopped at any moment shows a completion at most once; a later worker never reports it again.
 *
 * - The first snapshot of an account reports nothing: what finished before the extension watched is history.
 * - A task reported as failed and retried (it runs again) is forgotten, so a second failure or its completion
 *   is reported too.
 * - A task that was not in the previous snapshot is reported only when it changed after that snapshot was taken
 *   (a link sent and completed between two polls), not when an old task merely shows up again.
 */

export type Seen = Record<string, 'complete' | 'error'>;

export interface TaskEvents {
  completed: OfflineTask[];
  failed: OfflineTask[];
  seen: Seen;
}

/** How many finished tasks `seen` remembers (the oldest are forgotten first; PikPak lists newest first). */
export const MAX_SEEN = 2_000;
/** Allowance for the difference between PikPak's clock and ours. */
const CLOCK_SKEW_MS = 5 * 60_000;

export function taskEvents(
  previous: TaskSnapshot | null,
  tasks: readonly OfflineTask[],
  seen: Readonly<Seen>,
): TaskEvents {
  const next: Seen = {};
  const completed: OfflineTask[] = [];
  const failed: OfflineTask[] = [];
  const before = new Map(previous?.tasks.map((task) => [task.id, task]));
  for (const task of tasks) {
    if (task.phase !== 'complete' && task.phase !== 'error') continue;
    const phase = task.phase;
    if (seen[task.id] === phase) {
      next[task.id] = phase;
      continue;
    }
    next[task.id] = phase;
    if (previous === null) continue;
    const old = before.get(task.id);
    const isNews =
      old === undefined
        ? (task.updatedAt ?? task.createdAt ?? 0) >= previous.takenAt - CLOCK_SKEW_MS
        : old.phase !== phase || isActive(old.phase);
    if (!isNews) continue;
    (phase === 'complete' ? completed : failed).push(task);
  }
  // Tasks no longer listed (deleted) or running again (retried) drop out; of the rest, the newest are kept.
  const kept = Object.entries(next).slice(0, MAX_SEEN);
  return { completed, failed, seen: Object.fromEntries(kept) };
}
