import type { PikPakClient } from '../../api/client.ts';
import type { Destination } from '../../shared/destination.ts';
import type { HeldReason, QueueEntry, SendQueueState } from '../../shared/send-queue.ts';
import type { WorkerAlarms } from '../worker/alarm.ts';
import type { WorkerTimers } from '../worker/timer.ts';

/** The send queue's surface and what it is built from (see ./queue.ts). */

export interface QueueStorage {
  read(): Promise<unknown>;
  write(value: SendQueueState): Promise<void>;
}

export type QueueAlarms = WorkerAlarms;
export type QueueTimers = WorkerTimers;

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

/** The queue while changes are applied to it (./group-commit.ts); the transitions change it in place. */
export interface Draft extends SendQueueState {
  /** Leave storage as it is (nothing changed). */
  unchanged?: boolean;
}

/** What a change tells the callbacks, once the write that holds it has landed. */
export type Notice =
  | { type: 'sent'; entry: QueueEntry }
  | { type: 'failed'; entry: QueueEntry }
  | { type: 'daily-limit'; waiting: number }
  | { type: 'held'; reason: 'session' | 'captcha'; entries: QueueEntry[] };

/** One attempt at one entry, from its claim to its answer. */
export interface Job {
  /** The entry as claimed (`sending`). */
  entry: QueueEntry;
  /** The entry as it was before the claim. */
  before: QueueEntry;
  /** `unsureSince` before this attempt: set means look in the task list before creating. */
  unsureBefore: number | undefined;
}
