import { createOfflineTask } from '../../api/endpoints/tasks.ts';
import { isDestination, type Destination } from '../../shared/destination.ts';
import { EMPTY_SEND_QUEUE, queueEntries, type SendQueueState } from '../../shared/send-queue.ts';
import { createQueueWriter } from '../../shared/send-queue-storage.ts';
import { namedAlarm } from '../worker/alarm.ts';
import { oneRunAtATime } from '../worker/single-run.ts';
import { workerTimer } from '../worker/timer.ts';
import { createWakeUp } from '../worker/wake-up.ts';
import { claimNext, deferClaim, describeFailure, settleDone, settleFailure } from './attempt-transitions.ts';
import * as edits from './edit-transitions.ts';
import { createGroupCommit, type Change } from './group-commit.ts';
import { nextWakeUp } from './policy.ts';
import { findCreatedTask, takenTaskIds } from './task-lookup.ts';
import type { EnqueueLink, EnqueueResult, Job, Notice, SendQueue, SendQueueDeps } from './types.ts';

/**
 * The persistent send queue: links accepted by the extension become offline tasks exactly once, whatever
 * happens in between (worker stopped, offline, 429, daily limit, captcha, sign-out).
 *
 * Everything that matters is in `storage.local` (src/shared/send-queue-storage.ts) and the one alarm `send-queue`;
 * the worker can stop between any two events. What lives in memory is only this worker's own bookkeeping: which
 * entries it is sending right now (so a `sending` entry it does not own is recognised as left behind by a stopped
 * worker), the changes waiting for the next write (./group-commit.ts), whether a processing run is going on, and
 * the latest "slow down" PikPak gave (also stored, but known here at once, before it is written).
 *
 * Never twice: an entry is marked `sending` (stored) before its request; one whose earlier attempt may have
 * reached PikPak is looked up in the task list first (./task-lookup.ts). What each step does to the stored
 * queue is in ./attempt-transitions.ts and ./edit-transitions.ts, the rules and numbers in ./policy.ts.
 */

export const SEND_QUEUE_ALARM = 'send-queue';
export const DEFAULT_CONCURRENCY = 3;

