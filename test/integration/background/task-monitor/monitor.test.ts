import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OfflineTask } from '../../../../src/shared/domain.ts';
import { startFakePikPak, type FakePikPak } from '../../../fake-pikpak/index.ts';
import { makeClient, memoryStore, pairFrom } from '../../api/helpers.ts';

/**
 * The task monitor against the fake PikPak, on the extension's storage (@webext-core/fake-browser) with a
 * simulated clock: alarms and timers fire when the simulated time reaches them, so an hour passes in an instant.
 * A "restart" is a new monitor on the same storage and alarms (the old one's timer dies with it).
 */
import { fakeBrowser } from '@webext-core/fake-browser';
const { createTaskMonitor, TASK_POLL_ALARM } = await import('../../../../src/background/task-monitor/monitor.ts');
const { BACKGROUND_INTERVAL_MS, WATCH_INTERVAL_MS } =
  await import('../../../../src/background/task-monitor/cadence.ts');
const { taskSnapshotItem } = await import('../../../../src/shared/task-snapshot.ts');
type TaskMonitor = ReturnType<typeof createTaskMonitor>;

let fake: FakePikPak;
// A fresh fake per test: tests complete and fail its tasks.
beforeEach(async () => {
  fake = await startFakePikPak({ https: false, seed: 'basic' });
});
afterEach(() => fake.close());

interface Timer {
  due: number;
  callback: () => void;
}

/** A worker: the monitor with simulated timers, recording what it reported. */
function startWorker(store: ReturnType<typeof memoryStore>, sim: Simulation) {
  const events = { completed: [] as OfflineTask[], failed: [] as OfflineTask[] };
  const badges: { running: number; failed: boolean }[] = [];
  const client = makeClient(fake, store);
  const monitor = createTaskMonitor({
    client: () => client,
    account: () => Promise.resolve(sim.signedIn ? 'YgDemoUser000001' : undefined),
    now: () => fake.control.clock.now(),
    alarms: {
      get: (name) => fakeBrowser.alarms.get(name),
      create: (name, info) => fakeBrowser.alarms.create(name, info),
      clear: (name) => fakeBrowser.alarms.clear(name),
    },
    timers: {
      set: (callback, ms) => {
        const timer: Timer = { due: fake.control.clock.now() + ms, callback };
        sim.timers.add(timer);
        return timer;
      },
      clear: (handle) => void sim.timers.delete(handle as Timer),
    },
    onEvents: (found) => {
      events.completed.push(...found.completed);
      events.failed.push(...found.failed);
    },
    onBadge: (badge) => void badges.push(badge),
  });
  sim.monitor = monitor;
  return { monitor, events, badges };
}

interface Simulation {
  timers: Set<Timer>;
  monitor?: TaskMonitor;
  signedIn: boolean;
}

/** Lets `ms` of simulated time pass, firing timers and the alarm (as Chrome would) when they are due. */
async function pass(sim: Simulation, ms: number): Promise<void> {
  const end = fake.control.clock.now() + ms;
  for (let guard = 0; guard < 10_000; guard++) {
    const alarm = await fakeBrowser.alarms.get(TASK_POLL_ALARM);
    const timer = [...sim.timers].sort((a, b) => a.due - b.due)[0];
    const next = Math.min(alarm?.scheduledTime ?? Infinity, timer?.due ?? Infinity);
    if (next > end) break;
    fake.control.clock.set(Math.max(fake.control.clock.now(), next));
    if (timer && timer.due === next) {
      // What the timer's callback does (a poll), awaited here.
      sim.timers.delete(timer);
      await sim.monitor?.poll();
    } else {
      // Chrome removes a one-shot alarm when it fires.
      await fakeBrowser.alarms.clear(TASK_POLL_ALARM);
      await sim.monitor?.handleAlarm(TASK_POLL_ALARM);
    }
  }
  fake.control.clock.set(Math.max(fake.control.clock.now(), end));
}

const listRequests = () => fake.log.filter({ method: 'GET', path: '/drive/v1/tasks' }).length;
const driveRequests = () => fake.log.filter({ host: 'drive' }).length;

let sim: Simulation;
let store: ReturnType<typeof memoryStore>;
beforeEach(() => {
  sim = { timers: new Set(), signedIn: true };
  store = memoryStore(pairFrom(fake));
  fake.log.clear();
});

