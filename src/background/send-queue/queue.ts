import browser from 'webextension-polyfill';
import type { PikPakClient } from '../../api/client.ts';
import { createOfflineTask, listTasks } from '../../api/endpoints/tasks.ts';
import { isPikPakError, redactSecrets } from '../../api/errors.ts';
import type { OfflineTask } from '../../shared/domain.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import {
  backoffDelay,
  CAPTCHA_RECHECK_MS,
  DAILY_LIMIT_HOLD_MS,
  MATCH_CLOCK_SKEW_MS,
  MAX_ATTEMPTS,
  MIN_ALARM_DELAY_MS,
  nextWakeUp,
  outcomeFor,
  prune,
  SENDING_LEASE_MS,
  sourceKey,
  type Outcome,
} from './policy.ts';
import { isDestination, type Destination } from '../../shared/destination.ts';
import {
  EMPTY_SEND_QUEUE,
  queueEntries,
  type EntryError,
  type HeldReason,
  type QueueEntry,
  type SendQueueState,
} from '../../shared/send-queue.ts';
import { createQueueWriter } from '../../shared/send-queue-storage.ts';

/**
 * The persistent send queue: links accepted by the extension become offline tasks exactly once, whatever
 * happens in between (worker stopped, offline, 429, daily limit, captcha, sign-out).
 *
 * Everything that matters is in `storage.local` (./queue-item.ts) and the one alarm `send-queue`; the worker
 * can stop between any two events. What lives in memory is only this worker's own bookkeeping: which entries
 * it is sending right now (so a `sending` entry it does not own is recognised as left behind by a stopped
 * worker), the write lock, and whether a processing run is going on.
 *
 * Never twice: an entry is marked `sending` (persisted) before its request. An entry whose earlier attempt may
 * have reached PikPak without us seeing the answer carries `unsureSince`; before creating it again we look for
 * its URL in PikPak's task list (`params.url`, §6.1) and, if the task is there, take it instead.
 */

export const SEND_QUEUE_ALARM = 'send-queue';
export const DEFAULT_CONCURRENCY = 3;
/** How many pages of the task list (newest first) are searched for a task an unanswered attempt created. */
const LOOKUP_PAGES = 5;
const LOOKUP_PAGE_SIZE = 100;
const ALL_PHASES = ['pending', 'running', 'error', 'complete'] as const;

export interface QueueStorage {
  read(): Promise<unknown>;
  write(value: SendQueueState): Promise<void>;
}

export interface QueueAlarms {
  get(name: string): Promise<{ scheduledTime: number } | undefined>;
  create(name: string, info: { when: number }): Promise<void>;
  clear(name: string): Promise<unknown>;
}

type Callback<A extends unknown[]> = ((...args: A) => void | Promise<void>) | undefined;

export interface SendQueueCallbacks {
  /** An entry became `done` (created now, or found in the task list after an unanswered attempt). */
  onSent?: Callback<[entry: QueueEntry]>;
  /** An entry became `failed` (PikPak refused it, or it ran out of attempts). */
  onFailed?: Callback<[entry: QueueEntry]>;
  /** PikPak reported the daily task limit; once per hold period (until a create succeeds again). */
  onDailyLimit?: Callback<[waiting: number]>;
  /** The queue paused for the session or a captcha (once, when the hold begins). */
  onHeld?: Callback<[reason: 'session' | 'captcha', entries: QueueEntry[]]>;
}

export interface SendQueueDeps extends SendQueueCallbacks {
  /** The worker's API client (`pikpak()`); asked once per attempt. */
  client: () => PikPakClient | Promise<PikPakClient>;
  now?: () => number;
  /** [0, 1): the back-off jitter. */
  random?: () => number;
  newId?: () => string;
  /** Requests in flight at once; default 3. */
  concurrency?: number;
  /**
   * Whether a session exists now. When a link is queued while the queue is held for the session and this
   * says yes, the held entries are tried again (besides `resumeHeld('session')`).
   */
  isSignedIn?: () => Promise<boolean>;
  /** Default: `browser.storage.local`, one key per entry (src/shared/send-queue-storage.ts). */
  storage?: QueueStorage;
  /** Default: `browser.alarms`. */
  alarms?: QueueAlarms;
  /**
   * Wakes the queue for waits shorter than the alarm minimum while this worker lives. Default: setTimeout.
   * Tests that drive time through alarms pass a timer that never fires.
   */
  timers?: QueueTimers;
}

