import type { ErrorKind } from '../../shared/errors.ts';
import type { HeldReason, QueueEntry, SendQueueState } from '../../shared/send-queue.ts';
import { isWaiting } from './entry-states.ts';

/** The send queue's rules, as pure functions and numbers (no browser API, no PikPak call). */

/** Back-off: full jitter over base·2^attempts, capped, never below MIN_RETRY_DELAY_MS. */
export const BACKOFF_BASE_MS = 2_000;
export const MIN_RETRY_DELAY_MS = 1_000;
export const BACKOFF_CAP_MS = 30 * 60_000;
/** After this many attempts with retriable errors an entry is marked failed (the user can retry it). */
export const MAX_ATTEMPTS = 50;
/** PikPak's "too many running tasks": AP waits 60 s (pikpak-api.md §3.6). */
export const TOO_MANY_RUNNING_MIN_MS = 60_000;
/**
 * How long a `sending` entry is left alone before a stopped worker is assumed (a call with refresh and retries
 * fits). Also after a restart: a request the stopped worker sent may still be reaching PikPak, and a look at the
 * task list before it lands would create the task a second time.
 */
export const SENDING_LEASE_MS = 90_000;
/** The daily task limit is re-tried after this long (at most `concurrency` requests per period). */
export const DAILY_LIMIT_HOLD_MS = 60 * 60_000;
/** A captcha hold is re-tried by itself after this long, in case the web app cleared PikPak's check meanwhile. */
export const CAPTCHA_RECHECK_MS = 30 * 60_000;
/** Done entries are kept this long, and at most this many, for the popup. */
export const DONE_KEEP_MS = 24 * 60 * 60_000;
export const DONE_KEEP_COUNT = 50;
/**
 * Done entries are trimmed back to DONE_KEEP_COUNT only once this many more have piled up: during a long burst
 * the queue's index (the order of its entries) then changes every 25 links, not with every one.
 */
export const DONE_PRUNE_SLACK = 25;
/** Failed entries wait for the user, but not without bound. */
export const FAILED_KEEP_COUNT = 100;
/**
 * A task found in the list counts as ours if it was created no earlier than this before our first unanswered
 * attempt (PikPak's clock may differ from ours).
 */
export const MATCH_CLOCK_SKEW_MS = 10 * 60_000;

/** What to do with an entry after an attempt failed with this kind. */
export type Outcome =
  /**
   * Try again later; `unsure`: the request may have created the task; `slowDown`: PikPak wants fewer requests,
   * so every create waits (`createsHeldUntil`), not only this one.
   */
  | { type: 'retry'; unsure: boolean; minDelayMs?: number; slowDown?: boolean }
  | { type: 'hold'; reason: HeldReason }
  | { type: 'fail' };

export function outcomeFor(kind: ErrorKind): Outcome {
  switch (kind) {
    // No answer, or an answer that may hide a created task: look in the task list before creating again.
    case 'network':
    case 'timeout':
    case 'server':
    case 'malformed-response':
      return { type: 'retry', unsure: true };
    // Refused before anything was created; everyone waits (the whole queue slows down).
    case 'rate-limited':
    case 'too-frequent':
      return { type: 'retry', unsure: false, slowDown: true };
    case 'too-many-running':
      return { type: 'retry', unsure: false, minDelayMs: TOO_MANY_RUNNING_MIN_MS };
    // PikPak is settling a move or copy; refused before anything was done.
    case 'file-busy':
      return { type: 'retry', unsure: false };
    case 'signed-out':
      return { type: 'hold', reason: 'session' };
    case 'captcha-needed':
    case 'human-check':
      return { type: 'hold', reason: 'captcha' };
    case 'daily-task-limit':
      return { type: 'hold', reason: 'daily-limit' };
    // PikPak answered and refused this link; repeating the same request would not help.
    case 'bad-request':
    case 'storage-full':
    case 'not-found':
    case 'no-link':
    case 'download-interrupted':
    case 'region-blocked':
    case 'name-conflict':
    case 'same-name':
    case 'invalid-destination':
    case 'own-share':
    case 'bad-credentials':
    case 'share-pass-code':
    case 'share-unavailable':
    case 'share-sensitive':
    case 'unknown':
      return { type: 'fail' };
    // Not PikPak's: the queue never talks to aria2, but the switch names every kind.
    case 'aria2-secret':
    case 'aria2-unreachable':
    case 'aria2-refused':
    case 'aria2-timeout':
    case 'aria2-permission':
      return { type: 'fail' };
  }
}