/** Finishes every task the fake has, so nothing runs. */
function finishAll(): void {
  for (const task of fake.control.tasks.list())
    if (task.phase === 'PHASE_TYPE_RUNNING' || task.phase === 'PHASE_TYPE_PENDING')
      fake.control.tasks.complete(task.id);
}

describe('when it polls', () => {
  it('lists every phase, all pages, with reference_resource, and stores a snapshot with its time', async () => {
    const { monitor } = startWorker(store, sim);
    const before = fake.control.clock.now();
    const snapshot = await monitor.poll();
    const request = fake.log.last({ method: 'GET', path: '/drive/v1/tasks' });
    expect(request?.query).toMatchObject({ with: 'reference_resource', type: 'offline' });
    expect(JSON.parse(String(request?.query['filters']))).toEqual({
      phase: { in: 'PHASE_TYPE_PENDING,PHASE_TYPE_RUNNING,PHASE_TYPE_ERROR,PHASE_TYPE_COMPLETE' },
    });
    expect(snapshot?.takenAt).toBeGreaterThanOrEqual(before);
    expect(snapshot?.takenAt).toBeLessThanOrEqual(fake.control.clock.now());
    expect(await taskSnapshotItem.get()).toEqual(snapshot);
    expect(snapshot?.tasks.map((task) => task.phase).sort()).toEqual(
      expect.arrayContaining(['complete', 'error', 'running']),
    );
    expect(snapshot?.tasks.find((task) => task.phase === 'running')?.resource?.id).toBeTruthy();
  });

  it('a simulated idle hour makes zero requests', async () => {
    finishAll();
    const { monitor } = startWorker(store, sim);
    await monitor.poll();
    expect(await fakeBrowser.alarms.get(TASK_POLL_ALARM)).toBeUndefined();
    fake.log.clear();
    // A restart in the middle of the hour changes nothing either.
    await pass(sim, 30 * 60_000);
    await startWorker(store, sim).monitor.resume();
    await pass(sim, 30 * 60_000);
    expect(driveRequests()).toBe(0);
    expect(sim.timers.size).toBe(0);
  });

  it('polls on the alarm, 30 s or more apart, while a task runs, and stops when it finished', async () => {
    const { monitor } = startWorker(store, sim);
    await monitor.poll();
    fake.log.clear();
    await pass(sim, 5 * 60_000);
    // The fake answers expires_in 3 while busy: the alarm still waits Chrome's 30 s.
    // (9 or 10: the fake's clock also moves with real time between polls.)
    expect(listRequests()).toBeGreaterThanOrEqual(9);
    expect(listRequests()).toBeLessThanOrEqual(10);
    expect(sim.timers.size).toBe(0);
    finishAll();
    await pass(sim, BACKGROUND_INTERVAL_MS);
    fake.log.clear();
    await pass(sim, 60 * 60_000);
    expect(listRequests()).toBe(0);
  });

  it('polls every few seconds while a page watches, honouring a longer expires_in, and slows down when it closes', async () => {
    const { monitor } = startWorker(store, sim);
    const unwatch = monitor.watch();
    await vi.waitFor(() => expect(listRequests()).toBe(1));
    await pass(sim, 30_000);
    expect(listRequests()).toBeGreaterThanOrEqual(30_000 / WATCH_INTERVAL_MS);
    expect(listRequests()).toBeLessThanOrEqual(1 + 30_000 / WATCH_INTERVAL_MS);
    // Nothing runs: the fake says the list is good for 60 s, and the watched popup waits that long.
    finishAll();
    await pass(sim, WATCH_INTERVAL_MS);
    fake.log.clear();
    await pass(sim, 125_000);
    expect(listRequests()).toBe(2);
    unwatch();
    fake.log.clear();
    await pass(sim, 60 * 60_000);
    expect(listRequests()).toBe(0);
  });

  it('after a restart, puts the alarm back if tasks were running, without a request', async () => {
    const first = startWorker(store, sim);
    await first.monitor.poll();
    first.monitor.dispose();
    await fakeBrowser.alarms.clearAll();
    fake.log.clear();
    const second = startWorker(store, sim);
    await second.monitor.resume();
    expect(driveRequests()).toBe(0);
    expect(await fakeBrowser.alarms.get(TASK_POLL_ALARM)).toBeDefined();
  });

  it('makes no request while signed out, and backs off after errors', async () => {
    sim.signedIn = false;
    const { monitor } = startWorker(store, sim);
    await monitor.poll();
    expect(driveRequests()).toBe(0);
    sim.signedIn = true;
    fake.control.faults.add({ kind: 'server-error', path: '/drive/v1/tasks', times: 100 });
    try {
      const failed = await monitor.poll();
      expect(failed).toMatchObject({ takenAt: 0, error: { kind: 'server' } });
      // Nothing known to be running and no page open: no retry at all.
      expect(await fakeBrowser.alarms.get(TASK_POLL_ALARM)).toBeUndefined();
    } finally {
      fake.control.faults.clear();
    }
  });
});