export interface QueueTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: QueueTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface EnqueueLink {
  /** What goes into `url.url`; surrounding white space is removed. */
  url: string;
  /** Dedup key; default: the URL. */
  key?: string;
  /** What the popup shows; default: the URL. */
  displayName?: string;
}

export interface EnqueueResult {
  /** Stored as new entries. */
  added: QueueEntry[];
  /** Their key was already pending, sending or held: the existing entries. */
  alreadyQueued: QueueEntry[];
  /** Empty URLs. */
  rejected: EnqueueLink[];
}

export interface SendQueue {
  /** Stores the links (one storage write) before anything else, then starts processing without waiting for it. */
  enqueue(links: readonly EnqueueLink[], destination: Destination): Promise<EnqueueResult>;
  /** Sends every due entry; resolves when nothing is due any more. A run already going on is joined. */
  processQueue(): Promise<void>;
  /** For the single `alarms.onAlarm` listener: true (after processing) when the alarm was the queue's. */
  handleAlarm(name: string): Promise<boolean>;
  /** Held entries (of one reason, or all) go back to pending now; returns how many. */
  resumeHeld(reason?: HeldReason): Promise<number>;
  /** A failed or held entry goes back to pending now (a failed one with a fresh back-off). */
  retryEntry(id: string): Promise<boolean>;
  retryAllFailed(): Promise<number>;
  /** Removes an entry that is not being sent right now. */
  dismissEntry(id: string): Promise<boolean>;
  entries(): Promise<QueueEntry[]>;
}

const browserAlarms: QueueAlarms = {
  get: (name) => browser.alarms.get(name),
  create: (name, info) => browser.alarms.create(name, info),
  clear: (name) => browser.alarms.clear(name),
};

/** The queue while one change is applied to it. */
interface Draft {
  entries: QueueEntry[];
  dailyLimitSince: number | undefined;
  /** Leave storage as it is (nothing changed). */
  unchanged?: boolean;
}

type Effect = () => void | Promise<void>;

/** A change waiting for the next write (see `mutate`). */
interface PendingChange {
  change: (draft: Draft, at: number, effects: Effect[]) => unknown;
  resolve: (value: { result: unknown; effects: Effect[] }) => void;
  reject: (error: unknown) => void;
}

interface Job {
  entry: QueueEntry;
  /** `unsureSince` before this attempt: set means look in the task list before creating. */
  unsureBefore: number | undefined;
  attemptsBefore: number;
}

type AttemptResult =
  | { type: 'created'; task: OfflineTask | undefined }
  | { type: 'found'; task: OfflineTask }
  /** `lookup`: the task list could not be read, so nothing was created. */
  | { type: 'error'; error: unknown; during: 'lookup' | 'create' };

