import { isRecord, defineItem } from '../../shared/storage.ts';
import type { Seen } from './events.ts';

/** The monitor's own bookkeeping, beside the snapshot (background only; pages read the snapshot). */
export interface MonitorState {
  /** Finished tasks already reported (see ./events.ts). */
  seen: Seen;
  /** Polls that failed in a row (the back-off). */
  failures: number;
  /** A failure was reported while no page showed the tasks: the badge carries the failed mark until one does. */
  failedUnseen: boolean;
}

export const EMPTY_MONITOR_STATE: MonitorState = { seen: {}, failures: 0, failedUnseen: false };

const isMonitorState = (value: unknown): value is MonitorState =>
  isRecord(value) &&
  isRecord(value.seen) &&
  Object.values(value.seen).every((phase) => phase === 'complete' || phase === 'error') &&
  typeof value.failures === 'number' &&
  typeof value.failedUnseen === 'boolean';

export const monitorStateItem = defineItem<MonitorState>('local', 'taskMonitor', EMPTY_MONITOR_STATE, isMonitorState);
