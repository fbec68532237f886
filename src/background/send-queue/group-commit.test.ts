import { describe, expect, it } from 'vitest';
import { queueEntry } from '../../../test/fixtures/queue-entry.ts';
import type { SendQueueState } from '../../shared/send-queue.ts';
import { createGroupCommit } from './group-commit.ts';

/** Committing changes, on a store in memory. */

const entry = (id: string) => queueEntry(id);

function setUp(initial: SendQueueState = { entries: [] }) {
  let stored = initial;
  const writes: SendQueueState[] = [];
  const batches: SendQueueState[] = [];
  const order: string[] = [];
  const commit = createGroupCommit({
    // A fresh copy, as storage gives.
    read: () => Promise.resolve({ ...stored, entries: [...stored.entries] }),
    write: async (state) => {
      order.push('write');
      await Promise.resolve();
      stored = state;
      writes.push(state);
    },
    now: () => 100,
    beforeWrite: () => {
      order.push('before');
      return Promise.resolve();
    },
    afterBatch: (state) => {
      order.push('after');
      batches.push(state);
      return Promise.resolve();
    },
  });
  return { commit, writes, batches, order, stored: () => stored };
}

describe('createGroupCommit', () => {
  it('changes that arrive while a write is on its way go out together with the next one, in order', async () => {
    const { commit, writes } = setUp();
    // The first starts a batch at once; the next two arrive while it is being read and written.
    const first = commit((draft) => draft.entries.push(entry('a')));
    const second = commit((draft) => draft.entries.push(entry('b')));
    const third = commit((draft) => draft.entries.push(entry('c')));
    expect(await Promise.all([first, second, third])).toEqual([1, 2, 3]);
    expect(writes.map((state) => state.entries.map((e) => e.id))).toEqual([['a'], ['a', 'b', 'c']]);
  });

  it('arms the wake-up before the write and reschedules after every batch, written or not', async () => {
    const { commit, order, batches } = setUp({ entries: [entry('a')] });
    await commit((draft) => {
      draft.unchanged = true;
    });
    expect(order).toEqual(['after']);
    await commit((draft, at) => (draft.createsHeldUntil = at + 50));
    expect(order).toEqual(['after', 'before', 'write', 'after']);
    // Tidied before it was stored: the pending entry waits for the slow-down.
    expect(batches.at(-1)).toEqual({
      entries: [{ ...entry('a'), nextAttemptAt: 150, updatedAt: 100 }],
      createsHeldUntil: 150,
    });
  });

  it('a change that throws leaves the queue as it found it and fails only its caller', async () => {
    const { commit, stored } = setUp({ entries: [entry('a')], dailyLimitSince: 5 });
    const first = commit((draft) => draft.entries.push(entry('b')));
    // These two are applied together, in one batch.
    const good = commit((draft) => draft.entries.push(entry('d')));
    const bad = commit((draft) => {
      draft.entries.push(entry('c'));
      draft.dailyLimitSince = undefined;
      throw new Error('boom');
    });
    await expect(bad).rejects.toThrow('boom');
    await Promise.all([first, good]);
    expect(stored()).toEqual({ entries: [entry('a'), entry('b'), entry('d')], dailyLimitSince: 5 });
  });
});
