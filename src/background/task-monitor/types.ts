import type { PikPakClient } from '../../api/client.ts';
import type { TaskSnapshot } from '../../shared/task-snapshot.ts';
import type { WorkerAlarms } from '../worker/alarm.ts';
import type { WorkerTimers } from '../worker/timer.ts';
import type { TaskEvents } from './events.ts';

/** The task monitor's surface and what it is built from (see ./monitor.ts). */

export type MonitorAlarms = WorkerAlarms;
export type MonitorTimers = WorkerTimers;

export interface BadgeInfo {
  running: number;
  failed: boolean;
}

export interface TaskMonitorDeps {
  client: () => PikPakClient | Promise<PikPakClient>;
  /** The signed-in account's id, or undefined when signed out. */
  account: () => Promise<string | undefined>;
  now?: () => number;
  alarms?: MonitorAlarms;
  timers?: MonitorTimers;
  /** Completions and failures found by a poll (after the snapshot that records them was stored). */
  onEvents?: (events: Pick<TaskEvents, 'completed' | 'failed'>) => void | Promise<void>;
  /** The badge's resting state after each poll (and when it is acknowledged). */
  onBadge?: (badge: BadgeInfo) => void | Promise<void>;
}

export interface TaskMonitor {
  /** Reads the list now (joining a poll on its way; one requested meanwhile runs after it). */
  poll(): Promise<TaskSnapshot | null>;
  /** For the single `alarms.onAlarm` listener: true (after polling) when the alarm was the monitor's. */
  handleAlarm(name: string): Promise<boolean>;
  /** A page shows the tasks until the returned function is called: fast polling, failures acknowledged. */
  watch(): () => void;
  /** On worker start: restores the alarm if tasks were running (no request). */
  resume(): Promise<void>;
  /** The account changed: a new account is polled once, a signed-out one forgets the snapshot. */
  accountChanged(sub: string | undefined): Promise<void>;
  /** Drops tasks from the stored snapshot at once (after they were deleted), before the next poll confirms. */
  forget(ids: readonly string[]): Promise<void>;
  snapshot(): Promise<TaskSnapshot | null>;
  /** Re-sends the badge (settings changed). */
  refreshBadge(): Promise<void>;
  /** Stops the timer (tests: the worker died). */
  dispose(): void;
}
