import type { OfflineTask } from '../shared/domain.ts';
import { t } from '../shared/i18n.ts';
import { speedOf } from '../shared/task-rates.ts';
import { isActive, type TaskRate } from '../shared/task-rates.ts';
import { formatBytes } from '../ui/format-bytes.ts';
import { formatRelativeTime } from '../ui/format-relative-time.ts';
import { cachedIntl } from '../ui/intl-cache.ts';

/** How the popup groups tasks: moving ones first, then failures, then what is done; PikPak's order within. */
function rank(task: OfflineTask): number {
  if (isActive(task.phase)) return 0;
  if (task.phase === 'error') return 1;
  if (task.phase === 'complete') return 3;
  return 2;
}

export function orderTasks(tasks: readonly OfflineTask[]): OfflineTask[] {
  return tasks
    .map((task, index) => ({ task, index }))
    .sort((a, b) => rank(a.task) - rank(b.task) || a.index - b.index)
    .map(({ task }) => task);
}

export interface TaskCounts {
  active: number;
  failed: number;
  complete: number;
}

export function countTasks(tasks: readonly OfflineTask[]): TaskCounts {
  const counts: TaskCounts = { active: 0, failed: 0, complete: 0 };
  for (const task of tasks) {
    if (isActive(task.phase)) counts.active += 1;
    else if (task.phase === 'error') counts.failed += 1;
    else if (task.phase === 'complete') counts.complete += 1;
  }
  return counts;
}

/** "45 s", "3 min", "2 h 5 min", in the given language. */
function formatDuration(seconds: number, locale?: string): string {
  const unit = (value: number, name: 'second' | 'minute' | 'hour' | 'day') =>
    cachedIntl(
      `duration:${locale ?? ''}|${name}`,
      () =>
        new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 0 }),
    ).format(value);
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return unit(s, 'second');
  if (s < 3600) return unit(Math.round(s / 60), 'minute');
  if (s < 86_400) {
    const hours = Math.floor(s / 3600);
    const minutes = Math.round((s % 3600) / 60);
    return minutes > 0 && hours < 10
      ? `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`
      : unit(Math.round(s / 3600), 'hour');
  }
  return unit(Math.round(s / 86_400), 'day');
}

export function formatPercent(progress: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(progress / 100);
}

export interface TaskLine {
  /** The state in words ("Downloading", "Failed", "Completed"…). */
  state: string;
  /** Size, speed, time left, PikPak's message, how long ago: what applies, in order. */
  details: string[];
}

/** The second line of a task row. */
export function describeTask(task: OfflineTask, rate: TaskRate | undefined, now: number, locale?: string): TaskLine {
  const size = task.fileSize.bytes > 0 ? formatBytes(task.fileSize.bytes, locale) : undefined;
  const ago = formatRelativeTime(task.updatedAt ?? task.createdAt ?? now, now, locale);
  switch (task.phase) {
    case 'running':
    case 'pending': {
      const speed = speedOf(task, rate, now);
      const details = [
        ...(size ? [size] : []),
        ...(speed
          ? [
              t('taskSpeed', formatBytes(speed.bytesPerSecond, locale)),
              t('taskTimeLeft', formatDuration(speed.secondsLeft, locale)),
            ]
          : []),
      ];
      if (details.length === 0 || (speed === undefined && task.phase === 'pending')) details.push(ago);
      return { state: t(task.phase === 'pending' ? 'taskStatePending' : 'taskStateRunning'), details };
    }
    case 'error':
      return { state: t('taskStateFailed'), details: [task.message || t('taskFailedNoReason'), ago] };
    case 'complete':
      return { state: t('taskStateComplete'), details: [...(size ? [size] : []), ago] };
    case 'unknown':
      return { state: task.message || t('taskStateUnknown'), details: [ago] };
  }
}
