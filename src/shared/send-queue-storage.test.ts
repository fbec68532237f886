import { describe, expect, it, vi } from 'vitest';
import { queueEntry } from '../../test/fixtures/queue-entry.ts';
import type { SendQueueState } from './send-queue.ts';

import { fakeBrowser } from '@webext-core/fake-browser';
const { createQueueWriter, followSendQueue, readSendQueue } = await import('./send-queue-storage.ts');

const entry = queueEntry;

/** Every `set` and `remove` the writer makes, as the keys it touched. */
function recordWrites() {
  const writes: string[][] = [];
  fakeBrowser.storage.local.onChanged.addListener((changes) => writes.push(Object.keys(changes).sort()));
  return writes;
}

describe('the send queue in storage', () => {
  it('writes one key per entry and the index, then only what changed', async () => {
    const writer = createQueueWriter(fakeBrowser.storage.local);
    await writer.read();
    const writes = recordWrites();
    const state: SendQueueState = { entries: [entry('a'), entry('b'), entry('c')] };
    await writer.write(state);
    expect(writes).toEqual([['sendQueue', 'sendQueue:a', 'sendQueue:b', 'sendQueue:c']]);

    // One entry changes: that entry alone.
    await writer.write({
      entries: [state.entries[0]!, entry('b', { state: 'sending', attempts: 1 }), state.entries[2]!],
    });
    expect(writes[1]).toEqual(['sendQueue:b']);

    // One leaves, the daily-limit mark is set: the index, then the removal.
    await writer.write({ entries: [entry('a'), entry('b', { state: 'sending', attempts: 1 })], dailyLimitSince: 5 });
    expect(writes.slice(2)).toEqual([['sendQueue'], ['sendQueue:c']]);
    expect(await readSendQueue(fakeBrowser.storage.local)).toEqual({
      entries: [entry('a'), entry('b', { state: 'sending', attempts: 1 })],
      dailyLimitSince: 5,
    });
  });

  it('reads the earlier whole-queue layout and rewrites it per entry on the next change', async () => {
    await fakeBrowser.storage.local.set({ sendQueue: { entries: [entry('a'), entry('b')] } });
    const writer = createQueueWriter(fakeBrowser.storage.local);
    expect((await writer.read()).entries.map((e) => e.id)).toEqual(['a', 'b']);
    await writer.write({ entries: [entry('a'), entry('b', { state: 'done' })] });
    expect(await fakeBrowser.storage.local.get('sendQueue')).toEqual({ sendQueue: { ids: ['a', 'b'] } });
    expect((await readSendQueue(fakeBrowser.storage.local)).entries.map((e) => e.state)).toEqual(['pending', 'done']);
  });

  it('the first read of a new worker removes entries in no index (a worker stopped between write and removal)', async () => {
    await fakeBrowser.storage.local.set({
      sendQueue: { ids: ['a'] },
      'sendQueue:a': entry('a'),
      'sendQueue:gone': entry('gone'),
      other: 1,
    });
    const writer = createQueueWriter(fakeBrowser.storage.local);
    expect((await writer.read()).entries.map((e) => e.id)).toEqual(['a']);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([
      'other',
      'sendQueue',
      'sendQueue:a',
    ]);
  });

  it('a page follows the queue from one read and the change events, without reading it again', async () => {
    const writer = createQueueWriter(fakeBrowser.storage.local);
    await writer.read();
    await writer.write({ entries: [entry('a')] });
    const seen: string[][] = [];
    followSendQueue((state) => seen.push(state.entries.map((e) => `${e.id}:${e.state}`)));
    await vi.waitFor(() => expect(seen).toEqual([['a:pending']]));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await writer.write({ entries: [entry('a', { state: 'done' }), entry('b')] });
    await writer.write({ entries: [entry('b')] });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['b:pending']));
    expect(seen).toContainEqual(['a:done', 'b:pending']);
    expect(get).not.toHaveBeenCalled();
  });
});
