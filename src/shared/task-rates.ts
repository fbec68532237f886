import type { OfflineTask, Phase } from './domain.ts';

/**
 * Speed and time left of running downloads, derived from successive snapshots. PikPak reports progress only
 * as a whole per cent (§6.1) and no speed we can trust (`params.predict_speed` does not change), so:
 *
 * - the rate is measured between two snapshots in which the progress *changed* (the "anchor" moves on each
 *   change), and smoothed over changes;
 * - while the progress stands still the speed is capped: not even 1 % in `t` seconds means less than
 *   `size / 100 / t` bytes a second, so a stalled download slows down on screen instead of showing its old speed;
 * - a task whose progress went back (a retry) starts over.
 *
 * Pure: the poller stores the result in the snapshot; the popup computes the time left when it renders.
 */

/** How fast one running task goes, from the progress seen in successive snapshots. */
export interface TaskRate {
  /** The progress (0–100) when it last changed, and when that was seen (epoch ms). */
  anchorProgress: number;
  anchorAt: number;
  /** Smoothed; absent until a change of progress has been seen twice. */
  bytesPerSecond?: number;
}

/** Tasks that still move: counted on the badge and kept polled. */
export const isActive = (phase: Phase): boolean => phase === 'running' || phase === 'pending';

/** Weight of the newest measurement in the smoothed speed. */
const SMOOTHING = 0.5;
/** No change for this long: the speed is unknown rather than a guess. */
export const STALL_MS = 10 * 60_000;

/** The rates of the next snapshot's running tasks, from the previous rates and the new progress. */
export function nextRates(previous: Readonly<Record<string, TaskRate>>, tasks: readonly OfflineTask[], at: number): Record<string, TaskRate> {
  const rates: Record<string, TaskRate> = {};
  for (const task of tasks) {
    if (task.phase !== 'running') continue;
    rates[task.id] = nextRate(previous[task.id], task, at);
  }
  return rates;
}

export function nextRate(previous: TaskRate | undefined, task: Pick<OfflineTask, 'progress' | 'fileSize'>, at: number): TaskRate {
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
  const bytesPerSecond = previous.bytesPerSecond === undefined ? measured : SMOOTHING * measured + (1 - SMOOTHING) * previous.bytesPerSecond;
  return { anchorProgress: task.progress, anchorAt: at, bytesPerSecond };
}

export interface TaskSpeed {
  bytesPerSecond: number;
  /** Seconds left at that speed. */
  secondsLeft: number;
}

/** Speed and time left for one task, when they can be told. */
export function speedOf(task: Pick<OfflineTask, 'phase' | 'progress' | 'fileSize'>, rate: TaskRate | undefined, now: number): TaskSpeed | undefined {
  if (!isActive(task.phase) || rate?.bytesPerSecond === undefined || rate.bytesPerSecond <= 0) return undefined;
  if (now - rate.anchorAt >= STALL_MS) return undefined;
  const size = task.fileSize.bytes;
  const left = Math.max(0, size * (1 - task.progress / 100));
  return { bytesPerSecond: rate.bytesPerSecond, secondsLeft: left / rate.bytesPerSecond };
}
