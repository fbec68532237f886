import { describe, expect, it } from 'vitest';
import { queueEntry } from '../../../test/fixtures/queue-entry.ts';
import { PikPakError } from '../../api/errors.ts';
import type { OfflineTask } from '../../shared/domain.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import type { QueueEntry } from '../../shared/send-queue.ts';
import {
  claimNext,
  deferClaim,
  describeFailure,
  settleDone,
  settleFailure,
  type Failure,
} from './attempt-transitions.ts';
import { DAILY_LIMIT_HOLD_MS, SENDING_LEASE_MS } from './policy.ts';
import type { Draft, Job } from './types.ts';

/** The transitions of one attempt on a draft in memory: no storage, no PikPak. */

const AT = 1_000_000;
const entry = (id: string, over: Partial<QueueEntry> = {}) => queueEntry(id, { nextAttemptAt: AT - 1, ...over });
const draftOf = (...entries: QueueEntry[]): Draft => ({ entries });
const byId = (draft: Draft, id: string) => draft.entries.find((e) => e.id === id);
const pikpakError = (kind: ErrorKind, retryAfterMs?: number) =>
  new PikPakError({ kind, endpoint: 'POST /drive/v1/files', ...(retryAfterMs ? { retryAfterMs } : {}) });

/** Claims `id` from a draft that holds it as the only due entry. */
function claimed(draft: Draft, id: string): Job {
  const job = claimNext(draft, AT, new Set());
  expect(job?.entry.id).toBe(id);
  return job as Job;
}

describe('claimNext', () => {
  it('marks the most overdue entry sending with a lease, and lifts holds whose time has come', () => {
    const draft = draftOf(
      entry('later', { nextAttemptAt: AT - 1 }),
      entry('first', { nextAttemptAt: AT - 5 }),
      entry('held', { state: 'held', heldReason: 'daily-limit', nextAttemptAt: AT }),
      entry('future', { nextAttemptAt: AT + 1 }),
    );
    const job = claimed(draft, 'first');
    expect(job.entry).toMatchObject({ state: 'sending', attempts: 1, lastAttemptAt: AT, unsureSince: AT });
    expect(job.entry.nextAttemptAt).toBe(AT + SENDING_LEASE_MS);
    expect(job.unsureBefore).toBeUndefined();
    expect(byId(draft, 'held')).toMatchObject({ state: 'pending', nextAttemptAt: AT });
    expect(byId(draft, 'held')?.heldReason).toBeUndefined();
  });

  it('takes a sending entry another worker left once its lease ended, to be looked up first', () => {
    const left = entry('left', {
      state: 'sending',
      attempts: 1,
      lastAttemptAt: AT - SENDING_LEASE_MS,
      nextAttemptAt: AT,
    });
    expect(claimNext(draftOf(left), AT, new Set(['left']))).toBeUndefined();
    const job = claimed(draftOf(left), 'left');
    expect(job.unsureBefore).toBe(AT - SENDING_LEASE_MS);
    expect(job.entry.attempts).toBe(2);
  });

  it('claims nothing while PikPak’s slow-down lasts, and leaves the draft unchanged when nothing was due', () => {
    const draft: Draft = { entries: [entry('due')], createsHeldUntil: AT + 1 };
    expect(claimNext(draft, AT, new Set())).toBeUndefined();
    expect(draft.unchanged).toBe(true);
    expect(byId(draft, 'due')?.state).toBe('pending');
    draft.createsHeldUntil = AT;
    expect(claimNext(draft, AT, new Set())?.entry.id).toBe('due');
  });
});

describe('deferClaim', () => {
  it('puts a claimed entry back as it was, due when the slow-down ends; the attempt does not count', () => {
    const draft = draftOf(entry('a', { attempts: 2, unsureSince: AT - 50, lastAttemptAt: AT - 100 }));
    const job = claimed(draft, 'a');
    deferClaim(draft, job, AT + 2_000, AT);
    expect(byId(draft, 'a')).toMatchObject({
      state: 'pending',
      attempts: 2,
      nextAttemptAt: AT + 2_000,
      unsureSince: AT - 50,
      lastAttemptAt: AT - 100,
    });
  });
});

describe('describeFailure', () => {
  it('429 with Retry-After: this entry waits at least that long, and every create waits exactly that long', () => {
    const failure = describeFailure(pikpakError('rate-limited', 2_000), 'create', 1, () => 0);
    expect(failure).toMatchObject({ kind: 'rate-limited', delayMs: 2_000, holdMs: 2_000 });
    expect(describeFailure(pikpakError('rate-limited', 2_000), 'create', 1, () => 0.99)).toMatchObject({
      delayMs: 3_960,
      holdMs: 2_000,
    });
  });

  it('"too frequent" without a time: everyone waits as long as this entry’s back-off', () => {
    expect(describeFailure(pikpakError('too-frequent'), 'create', 1, () => 0.5)).toMatchObject({
      delayMs: 2_000,
      holdMs: 2_000,
    });
  });

  it('other failures hold nobody else; a refused look at the task list is retried; an odd exception is unsure', () => {
    expect(describeFailure(pikpakError('server'), 'create', 1, () => 0).holdMs).toBeUndefined();
    expect(describeFailure(pikpakError('bad-request'), 'lookup', 1, () => 0).outcome).toEqual({
      type: 'retry',
      unsure: false,
    });
    expect(describeFailure(new Error('bug'), 'create', 1, () => 0)).toMatchObject({
      kind: 'unknown',
      detail: 'bug',
      outcome: { type: 'retry', unsure: true },
    });
  });
});

