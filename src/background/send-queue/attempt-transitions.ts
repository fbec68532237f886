import { isPikPakError, redactSecrets } from '../../api/errors.ts';
import type { OfflineTask } from '../../shared/domain.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import type { EntryError, QueueEntry } from '../../shared/send-queue.ts';
import { replace, toHeld, toPending, withoutHold } from './entry-states.ts';
import {
  backoffDelay,
  CAPTCHA_RECHECK_MS,
  DAILY_LIMIT_HOLD_MS,
  MAX_ATTEMPTS,
  outcomeFor,
  SENDING_LEASE_MS,
  type Outcome,
} from './policy.ts';
import type { Draft, Job, Notice } from './types.ts';

/**
 * One attempt as state transitions, from its claim to its answer: pure functions that change a draft of the queue
 * (./group-commit.ts stores it) and return what the callbacks are to hear.
 */

/** Lifts holds whose time has come, then marks the most overdue entry `sending`: the claim, stored before the request. */
export function claimNext(draft: Draft, at: number, inFlight: ReadonlySet<string>): Job | undefined {
  let released = false;
  draft.entries = draft.entries.map((e) => {
    if (e.state !== 'held' || e.nextAttemptAt === undefined || e.nextAttemptAt > at) return e;
    released = true;
    return toPending(e, at);
  });
  // PikPak asked the queue to slow down: nothing is claimed before its time.
  const slowingDown = draft.createsHeldUntil !== undefined && draft.createsHeldUntil > at;
  const next = slowingDown
    ? undefined
    : draft.entries
        .filter(
          (e) =>
            (e.state === 'pending' && (e.nextAttemptAt ?? 0) <= at) ||
            // Left behind by a stopped worker once its lease ended.
            (e.state === 'sending' && !inFlight.has(e.id) && (e.nextAttemptAt ?? 0) <= at),
        )
        .sort((a, b) => (a.nextAttemptAt ?? 0) - (b.nextAttemptAt ?? 0) || a.createdAt - b.createdAt)[0];
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
  return { entry: claimed, before: next, unsureBefore };
}

/**
 * A claimed entry whose create may not go out yet (PikPak asked to slow down after the claim): back to pending
 * until `until`, as it was before the claim; the attempt does not count.
 */
export function deferClaim(draft: Draft, job: Job, until: number, at: number): void {
  const deferred: QueueEntry = { ...withoutHold(job.before), state: 'pending', nextAttemptAt: until, updatedAt: at };
  if (job.unsureBefore === undefined) delete deferred.unsureSince;
  else deferred.unsureSince = job.unsureBefore;
  draft.entries = replace(draft.entries, deferred);
}

/** The task exists: created now, or `found` in the task list after an unanswered attempt. */
export function settleDone(
  draft: Draft,
  job: Job,
  task: OfflineTask | undefined,
  found: boolean,
  at: number,
): Notice[] {
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
  return [{ type: 'sent', entry: done }];
}

/** Why an attempt failed, and what follows for the entry (and, on "slow down", for the whole queue). */
export interface Failure {
  kind: ErrorKind;
  detail?: string;
  outcome: Outcome;
  /** On retry: how long this entry waits (back-off with jitter, at least what PikPak asked for). */
  delayMs: number;
  /** PikPak asked to slow down: how long every create waits (its Retry-After, else this entry's wait). */
  holdMs?: number;
}

/** `during`: `lookup` when the task list could not be read (so nothing was created). `attempts` so far. */
export function describeFailure(
  error: unknown,
  during: 'lookup' | 'create',
  attempts: number,
  random: () => number,
): Failure {
  const known = isPikPakError(error);
  const kind: ErrorKind = known ? error.kind : 'unknown';
  // Anything that is not a PikPakError (a bug, an odd exception) may have happened after the request went out.
  let outcome: Outcome = known ? outcomeFor(kind) : { type: 'retry', unsure: true };
  // A refused look at the task list says nothing against the link itself: look again later.
  if (during === 'lookup' && outcome.type === 'fail') outcome = { type: 'retry', unsure: false };
  const retryAfterMs = known ? error.retryAfterMs : undefined;
  const detail = known
    ? error.detail
    : redactSecrets(error instanceof Error ? error.message : String(error)).slice(0, 300);
  const minDelayMs = outcome.type === 'retry' ? (outcome.minDelayMs ?? 0) : 0;
  const delayMs = Math.max(backoffDelay(attempts, random), minDelayMs, retryAfterMs ?? 0);
  const slowDown = outcome.type === 'retry' && outcome.slowDown === true;
  return {
    kind,
    ...(detail ? { detail } : {}),
    outcome,
    delayMs,
    ...(slowDown ? { holdMs: retryAfterMs ?? delayMs } : {}),
  };
}

/** The attempt failed: retried later, held (with everything waiting), or failed for good. */
export function settleFailure(draft: Draft, job: Job, failure: Failure, at: number): Notice[] {
  const { outcome } = failure;
  const current = draft.entries.find((e) => e.id === job.entry.id) ?? job.entry;
  const lastError: EntryError = { kind: failure.kind, ...(failure.detail ? { detail: failure.detail } : {}), at };
  const unsureSince = outcome.type === 'retry' && outcome.unsure ? current.unsureSince : job.unsureBefore;
  const base: QueueEntry = { ...withoutHold(current), lastError, updatedAt: at, unsureSince };
  if (unsureSince === undefined) delete base.unsureSince;
  if (failure.holdMs !== undefined) draft.createsHeldUntil = Math.max(draft.createsHeldUntil ?? 0, at + failure.holdMs);

  if (outcome.type === 'retry' && current.attempts < MAX_ATTEMPTS) {
    draft.entries = replace(draft.entries, { ...base, state: 'pending', nextAttemptAt: at + failure.delayMs });
    return [];
  }

  if (outcome.type === 'hold') {
    const reason = outcome.reason;
    const until =
      reason === 'daily-limit' ? at + DAILY_LIMIT_HOLD_MS : reason === 'captcha' ? at + CAPTCHA_RECHECK_MS : undefined;
    const wasHeld = draft.entries.some((e) => e.state === 'held' && e.heldReason === reason);
    // A hold says nothing about the link: it does not count as an attempt.
    draft.entries = replace(draft.entries, toHeld({ ...base, attempts: job.before.attempts }, reason, until, at));
    // The whole queue pauses (what is waiting would meet the same answer), and everything held for this
    // reason is lifted together.
    draft.entries = draft.entries.map((e) =>
      e.state === 'pending' || (e.state === 'held' && e.heldReason === reason) ? toHeld(e, reason, until, at) : e,
    );
    const heldNow = draft.entries.filter((e) => e.state === 'held' && e.heldReason === reason);
    if (reason !== 'daily-limit') return wasHeld ? [] : [{ type: 'held', reason, entries: heldNow }];
    if (draft.dailyLimitSince !== undefined) return [];
    draft.dailyLimitSince = at;
    return [{ type: 'daily-limit', waiting: heldNow.length }];
  }

  const failed: QueueEntry = { ...base, state: 'failed' };
  delete failed.nextAttemptAt;
  draft.entries = replace(draft.entries, failed);
  return [{ type: 'failed', entry: failed }];
}
