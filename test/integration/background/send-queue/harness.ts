import { fakeBrowser } from '@webext-core/fake-browser';
import { expect } from 'vitest';
import type { TokenStore } from '../../../../src/api/session-types.ts';
import { createSendQueue, SEND_QUEUE_ALARM } from '../../../../src/background/send-queue/queue.ts';
import type { QueueAlarms, QueueStorage, QueueTimers, SendQueue } from '../../../../src/background/send-queue/types.ts';
import type { QueueEntry, SendQueueState } from '../../../../src/shared/send-queue.ts';
import { createQueueWriter, readSendQueue } from '../../../../src/shared/send-queue-storage.ts';
import type { FakePikPak, LogEntry } from '../../../fake-pikpak/index.ts';
import { makeClient } from '../../api/helpers.ts';

/**
 * A service worker for the send queue's tests: a queue with its own API client, on the shared extension storage
 * (@webext-core/fake-browser, which the test file installs as `webextension-polyfill`) and the fake PikPak.
 *
 * `kill()` stops the worker the way Chrome does: every storage, alarm and network call it makes afterwards, and
 * every answer still on its way to it, never arrives, so it can change nothing any more. A new worker built on
 * the same storage is the restarted service worker. `killAt` kills it at an exact point.
 */
export interface KillPoint {
  /** After the n-th storage write; before the n-th create request is sent; when the n-th create answer arrives. */
  op: 'write' | 'send' | 'answer';
  n: number;
}

export interface WorkerOptions {
  /** The stored session (shared by the workers of one test, as storage is). */
  store: TokenStore;
  timeoutMs?: number;
  isSignedIn?: () => Promise<boolean>;
  killAt?: KillPoint;
  /** Back-off jitter; default 0.5. */
  random?: () => number;
  /** The worker's timers; default: none ever fires (time moves only through alarms). */
  timers?: QueueTimers;
}

export interface TestWorker {
  queue: SendQueue;
  kill(): void;
  readonly dead: boolean;
  /** Resolves when the worker is killed. */
  died: Promise<void>;
  sent: QueueEntry[];
  failed: QueueEntry[];
  held: string[];
  dailyLimits: number;
}

let ids = 0;

