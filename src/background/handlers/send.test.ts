import { describe, expect, it, vi } from 'vitest';
import type { EnqueueLink, SendQueue } from '../send-queue/index.ts';
import type { Destination, QueueEntry } from '../../shared/send-queue.ts';
import { createSendHandlers } from './send.ts';

// The handlers use no browser API; the shared message module imports the polyfill, which refuses Node.
vi.mock('webextension-polyfill', () => ({ default: {} }));

/** A queue that records what it was given and answers like the real one (new vs already queued). */
function recordingQueue() {
  const received: { links: readonly EnqueueLink[]; destination: Destination }[] = [];
  const queue = {
    enqueue: (links: readonly EnqueueLink[], destination: Destination) => {
      received.push({ links, destination });
      const entry = (link: EnqueueLink) => ({ url: link.url }) as QueueEntry;
      return Promise.resolve({ added: links.slice(1).map(entry), alreadyQueued: links.slice(0, 1).map(entry), rejected: [] });
    },
  } as unknown as SendQueue;
  return { queue, received };
}

const sender = {};
const link = (url: string) => ({ url, key: url, displayName: url });

describe('send.enqueue', () => {
  it('hands valid links and the destination to the queue and reports the counts', async () => {
    const { queue, received } = recordingQueue();
    const answer = await createSendHandlers(queue)['send.enqueue'](
      { links: [link('magnet:?xt=urn:btih:a'), link('https://example.org/a.iso')], destination: { kind: 'my-pack' } },
      sender,
    );
    expect(answer).toEqual({ added: 1, alreadyQueued: 1 });
    expect(received).toEqual([{ links: [link('magnet:?xt=urn:btih:a'), link('https://example.org/a.iso')], destination: { kind: 'my-pack' } }]);
  });

  it('refuses an empty list, malformed links and unknown destinations without queueing anything', async () => {
    const { queue, received } = recordingQueue();
    const enqueue = createSendHandlers(queue)['send.enqueue'];
    await expect(enqueue({ links: [], destination: { kind: 'my-pack' } }, sender)).rejects.toMatchObject({ kind: 'bad-request' });
    await expect(
      enqueue({ links: [{ url: 'x' } as never], destination: { kind: 'my-pack' } }, sender),
    ).rejects.toMatchObject({ kind: 'bad-request' });
    await expect(
      enqueue({ links: [link('https://example.org/')], destination: { kind: 'elsewhere' } as never }, sender),
    ).rejects.toMatchObject({ kind: 'bad-request' });
    expect(received).toEqual([]);
  });
});
