// shared/send-queue.ts loads the polyfill (through storage.ts), which needs an extension global.
import { describe, expect, it, vi } from 'vitest';
import type { QueueEntry, SendQueueState } from '../shared/send-queue.ts';
import { createSendQueueStore } from './send-queue-store.ts';

const entry: QueueEntry = {
  id: 'a',
  url: 'https://example.com/a.zip',
  key: 'https://example.com/a.zip',
  displayName: 'a.zip',
  destination: { kind: 'my-pack' },
  state: 'pending',
  attempts: 0,
  createdAt: 1,
  updatedAt: 1,
};

describe('createSendQueueStore', () => {
  it('renders from storage, then follows changes; a change beats a slower first read', async () => {
    let push: (state: SendQueueState) => void = () => undefined;
    let answer: (state: SendQueueState) => void = () => undefined;
    const store = createSendQueueStore({
      read: () => new Promise((resolve) => (answer = resolve)),
      watch: (callback) => (push = callback),
    });
    store.start();
    expect(store.entries.value).toBeUndefined();
    push({ entries: [entry] });
    answer({ entries: [] });
    await Promise.resolve();
    expect(store.entries.value).toEqual([entry]);
  });

  it('skips invalid entries and reads a failed read as empty', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = createSendQueueStore({
      read: () => Promise.resolve({ entries: [entry, { id: 'bad' } as unknown as QueueEntry] }),
      watch: () => undefined,
    });
    store.start();
    await vi.waitFor(() => expect(store.entries.value).toEqual([entry]));
    const failing = createSendQueueStore({ read: () => Promise.reject(new Error('no')), watch: () => undefined });
    failing.start();
    await vi.waitFor(() => expect(failing.entries.value).toEqual([]));
  });
});