export function createSendQueue(deps: SendQueueDeps): SendQueue {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const concurrency = Math.max(1, deps.concurrency ?? DEFAULT_CONCURRENCY);
  const storage = deps.storage ?? createQueueWriter();
  const inFlight = new Set<string>();
  /** No create goes out before this (epoch ms): PikPak's Retry-After, or its "too frequent". */
  let createsHeldUntil = 0;

  const process = oneRunAtATime(async () => {
    await Promise.all(Array.from({ length: concurrency }, () => lane()));
  });
  const kick = () => process().catch((error: unknown) => console.error('send queue: processing stopped', error));
  const wakeUp = createWakeUp(
    namedAlarm(SEND_QUEUE_ALARM, deps.alarms),
    workerTimer(() => void kick(), deps.timers),
  );
  const wakeOf = (state: SendQueueState) => nextWakeUp(state.entries, state.createsHeldUntil);

  const commit = createGroupCommit({
    read: readState,
    write: (state) => storage.write(state),
    now,
    beforeWrite: (state, at) => wakeUp.advance(wakeOf(state), at),
    afterBatch: async (state, at) => {
      createsHeldUntil = Math.max(createsHeldUntil, state.createsHeldUntil ?? 0);
      await wakeUp.set(wakeOf(state), at);
    },
  });

  async function readState(): Promise<SendQueueState> {
    const raw = await storage.read();
    const state =
      raw !== null && typeof raw === 'object' && Array.isArray((raw as SendQueueState).entries)
        ? (raw as SendQueueState)
        : EMPTY_SEND_QUEUE;
    const { dailyLimitSince, createsHeldUntil: heldUntil } = state;
    return {
      entries: queueEntries(state),
      ...(typeof dailyLimitSince === 'number' ? { dailyLimitSince } : {}),
      ...(typeof heldUntil === 'number' ? { createsHeldUntil: heldUntil } : {}),
    };
  }

  /** Stores a change of an attempt, then tells the callbacks (after the write, so a stopped worker repeats none). */
  async function settle(change: Change<Notice[]>): Promise<void> {
    for (const notice of await commit(change)) {
      try {
        await announce(notice);
      } catch (error) {
        console.error('send queue: a callback failed', error);
      }
    }
  }

  function announce(notice: Notice): void | Promise<void> {
    switch (notice.type) {
      case 'sent':
        return deps.onSent?.(notice.entry);
      case 'failed':
        return deps.onFailed?.(notice.entry);
      case 'daily-limit':
        return deps.onDailyLimit?.(notice.waiting);
      case 'held':
        return deps.onHeld?.(notice.reason, notice.entries);
    }
  }

  // ---- processing ----

  async function lane(): Promise<void> {
    for (;;) {
      const job = await claim();
      if (!job) return;
      await attempt(job);
    }
  }

  function claim(): Promise<Job | undefined> {
    let claimedId: string | undefined;
    return commit((draft, at) => {
      const job = claimNext(draft, at, inFlight);
      if (job) inFlight.add((claimedId = job.entry.id));
      return job;
    }).catch((error: unknown) => {
      // The claim was not stored: nothing is being sent for it.
      if (claimedId !== undefined) inFlight.delete(claimedId);
      throw error;
    });
  }

  async function attempt(job: Job): Promise<void> {
    let outcome: Change<Notice[]>;
    let during: 'lookup' | 'create' = 'lookup';
    try {
      const client = await deps.client();
      const found =
        job.unsureBefore === undefined
          ? undefined
          : await findCreatedTask(
              client,
              job.entry,
              job.unsureBefore,
              takenTaskIds((await readState()).entries, job.entry.id),
            );
      during = 'create';
      const heldUntil = createsHeldUntil;
      if (found) {
        outcome = (draft, at) => settleDone(draft, job, found, true, at);
      } else if (heldUntil > now()) {
        // PikPak asked to slow down since this entry was claimed: its create waits too.
        outcome = (draft, at) => (deferClaim(draft, job, heldUntil, at), []);
      } else {
        const { destination, url } = job.entry;
        const created = await createOfflineTask(client, {
          url,
          ...(destination.kind === 'folder' ? { parentId: destination.id } : {}),
        });
        outcome = (draft, at) => settleDone(draft, job, created.task, false, at);
      }
    } catch (error) {
      const failure = describeFailure(error, during, job.entry.attempts, random);
      // Known at once, so that no other lane's create goes out while this answer is being stored.
      if (failure.holdMs !== undefined) createsHeldUntil = Math.max(createsHeldUntil, now() + failure.holdMs);
      outcome = (draft, at) => settleFailure(draft, job, failure, at);
    }
    try {
      await settle(outcome);
    } finally {
      inFlight.delete(job.entry.id);
    }
  }

  // ---- the public surface ----

  async function enqueue(links: readonly EnqueueLink[], destination: Destination): Promise<EnqueueResult> {
    if (!isDestination(destination)) throw new TypeError('send queue: invalid destination');
    const signedIn = deps.isSignedIn ? await deps.isSignedIn() : false;
    const { wake, ...result } = await commit((draft, at) =>
      edits.addLinks(draft, links, destination, at, { signedIn, newId }),
    );
    if (wake) void kick();
    return result;
  }

  /** A change that makes `n` entries pending; processing starts when there are any. */
  async function release(change: Change<number>): Promise<number> {
    const count = await commit(change);
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
    resumeHeld: (reason) => release((draft, at) => edits.resumeHeld(draft, reason, at)),
    retryEntry: async (id) => (await release((draft, at) => edits.retryEntries(draft, (e) => e.id === id, at))) > 0,
    retryAllFailed: () => release((draft, at) => edits.retryEntries(draft, (e) => e.state === 'failed', at)),
    dismissEntry: (id) => commit((draft) => edits.dismissEntry(draft, id)),
    async entries() {
      return (await readState()).entries;
    },
  };
}
