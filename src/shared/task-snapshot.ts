import type { OfflineTask } from './domain.ts';
import { isErrorKind, type ErrorKind } from './errors.ts';
import { defineItem, isRecord } from './storage.ts';
import type { TaskRate } from './task-rates.ts';

export { isActive, type TaskRate } from './task-rates.ts';

/**
 * PikPak's offline tasks as the task monitor last read them: one `storage.local` item written only by the
 * background's poller (src/background/task-monitor/), read by the popup, which renders it at once and then
 * follows its changes. Speeds are derived by the poller from successive snapshots (./task-rates.ts).
 */

/**
 * The port a page holds open while it shows the tasks (`runtime.connect({ name })`): while one is open the worker
 * polls every few seconds (src/background/task-monitor/).
 */
export const TASK_WATCH_PORT = 'task-watch';

export interface TaskSnapshot {
  /** The account the tasks belong to (a snapshot of another account is not shown). */
  sub: string;
  /** When the list was read (epoch ms); 0 when no list could be read yet (then `error` says why). */
  takenAt: number;
  /** Every task in every phase, newest first, as PikPak lists them. */
  tasks: OfflineTask[];
  /** Per running task id. */
  rates: Record<string, TaskRate>;
  /** The last poll failed (the tasks are those of the last good one); cleared by the next good poll. */
  error?: { kind: ErrorKind; at: number };
}

const PHASES: readonly unknown[] = ['pending', 'running', 'error', 'complete', 'unknown'];

/** One task as stored: the fields the popup and the events depend on are checked. */
export function isStoredTask(value: unknown): value is OfflineTask {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    PHASES.includes(value.phase) &&
    typeof value.progress === 'number' &&
    typeof value.message === 'string' &&
    isRecord(value.fileSize) &&
    typeof value.fileSize.bytes === 'number'
  );
}

function isSnapshot(value: unknown): value is TaskSnapshot {
  if (!isRecord(value)) return false;
  const error = value.error;
  return (
    typeof value.sub === 'string' &&
    typeof value.takenAt === 'number' &&
    Array.isArray(value.tasks) &&
    value.tasks.every(isStoredTask) &&
    isRecord(value.rates) &&
    (error === undefined || (isRecord(error) && isErrorKind(error.kind) && typeof error.at === 'number'))
  );
}

/** `null` until the first poll of this account (or after sign-out). */
export const taskSnapshotItem = defineItem<TaskSnapshot | null>(
  'local',
  'taskSnapshot',
  null,
  (value): value is TaskSnapshot | null => value === null || isSnapshot(value),
);
