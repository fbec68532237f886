import browser from 'webextension-polyfill';
import type { PikPakClient } from '../../api/client.ts';
import { listTasks } from '../../api/endpoints/tasks.ts';
import { isPikPakError } from '../../api/errors.ts';
import type { OfflineTask } from '../../shared/domain.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import { setTogether } from '../../shared/storage.ts';
import { isActive, taskSnapshotItem, type TaskSnapshot } from '../../shared/task-snapshot.ts';
import { taskEvents, type TaskEvents } from './events.ts';
import { nextRates } from './rates.ts';
import { EMPTY_MONITOR_STATE, monitorStateItem, type MonitorState } from './state.ts';

/**
 * The task monitor: reads PikPak's offline task list and stores it as a snapshot (`taskSnapshot`) for the
 * popup, reports completions and failures once per task, and keeps the badge.
 *
 * When it polls:
 * - while a page watches (the popup holds a `task-watch` port open): every few seconds, with a timer (the open
 *   port and the polls keep the worker alive), never faster than PikPak's `expires_in` hint says the list stays
 *   good;
 * - otherwise, while tasks are pending or running: on the `task-poll` alarm, every 30 s or more (Chrome's
 *   shortest alarm period for a packed extension), again no faster than `expires_in`;
 * - otherwise never: no alarm, no timer, no request. Sending a link (the send queue) or opening the popup
 *   starts it again.
 * Everything it needs after a restart is in storage (snapshot, reported tasks, failures) and in the alarm.
 */

export const TASK_POLL_ALARM = 'task-poll';
/** The port name a page opens to say it shows the tasks. */
export const TASK_WATCH_PORT = 'task-watch';

/** Poll cadence while a page watches. */
export const WATCH_INTERVAL_MS = 3_000;
/** … but at least once a minute while watched, whatever `expires_in` says. */
const WATCH_MAX_INTERVAL_MS = 60_000;
/** Poll cadence on the alarm while tasks run and nothing watches. */
export const BACKGROUND_INTERVAL_MS = 30_000;
const BACKGROUND_MAX_INTERVAL_MS = 5 * 60_000;
/** Back-off after failed polls: 1, 2, 4 … 15 minutes. */
const ERROR_BACKOFF_MS = 60_000;
const ERROR_BACKOFF_MAX_MS = 15 * 60_000;
/** A page that starts watching gets a fresh list unless the snapshot is younger than this. */
const FRESH_ENOUGH_MS = 2_000;
const PAGE_SIZE = 1_000;
const MAX_PAGES = 20;
const ALL_PHASES = ['pending', 'running', 'error', 'complete'] as const;

export interface MonitorAlarms {
  get(name: string): Promise<{ scheduledTime: number } | undefined>;
  create(name: string, info: { when: number }): Promise<void>;
  clear(name: string): Promise<unknown>;
}

export interface MonitorTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

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

const browserAlarms: MonitorAlarms = {
  get: (name) => browser.alarms.get(name),
  create: (name, info) => browser.alarms.create(name, info),
  clear: (name) => browser.alarms.clear(name),
};

const realTimers: MonitorTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * What the snapshot keeps of a task: the popup reads the whole snapshot before it paints, so icons and
 * thumbnails (long signed URLs the popup does not show) stay out.
 */
function slim(task: OfflineTask): OfflineTask {
  const copy = { ...task };
  delete copy.iconUrl;
  if (task.resource !== undefined) {
    const resource = { ...task.resource };
    delete resource.thumbnailUrl;
    delete resource.mimeType;
    copy.resource = resource;
  }
  return copy;
}

