import type { OfflineTask } from '../../shared/domain.ts';
import { STALL_MS, type TaskRate } from '../../shared/task-rates.ts';

/**
 * Measures how fast running tasks go, from one snapshot to the next (the rules are in
 * src/shared/task-rates.ts, which turns the result into speed and time left). Pure.
 */

/** Weight of the newest measurement in the smoothed speed. */
const SMOOTHING = 0.5;

/** The rates of the next snapshot's running tasks, from the previous rates and the new progress. */
export function nextRates(
  previous: Readonly<Record<string, TaskRate>>,
  tasks: readonly OfflineTask[],
  at: number,
): Record<string, TaskRate> {
  const rates: Record<string, TaskRate> = {};
  for (const task of tasks) {
    if (task.phase !== 'running') continue;
    rates[task.id] = nextRate(previous[task.id], task, at);
  }
  return rates;
}

export function nextRate(
  previous: TaskRate | undefined,
  task: Pick<OfflineTask, 'progress' | 'fileSize'>,
  at: number,
): TaskRate {
  const fresh: TaskRate = { anchorProgress: task.progress, anchorAt: at };
  if (previous === undefined || task.progress < previous.anchorProgress || at < previous.anchorAt) return fresh;
  const elapsed = (at - previous.anchorAt) / 1000;
  const size = task.fileSize.bytes;
  if (task.progress === previous.anchorProgress) {
    if (elapsed * 1000 >= STALL_MS || previous.bytesPerSecond === undefined) {
      return { anchorProgress: previous.anchorProgress, anchorAt: previous.anchorAt };
    }
    const ceiling = elapsed > 0 ? size / 100 / elapsed : Infinity;
    return { ...previous, bytesPerSecond: Math.min(previous.bytesPerSecond, ceiling) };
  }
  if (elapsed <= 0 || size <= 0) return fresh;
  const measured = (((task.progress - previous.anchorProgress) / 100) * size) / elapsed;
  // The first change only says where the anchor is when it was first seen part-way through a per cent; it
  // still gives a usable first figure.
  const bytesPerSecond =
    previous.bytesPerSecond === undefined ? measured : SMOOTHING * measured + (1 - SMOOTHING) * previous.bytesPerSecond;
  return { anchorProgress: task.progress, anchorAt: at, bytesPerSecond };
}