export function createSendQueue(deps: SendQueueDeps): SendQueue {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const concurrency = Math.max(1, deps.concurrency ?? DEFAULT_CONCURRENCY);
  const storage = deps.storage ?? createQueueWriter();
  const alarms = deps.alarms ?? browserAlarms;
  const timers = deps.timers ?? realTimers;
  let timer: { handle: unknown; at: number } | undefined;

  // This worker's bookkeeping only; see the comment at the top.
  const inFlight = new Set<string>();
  let waiting: PendingChange[] = [];
  let flushing: Promise<void> | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  async function readState(): Promise<SendQueueState> {
    const raw = await storage.read();
    const state =
      raw !== null && typeof raw === 'object' && Array.isArray((raw as SendQueueState).entries)
        ? (raw as SendQueueState)
        : EMPTY_SEND_QUEUE;
    return {
      entries: queueEntries(state),
      ...(typeof state.dailyLimitSince === 'number' ? { dailyLimitSince: state.dailyLimitSince } : {}),
    };
  }

  /**
   * Applies one change: read, change, prune, write (one `set`), re-arm the alarm. Changes are applied one at a
   * time, in order, so concurrent lanes never overwrite each other; changes that arrive while a write is on its
   * way are applied together and stored with the next single write (group commit): with a thousand entries
   * stored, a write per change would make the storage round trips, not PikPak, the limit. Each caller resumes
   * only once the write that holds its change has landed. Effects (callbacks) run after that write.
   */
  function mutate<T>(change: (draft: Draft, at: number, effects: Effect[]) => T): Promise<T> {
    return new Promise<{ result: T; effects: Effect[] }>((resolve, reject) => {
      waiting.push({ change, resolve: resolve as PendingChange['resolve'], reject });
      if (!flushing) flushing = flush();
    }).then(async ({ result, effects }) => {
      for (const effect of effects) {
        try {
          await effect();
        } catch (error) {
          console.error('send queue: a callback failed', error);
        }
      }
      return result;
    });
  }

  async function flush(): Promise<void> {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      try {
        const state = await readState();
        const at = now();
        const draft: Draft = { entries: state.entries, dailyLimitSince: state.dailyLimitSince };
        let changed = false;
        const outcomes: {
          change: PendingChange;
          result?: unknown;
          effects: Effect[];
          error?: unknown;
          failed: boolean;
        }[] = [];
        for (const pending of batch) {
          const before = { entries: draft.entries, dailyLimitSince: draft.dailyLimitSince };
          const effects: Effect[] = [];
          draft.unchanged = false;
          try {
            const result = pending.change(draft, at, effects);
            if (!draft.unchanged) changed = true;
            outcomes.push({ change: pending, result, effects, failed: false });
          } catch (error) {
            // A change that throws leaves the queue as it found it.
            draft.entries = before.entries;
            draft.dailyLimitSince = before.dailyLimitSince;
            outcomes.push({ change: pending, effects: [], error, failed: true });
          }
        }
        let entries = draft.entries;
        if (changed) {
          entries = prune(entries, at);
          // The hold period of the daily limit ends when nothing waits any more.
          const active = entries.some((e) => e.state === 'pending' || e.state === 'sending' || e.state === 'held');
          const dailyLimitSince = active ? draft.dailyLimitSince : undefined;
          // An earlier wake-up is armed before the write: a worker stopped in between wakes once for nothing,
          // rather than leaving stored links without an alarm.
          await prearm(entries, at);
          await storage.write({ entries, ...(dailyLimitSince === undefined ? {} : { dailyLimitSince }) });
        }
        // Also when nothing changed: an alarm lost with a browser restart is set again by the next look.
        await reschedule(entries, at);
        for (const outcome of outcomes) {
          if (outcome.failed) outcome.change.reject(outcome.error);
          else outcome.change.resolve({ result: outcome.result, effects: outcome.effects });
        }
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    flushing = undefined;
  }

  async function prearm(entries: readonly QueueEntry[], at: number): Promise<void> {
    const wake = nextWakeUp(entries);
    if (wake === undefined) return;
    const when = Math.max(wake, at + MIN_ALARM_DELAY_MS);
    const current = await alarms.get(SEND_QUEUE_ALARM);
    if (!current || current.scheduledTime > when) await alarms.create(SEND_QUEUE_ALARM, { when });
  }

  /** A wait shorter than the alarm minimum is kept by a timer (the alarm still covers a stopped worker). */
  function armTimer(wake: number | undefined, at: number): void {
    if (timer !== undefined && (wake === undefined || timer.at !== wake)) {
      timers.clear(timer.handle);
      timer = undefined;
    }
    if (wake === undefined || timer !== undefined || wake - at >= MIN_ALARM_DELAY_MS) return;
    const handle = timers.set(
      () => {
        timer = undefined;
        kick().catch((error: unknown) => console.error('send queue: processing failed', error));
      },
      Math.max(0, wake - at),
    );
    timer = { handle, at: wake };
  }

  async function reschedule(entries: readonly QueueEntry[], at: number): Promise<void> {
    const wake = nextWakeUp(entries);
    armTimer(wake, at);
    if (wake === undefined) {
      await alarms.clear(SEND_QUEUE_ALARM);
      return;
    }
    const when = Math.max(wake, at + MIN_ALARM_DELAY_MS);
    const current = await alarms.get(SEND_QUEUE_ALARM);
    if (current?.scheduledTime !== when) await alarms.create(SEND_QUEUE_ALARM, { when });
  }

  // ---- processing ----

  function kick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    const run = (async () => {
      try {
        do {
          again = false;
          await Promise.all(Array.from({ length: concurrency }, () => lane()));
        } while (again);
      } catch (error) {
        console.error('send queue: processing stopped', error);
      } finally {
        running = undefined;
      }
    })();
    running = run;
    return run;
  }

  async function lane(): Promise<void> {
    for (;;) {
      const job = await claimNext();
      if (!job) return;
      await attempt(job);
    }
  }

  /** Lifts holds whose time has come, then marks the most overdue entry `sending` (persisted). */
  function claimNext(): Promise<Job | undefined> {
    let claimedId: string | undefined;
    return mutate((draft, at) => {
      let released = false;
      draft.entries = draft.entries.map((e) => {
        if (e.state !== 'held' || e.nextAttemptAt === undefined || e.nextAttemptAt > at) return e;
        released = true;
        return toPending(e, at);
      });
      const due = draft.entries
        .filter(
          (e) =>
            (e.state === 'pending' && (e.nextAttemptAt ?? 0) <= at) ||
            // Left behind by a stopped worker once its lease ended.
            (e.state === 'sending' && !inFlight.has(e.id) && (e.nextAttemptAt ?? 0) <= at),
        )
        .sort((a, b) => (a.nextAttemptAt ?? 0) - (b.nextAttemptAt ?? 0) || a.createdAt - b.createdAt);
      const next = due[0];
      if (!next) {
        draft.unchanged = !released;
        return undefined;
      }
      const unsureBefore =
        next.state === 'sending' ? (next.unsureSince ?? next.lastAttemptAt ?? next.updatedAt) : next.unsureSince;
      const claimed: QueueEntry = {
        ...withoutHold(next),
        state: 'sending',
        attempts: next.attempts + 1,
        lastAttemptAt: at,
        nextAttemptAt: at + SENDING_LEASE_MS,
        unsureSince: unsureBefore ?? at,
        updatedAt: at,
      };
      draft.entries = replace(draft.entries, claimed);
      claimedId = claimed.id;
      inFlight.add(claimed.id);
      return { entry: claimed, unsureBefore, attemptsBefore: next.attempts };
    }).catch((error: unknown) => {
      // The claim was not stored: nothing is being sent for it.
      if (claimedId !== undefined) inFlight.delete(claimedId);
      throw error;
    });
  }

  async function attempt(job: Job): Promise<void> {
    let result: AttemptResult;
    let during: 'lookup' | 'create' = 'lookup';
    try {
      const client = await deps.client();
      const found = job.unsureBefore === undefined ? undefined : await findCreated(client, job.entry, job.unsureBefore);
      during = 'create';
      if (found) {
        result = { type: 'found', task: found };
      } else {
        const { destination, url } = job.entry;
        const created = await createOfflineTask(client, {
          url,
          ...(destination.kind === 'folder' ? { parentId: destination.id } : {}),
        });
        result = { type: 'created', task: created.task };
      }
    } catch (error) {
      result = { type: 'error', error, during };
    }
    try {
      await (result.type === 'error'
        ? settleError(job, result.error, result.during)
        : settleDone(job, result.task, result.type === 'found'));
    } finally {
      inFlight.delete(job.entry.id);
    }
  }

  /** A task with the entry's source URL, created since its first unanswered attempt, that no other entry has. */
  async function findCreated(
    client: PikPakClient,
    entry: QueueEntry,
    unsureSince: number,
  ): Promise<OfflineTask | undefined> {
    const wanted = sourceKey(entry.url);
    const since = unsureSince - MATCH_CLOCK_SKEW_MS;
    const taken = new Set(
      (await readState()).entries.flatMap((e) =>
        e.id !== entry.id && e.state === 'done' && e.taskId ? [e.taskId] : [],
      ),
    );
    let pageToken: string | undefined;
    for (let page = 0; page < LOOKUP_PAGES; page++) {
      const result = await listTasks(client, {
        phases: ALL_PHASES,
        limit: LOOKUP_PAGE_SIZE,
        ...(pageToken ? { pageToken } : {}),
      });
      const match = result.tasks.find(
        (task) =>
          task.sourceUrl !== undefined &&
          sourceKey(task.sourceUrl) === wanted &&
          (task.createdAt === undefined || task.createdAt >= since) &&
          !taken.has(task.id),
      );
      if (match) return match;
      // Newest first: once a page is entirely older than the attempt, later pages are too.
      if (
        result.tasks.length > 0 &&
        result.tasks.every((task) => task.createdAt !== undefined && task.createdAt < since)
      )
        return undefined;
      if (!result.nextPageToken || result.nextPageToken === pageToken) return undefined;
      pageToken = result.nextPageToken;
    }
    return undefined;
  }

  function settleDone(job: Job, task: OfflineTask | undefined, found: boolean): Promise<void> {
    return mutate((draft, at, effects) => {
      const current = draft.entries.find((e) => e.id === job.entry.id) ?? job.entry;
      const done: QueueEntry = {
        ...current,
        state: 'done',
        sentAt: at,
        updatedAt: at,
        ...(task ? { taskId: task.id, taskName: task.name || task.fileName || current.displayName } : {}),
        ...(task?.fileId ? { fileId: task.fileId } : {}),
        ...(found ? { recovered: true } : {}),
      };
      delete done.nextAttemptAt;
      delete done.heldReason;
      delete done.unsureSince;
      delete done.lastError;
      draft.entries = replace(draft.entries, done);
      if (!found) {
        // PikPak just accepted a create: holds that began before this request started are over.
        draft.dailyLimitSince = undefined;
        const started = job.entry.lastAttemptAt ?? at;
        draft.entries = draft.entries.map((e) => (e.state === 'held' && e.updatedAt < started ? toPending(e, at) : e));
      }
      effects.push(() => deps.onSent?.(done));
    });
  }

  function settleError(job: Job, error: unknown, during: 'lookup' | 'create'): Promise<void> {
    const kind: ErrorKind = isPikPakError(error) ? error.kind : 'unknown';
    // Anything that is not a PikPakError (a bug, an odd exception) may have happened after the request went out.
    let outcome: Outcome = isPikPakError(error) ? outcomeFor(kind) : { type: 'retry', unsure: true };
    // A refused look at the task list says nothing against the link itself: look again later.
    if (during === 'lookup' && outcome.type === 'fail') outcome = { type: 'retry', unsure: false };
    const retryAfterMs = isPikPakError(error) ? error.retryAfterMs : undefined;
    const detail = isPikPakError(error)
      ? error.detail
      : redactSecrets(error instanceof Error ? error.message : String(error)).slice(0, 300);
    return mutate((draft, at, effects) => {
      const current = draft.entries.find((e) => e.id === job.entry.id) ?? job.entry;
      const lastError: EntryError = { kind, ...(detail ? { detail } : {}), at };
      const unsureSince = outcome.type === 'retry' && outcome.unsure ? current.unsureSince : job.unsureBefore;
      const base: QueueEntry = { ...withoutHold(current), lastError, updatedAt: at, unsureSince };
      if (unsureSince === undefined) delete base.unsureSince;

      if (outcome.type === 'retry' && current.attempts < MAX_ATTEMPTS) {
        const delay = Math.max(backoffDelay(current.attempts, random), outcome.minDelayMs ?? 0, retryAfterMs ?? 0);
        draft.entries = replace(draft.entries, { ...base, state: 'pending', nextAttemptAt: at + delay });
        if (outcome.slowDown) {
          // PikPak wants fewer requests: nobody else goes before the server's wait (or this entry's back-off).
          const notBefore = at + delay;
          draft.entries = draft.entries.map((e) =>
            e.state === 'pending' && (e.nextAttemptAt ?? 0) < notBefore
              ? { ...e, nextAttemptAt: notBefore, updatedAt: at }
              : e,
          );
        }
        return;
      }

      if (outcome.type === 'hold') {
        const reason = outcome.reason;
        const until =
          reason === 'daily-limit'
            ? at + DAILY_LIMIT_HOLD_MS
            : reason === 'captcha'
              ? at + CAPTCHA_RECHECK_MS
              : undefined;
        const wasHeld = draft.entries.some((e) => e.state === 'held' && e.heldReason === reason);
        // A hold says nothing about the link: it does not count as an attempt.
        draft.entries = replace(draft.entries, toHeld({ ...base, attempts: job.attemptsBefore }, reason, until, at));
        // The whole queue pauses (what is waiting would meet the same answer), and everything held for this
        // reason is lifted together.
        draft.entries = draft.entries.map((e) =>
          e.state === 'pending' || (e.state === 'held' && e.heldReason === reason) ? toHeld(e, reason, until, at) : e,
        );
        if (reason === 'daily-limit') {
          if (draft.dailyLimitSince === undefined) {
            draft.dailyLimitSince = at;
            const waiting = draft.entries.filter((e) => e.state === 'held' && e.heldReason === 'daily-limit').length;
            effects.push(() => deps.onDailyLimit?.(waiting));
          }
        } else if (!wasHeld) {
          const heldNow = draft.entries.filter((e) => e.state === 'held' && e.heldReason === reason);
          effects.push(() => deps.onHeld?.(reason, heldNow));
        }
        return;
      }

      const failed: QueueEntry = { ...base, state: 'failed' };
      delete failed.nextAttemptAt;
      draft.entries = replace(draft.entries, failed);
      effects.push(() => deps.onFailed?.(failed));
    });
  }

  // ---- the public surface ----

  async function enqueue(links: readonly EnqueueLink[], destination: Destination): Promise<EnqueueResult> {
    if (!isDestination(destination)) throw new TypeError('send queue: invalid destination');
    const signedIn = deps.isSignedIn ? await deps.isSignedIn() : false;
    const outcome = await mutate((draft, at): EnqueueResult & { wake: boolean } => {
      const result: EnqueueResult & { wake: boolean } = { added: [], alreadyQueued: [], rejected: [], wake: false };
      if (signedIn && draft.entries.some((e) => e.state === 'held' && e.heldReason === 'session')) {
        draft.entries = draft.entries.map((e) =>
          e.state === 'held' && e.heldReason === 'session' ? toPending(e, at) : e,
        );
        result.wake = true;
      }
      const active = new Map<string, QueueEntry>();
      for (const e of draft.entries)
        if (e.state === 'pending' || e.state === 'sending' || e.state === 'held') active.set(e.key, e);
      const hold = currentHold(draft.entries);
      for (const link of links) {
        const url = link.url.trim();
        if (!url) {
          result.rejected.push(link);
          continue;
        }
        const key = link.key ?? url;
        const existing = active.get(key);
        if (existing) {
          result.alreadyQueued.push(existing);
          continue;
        }
        // A failed entry of the same key is replaced; if an attempt of it may have reached PikPak, the new one
        // inherits that doubt (and looks in the task list first).
        const replaced = draft.entries.filter((e) => e.state === 'failed' && e.key === key);
        const unsure = replaced.flatMap((e) => (e.unsureSince === undefined ? [] : [e.unsureSince]));
        if (replaced.length > 0) draft.entries = draft.entries.filter((e) => !replaced.includes(e));
        const fresh: QueueEntry = {
          id: newId(),
          url,
          key,
          displayName: link.displayName?.trim() || url,
          destination:
            destination.kind === 'folder'
              ? { kind: 'folder', id: destination.id, name: destination.name }
              : { kind: 'my-pack' },
          state: 'pending',
          attempts: 0,
          nextAttemptAt: at,
          createdAt: at,
          updatedAt: at,
          ...(unsure.length > 0 ? { unsureSince: Math.min(...unsure) } : {}),
        };
        // While the queue is held, new links join the hold instead of meeting the same refusal.
        const entry = hold ? toHeld(fresh, hold.reason, hold.until, at) : fresh;
        draft.entries.push(entry);
        active.set(key, entry);
        result.added.push(entry);
        if (!hold) result.wake = true;
      }
      draft.unchanged = result.added.length === 0 && !result.wake;
      return result;
    });
    const { wake, ...result } = outcome;
    if (wake) void kick();
    return result;
  }

  async function resumeHeld(reason?: HeldReason): Promise<number> {
    const count = await mutate((draft, at) => {
      let n = 0;
      draft.entries = draft.entries.map((e) => {
        if (e.state !== 'held' || (reason !== undefined && e.heldReason !== reason)) return e;
        n++;
        return toPending(e, at);
      });
      draft.unchanged = n === 0;
      return n;
    });
    if (count > 0) void kick();
    return count;
  }

  async function retry(select: (e: QueueEntry) => boolean): Promise<number> {
    const count = await mutate((draft, at) => {
      let n = 0;
      draft.entries = draft.entries.map((e) => {
        if (!select(e) || (e.state !== 'failed' && e.state !== 'held')) return e;
        n++;
        return { ...toPending(e, at), attempts: e.state === 'failed' ? 0 : e.attempts };
      });
      draft.unchanged = n === 0;
      return n;
    });
    if (count > 0) void kick();
    return count;
  }

  return {
    enqueue,
    processQueue: kick,
    async handleAlarm(name) {
      if (name !== SEND_QUEUE_ALARM) return false;
      await kick();
      return true;
    },
    resumeHeld,
    retryEntry: async (id) => (await retry((e) => e.id === id)) > 0,
    retryAllFailed: () => retry((e) => e.state === 'failed'),
    dismissEntry(id) {
      return mutate((draft) => {
        const before = draft.entries.length;
        draft.entries = draft.entries.filter((e) => e.id !== id || e.state === 'sending');
        draft.unchanged = draft.entries.length === before;
        return !draft.unchanged;
      });
    },
    async entries() {
      return (await readState()).entries;
    },
  };
}

