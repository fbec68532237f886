import type { PikPakClient } from '../../api/client.ts';
import { isPikPakError } from '../../api/errors.ts';
import type { OfflineTask } from '../../shared/domain.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import { setTogether } from '../../shared/storage.ts';
import { isActive, taskSnapshotItem, type TaskSnapshot } from '../../shared/task-snapshot.ts';
import { taskPages } from '../task-pages.ts';
import { namedAlarm } from '../worker/alarm.ts';
import { oneRunAtATime } from '../worker/single-run.ts';
import { workerTimer } from '../worker/timer.ts';
import { BACKGROUND_INTERVAL_MS, nextPolls } from './cadence.ts';
import { taskEvents } from './events.ts';
import { nextRates } from './rates.ts';
import { EMPTY_MONITOR_STATE, monitorStateItem, type MonitorState } from './state.ts';
import type { BadgeInfo, TaskMonitor, TaskMonitorDeps } from './types.ts';

/**
 * The task monitor: reads PikPak's offline task list and stores it as a snapshot (`taskSnapshot`) for the
 * popup, reports completions and failures once per task, and keeps the badge.
 *
 * When it polls:
 * - while a page watches (the popup holds a `TASK_WATCH_PORT` port open): every few seconds, with a timer (the open
 *   port and the polls keep the worker alive), never faster than PikPak's `expires_in` hint says the list stays
 *   good;
 * - otherwise, while tasks are pending or running: on the `task-poll` alarm, every 30 s or more (Chrome's
 *   shortest alarm period for a packed extension), again no faster than `expires_in`;
 * - otherwise never: no alarm, no timer, no request. Sending a link (the send queue) or opening the popup
 *   starts it again.
 * Everything it needs after a restart is in storage (snapshot, reported tasks, failures) and in the alarm.
 */

export const TASK_POLL_ALARM = 'task-poll';

/** A page that starts watching gets a fresh list unless the snapshot is younger than this. */
const FRESH_ENOUGH_MS = 2_000;
const PAGE_SIZE = 1_000;
const MAX_PAGES = 20;

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
  const alarm = namedAlarm(TASK_POLL_ALARM, deps.alarms);
  let watchers = 0;
  let disposed = false;
  /** One poll at a time; one asked for meanwhile runs after it. */
  const poll = oneRunAtATime(pollOnce, () => disposed);
  // Fast polling while a page watches (the open port keeps the worker alive).
  const timer = workerTimer(() => {
    poll().catch((error: unknown) => console.error('The task monitor failed', error));
  }, deps.timers);

  async function readAll(): Promise<{ snapshot: TaskSnapshot | null; state: MonitorState }> {
    const [snapshot, state] = await Promise.all([taskSnapshotItem.get(), monitorStateItem.get()]);
    return { snapshot, state };
  }

  async function listAll(client: PikPakClient): Promise<{ tasks: OfflineTask[]; expiresIn?: number }> {
    const tasks = new Map<string, OfflineTask>();
    let expiresIn: number | undefined;
    for await (const page of taskPages(client, { pageSize: PAGE_SIZE, maxPages: MAX_PAGES })) {
      expiresIn ??= page.expiresIn;
      for (const task of page.tasks) if (!tasks.has(task.id)) tasks.set(task.id, task);
    }
    return { tasks: [...tasks.values()], ...(expiresIn === undefined ? {} : { expiresIn }) };
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
    timer.clear();
    await alarm.clear();
  }

  /** Sets the next poll: a timer while watched, the alarm while tasks move, nothing when idle. */
  async function schedule(
    snapshot: TaskSnapshot | null,
    expiresIn: number | undefined,
    failures: number,
  ): Promise<void> {
    timer.clear();
    const at = now();
    const { timerMs, alarmMs } = nextPolls({
      watched: watchers > 0,
      moving: snapshot?.tasks.some((task) => isActive(task.phase)) ?? false,
      hasSnapshot: snapshot !== null,
      failures,
      expiresIn,
    });
    if (timerMs !== undefined && !disposed) timer.setAt(at + timerMs, at);
    if (alarmMs === undefined) await alarm.clear();
    else await alarm.set(at + alarmMs, at);
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
      if (!alarm.handles(name)) return false;
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
        else if (!timer.isSet) await schedule(snapshot, undefined, 0);
      })().catch((error: unknown) => console.error('The task monitor failed', error));
      return () => {
        if (done) return;
        done = true;
        watchers -= 1;
        if (watchers > 0) return;
        // Back to the background cadence (the alarm was kept while watched, if anything moves).
        timer.clear();
      };
    },
    async resume() {
      const sub = await deps.account();
      const { snapshot, state } = await readAll();
      if (sub === undefined || snapshot?.sub !== sub) return;
      const moving = snapshot.tasks.some((task) => isActive(task.phase));
      if (moving && (await alarm.scheduledTime()) === undefined) {
        const at = now();
        await alarm.set(at + BACKGROUND_INTERVAL_MS, at);
      }
      if (!moving && state.failures === 0) await alarm.clear();
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
      timer.clear();
    },
  };
}