/**
 * Delay before attempt number `attempts + 1`, after `attempts` attempts: full jitter over
 * min(cap, base·2^attempts), at least 1 s. attempts=1 → 1–4 s, 2 → 1–8 s, 3 → 1–16 s, …, 10 and later → 1 s–30 min.
 */
export function backoffDelay(attempts: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(attempts, 20)));
  return Math.max(MIN_RETRY_DELAY_MS, Math.floor(random() * ceiling));
}

/** A URL as PikPak may echo it in `params.url`: magnets compare by info hash (hex, lower case), the rest as given. */
export function sourceKey(url: string): string {
  const trimmed = url.trim();
  if (!/^magnet:/i.test(trimmed)) return trimmed;
  const match = /xt=urn:btih:([a-z0-9]+)/i.exec(trimmed);
  const hash = match?.[1];
  if (!hash) return trimmed;
  if (/^[0-9a-f]{40}$/i.test(hash)) return `btih:${hash.toLowerCase()}`;
  if (/^[a-z2-7]{32}$/i.test(hash)) return `btih:${base32ToHex(hash)}`;
  return trimmed;
}

function base32ToHex(value: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of value.toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  let hex = '';
  for (let i = 0; i + 4 <= bits.length; i += 4) hex += Number.parseInt(bits.slice(i, i + 4), 2).toString(16);
  return hex;
}

/** Done entries: the last day, at most DONE_KEEP_COUNT (+ DONE_PRUNE_SLACK); failed: at most FAILED_KEEP_COUNT. Order is kept. */
export function prune(entries: readonly QueueEntry[], now: number): QueueEntry[] {
  const newestFirst = (state: 'done' | 'failed') =>
    entries.filter((e) => e.state === state).sort((a, b) => (b.sentAt ?? b.updatedAt) - (a.sentAt ?? a.updatedAt));
  const recentDone = newestFirst('done').filter((e) => (e.sentAt ?? e.updatedAt) >= now - DONE_KEEP_MS);
  const keptDone = new Set(
    recentDone.length > DONE_KEEP_COUNT + DONE_PRUNE_SLACK ? recentDone.slice(0, DONE_KEEP_COUNT) : recentDone,
  );
  const keptFailed = new Set(newestFirst('failed').slice(0, FAILED_KEEP_COUNT));
  return entries.filter((e) =>
    e.state === 'done' ? keptDone.has(e) : e.state === 'failed' ? keptFailed.has(e) : true,
  );
}

/**
 * When the queue should next wake: the earliest time any waiting entry needs attention, but not before PikPak's
 * "slow down" ends (`createsHeldUntil`); undefined when nothing waits for a time.
 */
export function nextWakeUp(entries: readonly QueueEntry[], createsHeldUntil?: number): number | undefined {
  let earliest: number | undefined;
  for (const entry of entries) {
    if (!isWaiting(entry) || entry.nextAttemptAt === undefined) continue;
    if (earliest === undefined || entry.nextAttemptAt < earliest) earliest = entry.nextAttemptAt;
  }
  return earliest === undefined || createsHeldUntil === undefined ? earliest : Math.max(earliest, createsHeldUntil);
}

/**
 * What a change leaves, tidied before it is stored: done and failed entries pruned; the daily limit's hold period
 * ends once nothing waits any more; PikPak's "slow down" ends when its time has come, and until then every pending
 * entry waits for it, whenever it became pending (refused, answered after the hold began, queued, retried or
 * resumed meanwhile).
 */
export function tidy(state: SendQueueState, at: number): SendQueueState {
  const pruned = prune(state.entries, at);
  const dailyLimitSince = pruned.some(isWaiting) ? state.dailyLimitSince : undefined;
  const heldUntil =
    state.createsHeldUntil !== undefined && state.createsHeldUntil > at ? state.createsHeldUntil : undefined;
  const entries =
    heldUntil === undefined
      ? pruned
      : pruned.map((e) =>
          e.state === 'pending' && (e.nextAttemptAt ?? 0) < heldUntil
            ? { ...e, nextAttemptAt: heldUntil, updatedAt: at }
            : e,
        );
  return {
    entries,
    ...(dailyLimitSince === undefined ? {} : { dailyLimitSince }),
    ...(heldUntil === undefined ? {} : { createsHeldUntil: heldUntil }),
  };
}
