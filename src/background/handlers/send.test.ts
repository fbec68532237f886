import { describe, expect, it } from 'vitest';
import { pendingSelectionsItem, type PendingSelection } from '../../shared/pending-selection.ts';
import type { EnqueueLink, SendQueue } from '../send-queue/index.ts';
import type { Destination } from '../../shared/destination.ts';
import type { QueueEntry } from '../../shared/send-queue.ts';
import { createSendHandlers } from './send.ts';

// Pending selections live in extension storage: @webext-core/fake-browser stands in for it.

/** A queue that records what it was given and answers like the real one (new vs already queued). */
function recordingQueue() {
  const received: { links: readonly EnqueueLink[]; destination: Destination }[] = [];
  const queue = {
    enqueue: (links: readonly EnqueueLink[], destination: Destination) => {
      received.push({ links, destination });
      const entry = (link: EnqueueLink) => ({ url: link.url }) as QueueEntry;
      return Promise.resolve({
        added: links.slice(1).map(entry),
        alreadyQueued: links.slice(0, 1).map(entry),
        rejected: [],
      });
    },
  } as unknown as SendQueue;
  return { queue, received };
}

const sender = {};
const link = (url: string) => ({ url, key: url, displayName: url });

describe('send.enqueue', () => {
  it('hands valid links and the destination to the queue and reports the counts', async () => {
    const { queue, received } = recordingQueue();
    const answer = await createSendHandlers({ queue })['send.enqueue'](
      { links: [link('magnet:?xt=urn:btih:a'), link('https://example.org/a.iso')], destination: { kind: 'my-pack' } },
      sender,
    );
    expect(answer).toEqual({ added: 1, alreadyQueued: 1 });
    expect(received).toEqual([
      { links: [link('magnet:?xt=urn:btih:a'), link('https://example.org/a.iso')], destination: { kind: 'my-pack' } },
    ]);
  });

  it('refuses an empty list, malformed links and unknown destinations without queueing anything', async () => {
    const { queue, received } = recordingQueue();
    const enqueue = createSendHandlers({ queue })['send.enqueue'];
    await expect(enqueue({ links: [], destination: { kind: 'my-pack' } }, sender)).rejects.toMatchObject({
      kind: 'bad-request',
    });
    await expect(
      enqueue({ links: [{ url: 'x' } as never], destination: { kind: 'my-pack' } }, sender),
    ).rejects.toMatchObject({ kind: 'bad-request' });
    await expect(
      enqueue({ links: [link('https://example.org/')], destination: { kind: 'elsewhere' } as never }, sender),
    ).rejects.toMatchObject({ kind: 'bad-request' });
    expect(received).toEqual([]);
  });
});

describe('send.confirmSelection and send.discardSelection', () => {
  const movies: Destination = { kind: 'folder', id: 'VNmovies', name: 'Movies' };
  const pending: PendingSelection = {
    id: 'sel-1',
    links: [link('https://example.org/a.iso'), link('https://example.org/b.iso'), link('https://example.org/c.iso')],
    destination: movies,
    skipped: { shares: 0, unreadable: 0 },
    page: { title: 'Mirrors', url: 'https://example.org/' },
    createdAt: 0,
  };

  it('queues only the ticked links, to the folder of the selection, and forgets the selection', async () => {
    await pendingSelectionsItem.set({ 'sel-1': pending, 'sel-2': { ...pending, id: 'sel-2' } });
    const { queue, received } = recordingQueue();
    const answer = await createSendHandlers({ queue })['send.confirmSelection'](
      { id: 'sel-1', keys: ['https://example.org/a.iso', 'https://example.org/c.iso', 'https://not-in-it.example/'] },
      sender,
    );
    expect(received).toEqual([
      { links: [link('https://example.org/a.iso'), link('https://example.org/c.iso')], destination: movies },
    ]);
    expect(answer).toEqual({ added: 1, alreadyQueued: 1 });
    expect(Object.keys(await pendingSelectionsItem.get())).toEqual(['sel-2']);
    // Sent already: a second answer (a double click) queues nothing and says so.
    await expect(
      createSendHandlers({ queue })['send.confirmSelection']({ id: 'sel-1', keys: [] }, sender),
    ).rejects.toMatchObject({ kind: 'not-found' });
    expect(received).toHaveLength(1);
  });

  it('cancel forgets the selection without queueing', async () => {
    await pendingSelectionsItem.set({ 'sel-1': pending });
    const { queue, received } = recordingQueue();
    await createSendHandlers({ queue })['send.discardSelection']({ id: 'sel-1' }, sender);
    expect(await pendingSelectionsItem.get()).toEqual({});
    expect(received).toEqual([]);
  });
});