describe('completions and failures', () => {
  it('reports nothing that had finished before the first poll, then each new completion and failure once', async () => {
    const { monitor, events, badges } = startWorker(store, sim);
    await monitor.poll();
    expect(events).toEqual({ completed: [], failed: [] });
    expect(badges.at(-1)).toEqual({ running: 1, failed: false });

    const running = fake.seedIds.tasks['running'] ?? '';
    fake.control.tasks.complete(running);
    const extra = fake.control.tasks.add({ name: 'will-fail.iso', phase: 'PHASE_TYPE_RUNNING' });
    await monitor.poll();
    expect(events.completed.map((task) => task.id)).toEqual([running]);
    fake.control.tasks.fail(extra.id, 'Storage space is not enough');
    await monitor.poll();
    await monitor.poll();
    expect(events.completed.map((task) => task.id)).toEqual([running]);
    expect(events.failed.map((task) => [task.id, task.message])).toEqual([[extra.id, 'Storage space is not enough']]);
    // A failure nobody saw marks the badge; a page showing the tasks clears the mark.
    expect(badges.at(-1)).toEqual({ running: 0, failed: true });
    const unwatch = monitor.watch();
    await vi.waitFor(() => expect(badges.at(-1)).toEqual({ running: 0, failed: false }));
    unwatch();
  });

  it('remembers what it reported across a restart, and reports a retried task failing again', async () => {
    const extra = fake.control.tasks.add({ name: 'restart.iso', phase: 'PHASE_TYPE_RUNNING' });
    const first = startWorker(store, sim);
    await first.monitor.poll();
    fake.control.tasks.complete(extra.id);
    await first.monitor.poll();
    expect(first.events.completed.map((task) => task.id)).toEqual([extra.id]);
    first.monitor.dispose();

    const second = startWorker(store, sim);
    await second.monitor.resume();
    await second.monitor.poll();
    expect(second.events.completed).toEqual([]);

    const flaky = fake.control.tasks.add({ name: 'flaky.iso', phase: 'PHASE_TYPE_RUNNING' });
    await second.monitor.poll();
    fake.control.tasks.fail(flaky.id);
    await second.monitor.poll();
    fake.control.tasks.update(flaky.id, { phase: 'PHASE_TYPE_RUNNING', progress: 0 });
    await second.monitor.poll();
    fake.control.tasks.fail(flaky.id);
    await second.monitor.poll();
    expect(second.events.failed.map((task) => task.id)).toEqual([flaky.id, flaky.id]);
  });

  it('reports a task that was sent and completed between two polls', async () => {
    const { monitor, events } = startWorker(store, sim);
    await monitor.poll();
    fake.control.clock.advance(10_000);
    const quick = fake.control.tasks.add({ name: 'cached.mkv', phase: 'PHASE_TYPE_COMPLETE' });
    await monitor.poll();
    expect(events.completed.map((task) => task.id)).toEqual([quick.id]);
  });
});

describe('speed', () => {
  it('derives a speed from successive snapshots of a running task', async () => {
    const task = fake.control.tasks.add({
      name: 'speedy.mkv',
      phase: 'PHASE_TYPE_RUNNING',
      progress: 10,
      size: 1_000_000_000,
    });
    const { monitor } = startWorker(store, sim);
    await monitor.poll();
    fake.control.clock.advance(10_000);
    fake.control.tasks.update(task.id, { progress: 20 });
    await monitor.poll();
    fake.control.clock.advance(10_000);
    fake.control.tasks.update(task.id, { progress: 30 });
    const snapshot = await monitor.poll();
    // 10 % of 1 GB in 10 s.
    // (The fake's clock is real time plus an offset: a few real milliseconds pass too.)
    expect(snapshot?.rates[task.id]?.bytesPerSecond).toBeGreaterThan(9_900_000);
    expect(snapshot?.rates[task.id]?.bytesPerSecond).toBeLessThanOrEqual(10_000_000);
  });
});