describe('settleFailure', () => {
  const failure = (kind: ErrorKind, over: Partial<Failure> = {}): Failure => ({
    ...describeFailure(pikpakError(kind), 'create', 1, () => 0),
    ...over,
  });

  it('a slow-down holds every create until its time (the latest of several), and the entry retries', () => {
    const draft = draftOf(entry('a'), entry('b'));
    const job = claimed(draft, 'a');
    draft.createsHeldUntil = AT + 5_000;
    expect(settleFailure(draft, job, failure('rate-limited', { delayMs: 2_000, holdMs: 2_000 }), AT)).toEqual([]);
    expect(draft.createsHeldUntil).toBe(AT + 5_000);
    expect(byId(draft, 'a')).toMatchObject({ state: 'pending', nextAttemptAt: AT + 2_000, attempts: 1 });
    expect(byId(draft, 'a')?.unsureSince).toBeUndefined();
    const next = claimed({ entries: [entry('c')] }, 'c');
    const other: Draft = { entries: [next.entry] };
    settleFailure(other, next, failure('rate-limited', { delayMs: 2_000, holdMs: 2_000 }), AT);
    expect(other.createsHeldUntil).toBe(AT + 2_000);
  });

  it('an answer that may hide a task keeps the entry unsure; a refusal fails it and says so', () => {
    const draft = draftOf(entry('a'), entry('b'));
    const a = claimed(draft, 'a');
    settleFailure(draft, a, failure('server'), AT);
    expect(byId(draft, 'a')).toMatchObject({
      state: 'pending',
      unsureSince: AT,
      lastError: { kind: 'server', at: AT },
    });
    const b = claimed(draft, 'b');
    expect(settleFailure(draft, b, failure('storage-full'), AT)).toEqual([
      { type: 'failed', entry: expect.objectContaining({ id: 'b', state: 'failed' }) as QueueEntry },
    ]);
    expect(byId(draft, 'b')?.nextAttemptAt).toBeUndefined();
  });

  it('the daily limit holds everything waiting for an hour and is told once per hold period', () => {
    const draft = draftOf(entry('a'), entry('b', { nextAttemptAt: AT + 10 }));
    const job = claimed(draft, 'a');
    expect(settleFailure(draft, job, failure('daily-task-limit'), AT)).toEqual([{ type: 'daily-limit', waiting: 2 }]);
    expect(draft.entries.map((e) => [e.state, e.heldReason, e.nextAttemptAt, e.attempts])).toEqual([
      ['held', 'daily-limit', AT + DAILY_LIMIT_HOLD_MS, 0],
      ['held', 'daily-limit', AT + DAILY_LIMIT_HOLD_MS, 0],
    ]);
    expect(draft.dailyLimitSince).toBe(AT);
    const again = draftOf(entry('c'));
    again.dailyLimitSince = AT - 1;
    expect(settleFailure(again, claimed(again, 'c'), failure('daily-task-limit'), AT)).toEqual([]);
  });

  it('a session hold is told once, with everything it holds', () => {
    const draft = draftOf(entry('a'), entry('b', { nextAttemptAt: AT + 10 }));
    const notices = settleFailure(draft, claimed(draft, 'a'), failure('signed-out'), AT);
    expect(notices).toMatchObject([{ type: 'held', reason: 'session', entries: [{ id: 'a' }, { id: 'b' }] }]);
    const later = draftOf(entry('c'), entry('d', { state: 'held', heldReason: 'session', nextAttemptAt: undefined }));
    expect(settleFailure(later, claimed(later, 'c'), failure('signed-out'), AT)).toEqual([]);
  });
});

describe('settleDone', () => {
  const task = { id: 'task-1', name: 'Film', fileId: 'file-1' } as OfflineTask;

  it('a create PikPak accepted: done, and holds that began before it was sent are over (not the slow-down)', () => {
    const draft: Draft = {
      entries: [
        entry('a'),
        entry('held', { state: 'held', heldReason: 'daily-limit', updatedAt: AT - 10, nextAttemptAt: AT + 1 }),
      ],
      dailyLimitSince: AT - 10,
    };
    const job = claimed(draft, 'a');
    draft.createsHeldUntil = AT + 500;
    expect(settleDone(draft, job, task, false, AT + 1)).toMatchObject([{ type: 'sent', entry: { id: 'a' } }]);
    expect(byId(draft, 'a')).toMatchObject({ state: 'done', taskId: 'task-1', taskName: 'Film', fileId: 'file-1' });
    expect(byId(draft, 'held')).toMatchObject({ state: 'pending', nextAttemptAt: AT + 1 });
    expect(draft.dailyLimitSince).toBeUndefined();
    expect(draft.createsHeldUntil).toBe(AT + 500);
  });

  it('a task found in the list after an unanswered attempt is marked recovered and lifts no hold', () => {
    const draft: Draft = {
      entries: [
        entry('a', { unsureSince: AT - 100 }),
        entry('held', { state: 'held', heldReason: 'captcha', nextAttemptAt: AT + 60_000 }),
      ],
      dailyLimitSince: AT - 10,
    };
    settleDone(draft, claimed(draft, 'a'), task, true, AT);
    expect(byId(draft, 'a')).toMatchObject({ state: 'done', recovered: true });
    expect(byId(draft, 'a')?.unsureSince).toBeUndefined();
    expect(byId(draft, 'held')?.state).toBe('held');
    expect(draft.dailyLimitSince).toBe(AT - 10);
  });
});