export function createTaskMonitor(deps: TaskMonitorDeps): TaskMonitor {
  const now = deps.now ?? Date.now;
  const alarms = deps.alarms ?? browserAlarms;
  const timers = deps.timers ?? realTimers;

  let watchers = 0;
  let timer: unknown;
  let running: Promise<TaskSnapshot | null> | undefined;
  let again = false;
  let disposed = false;

  async function readAll(): Promise<{ snapshot: TaskSnapshot | null; state: MonitorState }> {
    const [snapshot, state] = await Promise.all([taskSnapshotItem.get(), monitorStateItem.get()]);
    return { snapshot, state };
  }

  async function listAll(client: PikPakClient): Promise<{ tasks: OfflineTask[]; expiresIn?: number }> {
    const tasks: OfflineTask[] = [];
    const ids = new Set<string>();
    const tokens = new Set<string>();
    let expiresIn: number | undefined;
    let pageToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await listTasks(client, {
        phases: ALL_PHASES,
        limit: PAGE_SIZE,
        ...(pageToken ? { pageToken } : {}),
      });
      expiresIn ??= answer.expiresIn;
      for (const task of answer.tasks) {
        if (ids.has(task.id)) continue;
        ids.add(task.id);
        tasks.push(task);
      }
      // Pagination can repeat a token; stop on repeats and empty pages (§9.13).
      const next = answer.nextPageToken;
      if (!next || answer.tasks.length === 0 || tokens.has(next)) break;
      tokens.add(next);
      pageToken = next;
    }
    return { tasks, ...(expiresIn === undefined ? {} : { expiresIn }) };
  }

  function badgeOf(snapshot: TaskSnapshot | null, state: MonitorState): BadgeInfo {
    const tasks = snapshot?.tasks ?? [];
    return { running: tasks.filter((task) => isActive(task.phase)).length, failed: state.failedUnseen };
  }

  async function pollOnce(): Promise<TaskSnapshot | null> {
    const sub = await deps.account();
    const { snapshot: stored, state } = await readAll();
    if (sub === undefined) {
      // Nothing to read while signed out; sign-in starts again (accountChanged).
      await stopAll();
      return stored;
    }
    const mine = stored?.sub === sub ? stored : null;
    // A snapshot with takenAt 0 only records that the first poll failed: no list to compare with.
    const previous = mine !== null && mine.takenAt > 0 ? mine : null;
    const at = now();
    let listed: { tasks: OfflineTask[]; expiresIn?: number };
    try {
      listed = await listAll(await deps.client());
    } catch (error) {
      const kind: ErrorKind = isPikPakError(error) ? error.kind : 'unknown';
      const failures = state.failures + 1;
      const failed: TaskSnapshot = previous
        ? { ...previous, error: { kind, at } }
        : { sub, takenAt: 0, tasks: [], rates: {}, error: { kind, at } };
      await setTogether('local', [
        [taskSnapshotItem, failed],
        [monitorStateItem, { ...state, failures }],
      ]);
      if (kind === 'signed-out') await stopAll();
      else await schedule(failed, undefined, failures);
      return failed;
    }
    const seenBefore = previous ? state.seen : {};
    const events = taskEvents(previous, listed.tasks, seenBefore);
    const snapshot: TaskSnapshot = {
      sub,
      takenAt: at,
      tasks: listed.tasks.map(slim),
      rates: nextRates(previous?.rates ?? {}, listed.tasks, at),
    };
    const nextState: MonitorState = {
      seen: events.seen,
      failures: 0,
      // A failure nobody has looked at yet marks the badge until a page shows the tasks.
      failedUnseen:
        (events.failed.length > 0 && watchers === 0) ||
        (previous !== null && state.failedUnseen && snapshot.tasks.some((task) => task.phase === 'error')),
    };
    // One write for the snapshot and what was reported, before anything is shown: a worker stopped after it
    // never reports these again, one stopped before it reports them next time.
    await setTogether('local', [
      [taskSnapshotItem, snapshot],
      [monitorStateItem, nextState],
    ]);
    await deps.onBadge?.(badgeOf(snapshot, nextState));
    if (events.completed.length > 0 || events.failed.length > 0) {
      try {
        await deps.onEvents?.({ completed: events.completed, failed: events.failed });
      } catch (error) {
        console.error('Could not report finished tasks', error);
      }
    }
    await schedule(snapshot, listed.expiresIn, 0);
    return snapshot;
  }

  async function stopAll(): Promise<void> {
    clearTimer();
    await alarms.clear(TASK_POLL_ALARM);
  }

  function clearTimer(): void {
    if (timer !== undefined) timers.clear(timer);
    timer = undefined;
  }

  /** Sets the next poll: a timer while watched, the alarm while tasks move, nothing when idle. */
  async function schedule(
    snapshot: TaskSnapshot | null,
    expiresIn: number | undefined,
    failures: number,
  ): Promise<void> {
    clearTimer();
    const hintMs = expiresIn !== undefined && expiresIn > 0 ? expiresIn * 1000 : 0;
    const backoff = failures > 0 ? Math.min(ERROR_BACKOFF_MAX_MS, ERROR_BACKOFF_MS * 2 ** (failures - 1)) : 0;
    if (watchers > 0 && !disposed) {
      const delay =
        failures > 0
          ? Math.min(backoff, WATCH_MAX_INTERVAL_MS)
          : Math.min(WATCH_MAX_INTERVAL_MS, Math.max(WATCH_INTERVAL_MS, hintMs));
      timer = timers.set(() => {
        timer = undefined;
        poll().catch((error: unknown) => console.error('The task monitor failed', error));
      }, delay);
    }
    const moving = snapshot?.tasks.some((task) => isActive(task.phase)) ?? false;
    if (moving || (failures > 0 && snapshot !== null && watchers > 0)) {
      const delay =
        failures > 0
          ? Math.max(BACKGROUND_INTERVAL_MS, backoff)
          : Math.min(BACKGROUND_MAX_INTERVAL_MS, Math.max(BACKGROUND_INTERVAL_MS, hintMs));
      await alarms.create(TASK_POLL_ALARM, { when: now() + delay });
    } else {
      await alarms.clear(TASK_POLL_ALARM);
    }
  }

  function poll(): Promise<TaskSnapshot | null> {
    if (running) {
      again = true;
      return running;
    }
    const run = (async () => {
      let result: TaskSnapshot | null;
      do {
        again = false;
        result = await pollOnce();
      } while (again && !disposed);
      return result;
    })();
    running = run.finally(() => {
      running = undefined;
    });
    return running;
  }

  async function acknowledge(): Promise<void> {
    const { snapshot, state } = await readAll();
    if (state.failedUnseen) {
      const next = { ...state, failedUnseen: false };
      await monitorStateItem.set(next);
      await deps.onBadge?.(badgeOf(snapshot, next));
    }
  }

  return {
    poll,
    async handleAlarm(name) {
      if (name !== TASK_POLL_ALARM) return false;
      await poll();
      return true;
    },
    watch() {
      watchers += 1;
      let done = false;
      (async () => {
        await acknowledge();
        const snapshot = await taskSnapshotItem.get();
        if (snapshot === null || now() - snapshot.takenAt >= FRESH_ENOUGH_MS || snapshot.error) await poll();
        else if (timer === undefined) await schedule(snapshot, undefined, 0);
      })().catch((error: unknown) => console.error('The task monitor failed', error));
      return () => {
        if (done) return;
        done = true;
        watchers -= 1;
        if (watchers > 0) return;
        // Back to the background cadence (the alarm was kept while watched, if anything moves).
        clearTimer();
      };
    },
    async resume() {
      const sub = await deps.account();
      const { snapshot, state } = await readAll();
      if (sub === undefined || snapshot?.sub !== sub) return;
      const moving = snapshot.tasks.some((task) => isActive(task.phase));
      if (moving && (await alarms.get(TASK_POLL_ALARM)) === undefined) {
        await alarms.create(TASK_POLL_ALARM, { when: now() + BACKGROUND_INTERVAL_MS });
      }
      if (!moving && state.failures === 0) await alarms.clear(TASK_POLL_ALARM);
    },
    async accountChanged(sub) {
      const snapshot = await taskSnapshotItem.get();
      if (sub === undefined) {
        if (snapshot === null) return;
        await stopAll();
        await setTogether('local', [
          [taskSnapshotItem, null],
          [monitorStateItem, EMPTY_MONITOR_STATE],
        ]);
        await deps.onBadge?.({ running: 0, failed: false });
        return;
      }
      if (snapshot?.sub !== sub) await poll();
    },
    async forget(ids) {
      const drop = new Set(ids);
      const snapshot = await taskSnapshotItem.get();
      if (snapshot === null) return;
      await taskSnapshotItem.set({ ...snapshot, tasks: snapshot.tasks.filter((task) => !drop.has(task.id)) });
    },
    snapshot: () => taskSnapshotItem.get(),
    async refreshBadge() {
      const { snapshot, state } = await readAll();
      await deps.onBadge?.(badgeOf(snapshot, state));
    },
    dispose() {
      disposed = true;
      watchers = 0;
      clearTimer();
    },
  };
}