export function startWorker(fake: FakePikPak, options: WorkerOptions): TestWorker {
  let dead = false;
  let markDead: () => void = () => undefined;
  const died = new Promise<void>((resolve) => (markDead = resolve));
  const kill = () => {
    if (dead) return;
    dead = true;
    markDead();
  };
  const never = <T>(): Promise<T> => new Promise<T>(() => undefined);
  const counts = { write: 0, send: 0, answer: 0 };
  const reached = (op: KillPoint['op']) => {
    counts[op] += 1;
    if (options.killAt?.op === op && options.killAt.n === counts[op]) kill();
  };
  const alive = async <T>(call: () => Promise<T>): Promise<T> => {
    if (dead) return never();
    const value = await call();
    return dead ? never() : value;
  };

  // The real storage layout (one key per entry), on the shared fake extension storage.
  const writer = createQueueWriter(fakeBrowser.storage.local);
  const storage: QueueStorage = {
    read: () => alive(() => writer.read()),
    write: (value) =>
      alive(async () => {
        await writer.write(value);
        reached('write');
      }),
  };
  const alarms: QueueAlarms = {
    get: (name) => alive(() => fakeBrowser.alarms.get(name)),
    create: (name, info) => alive(() => fakeBrowser.alarms.create(name, info)),
    clear: (name) => alive(() => fakeBrowser.alarms.clear(name)),
  };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    if (dead) return never();
    const url = input instanceof URL || typeof input === 'string' ? input : input.url;
    const isCreate = init?.method === 'POST' && new URL(url).pathname === '/drive/v1/files';
    if (isCreate) reached('send');
    if (dead) return never();
    const response = await fake.fetch(url, init);
    if (isCreate) reached('answer');
    return dead ? never() : response;
  };

  const worker: TestWorker = {
    kill,
    get dead() {
      return dead;
    },
    died,
    sent: [],
    failed: [],
    held: [],
    dailyLimits: 0,
    queue: undefined as unknown as SendQueue,
  };
  const client = makeClient(fake, options.store, {
    fetch,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  worker.queue = createSendQueue({
    client: () => client,
    now: () => fake.control.clock.now(),
    random: options.random ?? (() => 0.5),
    newId: () => `entry-${++ids}`,
    storage,
    alarms,
    // Time moves only through alarms here (the fake's clock) unless the test passes simulated timers; a real timer
    // would fire into a later test.
    timers: options.timers ?? { set: () => undefined, clear: () => undefined },
    ...(options.isSignedIn ? { isSignedIn: options.isSignedIn } : {}),
    onSent: (entry) => void worker.sent.push(entry),
    onFailed: (entry) => void worker.failed.push(entry),
    onHeld: (reason) => void worker.held.push(reason),
    onDailyLimit: () => void (worker.dailyLimits += 1),
  });
  return worker;
}

/** Runs the worker's processing; resolves when it is done or when the worker was killed on the way. */
export async function processUntilIdleOrDead(worker: TestWorker): Promise<void> {
  await Promise.race([worker.queue.processQueue(), worker.died]);
}

/** The queue's alarm, if any. */
export async function queueAlarm(): Promise<{ scheduledTime: number } | undefined> {
  return fakeBrowser.alarms.get(SEND_QUEUE_ALARM);
}

/** What Chrome does when the alarm is due: move the (fake) clock to it and deliver it. */
export async function fireAlarm(fake: FakePikPak, worker: TestWorker): Promise<void> {
  const alarm = await queueAlarm();
  if (!alarm) throw new Error('no send-queue alarm');
  const wait = alarm.scheduledTime - fake.control.clock.now();
  if (wait > 0) fake.control.clock.advance(wait);
  await expect(worker.queue.handleAlarm(SEND_QUEUE_ALARM)).resolves.toBe(true);
}

/**
 * Processes, then delivers alarms until the queue keeps none (nothing waits any more). `alarmsOnly`: the worker
 * was woken by nothing but its alarm (proves that a stopped worker left one).
 */
export async function drain(
  fake: FakePikPak,
  worker: TestWorker,
  options: { alarmsOnly?: boolean; maxAlarms?: number } = {},
): Promise<number> {
  const maxAlarms = options.maxAlarms ?? 30;
  if (!options.alarmsOnly) await worker.queue.processQueue();
  let fired = 0;
  while (await queueAlarm()) {
    if (++fired > maxAlarms) throw new Error(`still an alarm after ${maxAlarms} deliveries:\n${fake.log.format()}`);
    await fireAlarm(fake, worker);
  }
  return fired;
}

export async function storedQueue(): Promise<SendQueueState> {
  return readSendQueue(fakeBrowser.storage.local);
}

let links = 0;

/** A magnet link no other test uses (the fake names the result after `dn`). */
export function uniqueMagnet(label = 'Film'): string {
  links += 1;
  const hash = (0xabc000 + links).toString(16).padStart(40, '0');
  return `magnet:?xt=urn:btih:${hash}&dn=${encodeURIComponent(`${label} ${links}.mkv`)}`;
}

/** Create requests (POST /drive/v1/files, UPLOAD_TYPE_URL) as the fake saw them, optionally for one URL. */
export function creates(fake: FakePikPak, url?: string): LogEntry[] {
  return fake.log.filter({ method: 'POST', path: '/drive/v1/files' }).filter((entry) => {
    const body = entry.body as { upload_type?: string; url?: { url?: string } } | undefined;
    return body?.upload_type === 'UPLOAD_TYPE_URL' && (url === undefined || body.url?.url === url);
  });
}

/** Offline tasks the fake holds for a URL. */
export function tasksFor(fake: FakePikPak, url: string) {
  return fake.control.tasks.list().filter((task) => task.url === url);
}

/** Every link: exactly one task on the fake, exactly one create answered 200, and its entry done with that task. */
export async function expectSentOnce(fake: FakePikPak, urls: readonly string[]): Promise<void> {
  const { entries } = await storedQueue();
  for (const url of urls) {
    const tasks = tasksFor(fake, url);
    expect(tasks, `tasks for ${url}\n${fake.log.format()}`).toHaveLength(1);
    expect(
      creates(fake, url).filter((entry) => entry.status === 200),
      `accepted creates for ${url}`,
    ).toHaveLength(1);
    const entry = entries.find((e) => e.url === url);
    expect(entry, `entry for ${url}`).toMatchObject({ state: 'done', taskId: tasks[0]?.id, fileId: tasks[0]?.fileId });
  }
}

interface SimulatedTimer {
  due: number;
  callback: () => void;
}

/**
 * A live worker's timers on the fake's clock: nothing fires until the test lets time pass, and then the clock moves
 * exactly to the time the queue asked for (no sleeping, and no waking later than a real timer would).
 */
export function simulatedTimers(fake: FakePikPak) {
  const set = new Set<SimulatedTimer>();
  return {
    timers: {
      set(callback: () => void, ms: number): SimulatedTimer {
        const timer = { due: fake.control.clock.now() + ms, callback };
        set.add(timer);
        return timer;
      },
      clear(handle: unknown) {
        set.delete(handle as SimulatedTimer);
      },
    } satisfies QueueTimers,
    /** Moves the clock to the earliest timer and fires it; false when none is set. */
    fireNext(): boolean {
      const next = [...set].sort((a, b) => a.due - b.due)[0];
      if (!next) return false;
      set.delete(next);
      fake.control.clock.set(Math.max(fake.control.clock.now(), next.due));
      next.callback();
      return true;
    },
  };
}

/** Processes, then lets the worker's timers fire (processing after each) until none is set. */
export async function runTimers(worker: TestWorker, sim: ReturnType<typeof simulatedTimers>): Promise<void> {
  await worker.queue.processQueue();
  for (let fired = 0; sim.fireNext(); fired++) {
    if (fired > 30) throw new Error('the worker keeps setting timers');
    await worker.queue.processQueue();
  }
}
