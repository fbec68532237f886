import { isDestination, type Destination } from './destination.ts';
import { isErrorKind, type ErrorKind } from './errors.ts';
import { isRecord } from './storage.ts';

/**
 * The send queue's data as pages see it: written only by the background (pages send requests; they never
 * write it), read by the popup to show what is waiting, sent or failed. How it is laid out in storage is
 * ./send-queue-storage.ts; the queue engine is src/background/send-queue/.
 */

/**
 * - `pending`: waits for `nextAttemptAt`.
 * - `sending`: a request may be on its way; `nextAttemptAt` is the end of its lease (a worker that died
 *   mid-submit leaves the entry here; it is checked against the task list once the lease ends).
 * - `held`: paused until an event (sign-in: `session`; solved captcha: `captcha`) or `nextAttemptAt`.
 * - `failed`: PikPak refused it for good; waits for the user to retry or dismiss it.
 * - `done`: PikPak has the task (kept for a while so the popup can show it).
 */
export type EntryState = 'pending' | 'sending' | 'held' | 'failed' | 'done';
export const ENTRY_STATES: readonly EntryState[] = ['pending', 'sending', 'held', 'failed', 'done'];

export type HeldReason = 'session' | 'captcha' | 'daily-limit';
export const HELD_REASONS: readonly HeldReason[] = ['session', 'captcha', 'daily-limit'];

/** Why the last attempt did not succeed: the error kind, and PikPak's (secret-free) description. */
export interface EntryError {
  kind: ErrorKind;
  detail?: string;
  /** Epoch ms. */
  at: number;
}

export interface QueueEntry {
  id: string;
  /** Exactly what goes into `url.url` (trimmed). */
  url: string;
  /** The caller's dedup key: a key already pending, sending or held is not queued twice. */
  key: string;
  displayName: string;
  destination: Destination;
  state: EntryState;
  /** Processing attempts so far (each may have sent one create request). */
  attempts: number;
  /**
   * pending: when it is due; sending: the end of the lease; held: when the hold is lifted automatically
   * (absent: only an event lifts it). Absent on done and failed entries.
   */
  nextAttemptAt?: number;
  heldReason?: HeldReason;
  lastError?: EntryError;
  /** Epoch ms. */
  createdAt: number;
  updatedAt: number;
  /** When the last attempt started. */
  lastAttemptAt?: number;
  /**
   * Set when an attempt may have reached PikPak without us seeing the answer (a worker stopped mid-submit,
   * a network drop, a timeout, a 5xx, a garbled 200): the time of the earliest such attempt. The next
   * attempt first looks for the task in PikPak's task list and creates nothing if it is there.
   */
  unsureSince?: number;
  // On success:
  taskId?: string;
  taskName?: string;
  fileId?: string;
  sentAt?: number;
  /** The task was found in PikPak's task list after an unanswered attempt, rather than in a create answer. */
  recovered?: boolean;
}

export interface SendQueueState {
  entries: QueueEntry[];
  /**
   * Set when PikPak first reported the daily task limit; cleared by the next successful create. While set,
   * further daily-limit answers do not notify again (one notification per hold period).
   */
  dailyLimitSince?: number;
  /**
   * PikPak asked the queue to slow down (429 with Retry-After, or "too frequent"): no request of the queue goes
   * out before this time (epoch ms), whichever link it is for. Stored, so a restarted worker waits too.
   */
  createsHeldUntil?: number;
}

export const SEND_QUEUE_KEY = 'sendQueue';
export const EMPTY_SEND_QUEUE: SendQueueState = { entries: [] };

const optionalNumber = (value: unknown): boolean =>
  value === undefined || (typeof value === 'number' && Number.isFinite(value));
const optionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';

export function isQueueEntry(value: unknown): value is QueueEntry {
  if (!isRecord(value)) return false;
  const error = value.lastError;
  return (
    typeof value.id === 'string' &&
    typeof value.url === 'string' &&
    value.url !== '' &&
    typeof value.key === 'string' &&
    typeof value.displayName === 'string' &&
    isDestination(value.destination) &&
    (ENTRY_STATES as readonly unknown[]).includes(value.state) &&
    typeof value.attempts === 'number' &&
    typeof value.createdAt === 'number' &&
    typeof value.updatedAt === 'number' &&
    optionalNumber(value.nextAttemptAt) &&
    optionalNumber(value.lastAttemptAt) &&
    optionalNumber(value.unsureSince) &&
    optionalNumber(value.sentAt) &&
    (value.heldReason === undefined || (HELD_REASONS as readonly unknown[]).includes(value.heldReason)) &&
    (error === undefined || (isRecord(error) && isErrorKind(error.kind) && optionalString(error.detail))) &&
    optionalString(value.taskId) &&
    optionalString(value.taskName) &&
    optionalString(value.fileId)
  );
}

/** The valid entries of a stored queue (invalid ones are reported and skipped). */
export function queueEntries(state: SendQueueState): QueueEntry[] {
  const valid = state.entries.filter((entry) => isQueueEntry(entry));
  if (valid.length !== state.entries.length)
    console.warn(`Skipping ${state.entries.length - valid.length} invalid send-queue entries`);
  return valid;
}