function replace(entries: readonly QueueEntry[], entry: QueueEntry): QueueEntry[] {
  return entries.map((e) => (e.id === entry.id ? entry : e));
}

function withoutHold(entry: QueueEntry): QueueEntry {
  const copy = { ...entry };
  delete copy.heldReason;
  return copy;
}

function toPending(entry: QueueEntry, at: number): QueueEntry {
  return { ...withoutHold(entry), state: 'pending', nextAttemptAt: at, updatedAt: at };
}

/** Held for `reason` until `until` (absent: until an event lifts the hold). */
function toHeld(entry: QueueEntry, reason: HeldReason, until: number | undefined, at: number): QueueEntry {
  const rest = { ...entry };
  delete rest.nextAttemptAt;
  return {
    ...rest,
    state: 'held',
    heldReason: reason,
    ...(until === undefined ? {} : { nextAttemptAt: until }),
    updatedAt: at,
  };
}

/** The pause new links join: session first, then captcha, then the daily limit. */
function currentHold(entries: readonly QueueEntry[]): { reason: HeldReason; until: number | undefined } | undefined {
  for (const reason of ['session', 'captcha', 'daily-limit'] as const) {
    const held = entries.filter((e) => e.state === 'held' && e.heldReason === reason);
    if (held.length === 0) continue;
    const times = held.flatMap((e) => (e.nextAttemptAt === undefined ? [] : [e.nextAttemptAt]));
    return { reason, until: times.length === 0 ? undefined : Math.max(...times) };
  }
  return undefined;
}
