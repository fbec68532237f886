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
 * The poller measures (src/background/task-monitor/rates.ts) and stores the rates in the snapshot; the popup
 * computes the speed and time left here when it renders. Pure.
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

/** No change for this long: the speed is unknown rather than a guess. */
export const STALL_MS = 10 * 60_000;

export interface TaskSpeed {
  bytesPerSecond: number;
  /** Seconds left at that speed. */
  secondsLeft: number;
}

/** Speed and time left for one task, when they can be told. */
export function speedOf(
  task: Pick<OfflineTask, 'phase' | 'progress' | 'fileSize'>,
  rate: TaskRate | undefined,
  now: number,
): TaskSpeed | undefined {
  if (!isActive(task.phase) || rate?.bytesPerSecond === undefined || rate.bytesPerSecond <= 0) return undefined;
  if (now - rate.anchorAt >= STALL_MS) return undefined;
  const size = task.fileSize.bytes;
  const left = Math.max(0, size * (1 - task.progress / 100));
  return { bytesPerSecond: rate.bytesPerSecond, secondsLeft: left / rate.bytesPerSecond };
}
