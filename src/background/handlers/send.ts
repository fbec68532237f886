import type { SendQueue } from '../send-queue/index.ts';
import { RequestError } from '../../shared/messages.ts';
import { pendingSelectionsItem } from '../../shared/pending-selection.ts';
import { takeFromRecord } from '../../shared/storage.ts';
import { isDestination, type Destination } from '../../shared/destination.ts';
import { isLinkToSend } from '../../shared/link-to-send.ts';
import type { Handlers } from '../router.ts';

/** One request queues at most this many links (a pasted page can hold thousands; the box says so). */
const MAX_LINKS_PER_REQUEST = 1_000;

type SendHandlers = Pick<
  Handlers,
  | 'send.enqueue'
  | 'send.confirmSelection'
  | 'send.discardSelection'
  | 'send.retry'
  | 'send.retryAllFailed'
  | 'send.dismiss'
>;

function validDestination(value: unknown): Destination {
  if (!isDestination(value)) throw new RequestError('bad-request', 'Unknown destination');
  return value.kind === 'my-pack' ? { kind: 'my-pack' } : { kind: 'folder', id: value.id, name: value.name };
}

/** The send queue's requests; the queue itself stores links before anything else happens. */
export function createSendHandlers({ queue }: { queue: SendQueue }): SendHandlers {
  return {
    'send.enqueue': async ({ links, destination }) => {
      if (!Array.isArray(links) || links.length === 0) throw new RequestError('bad-request', 'No links to send');
      if (links.length > MAX_LINKS_PER_REQUEST)
        throw new RequestError('bad-request', `At most ${MAX_LINKS_PER_REQUEST} links at once`);
      const valid = links.filter(isLinkToSend);
      if (valid.length !== links.length) throw new RequestError('bad-request', 'Malformed link');
      const result = await queue.enqueue(valid, validDestination(destination));
      return { added: result.added.length, alreadyQueued: result.alreadyQueued.length };
    },
    'send.confirmSelection': async ({ id, keys }) => {
      if (typeof id !== 'string' || !Array.isArray(keys)) throw new RequestError('bad-request', 'Malformed selection');
      // Read before removing: the links are queued (stored) first, so a worker stopped in between keeps them.
      const selection = (await pendingSelectionsItem.get())[id];
      if (selection === undefined) throw new RequestError('not-found', 'This selection was already sent or cancelled');
      const chosen = new Set(keys);
      const links = selection.links.filter((link) => chosen.has(link.key));
      const result =
        links.length > 0 ? await queue.enqueue(links, selection.destination) : { added: [], alreadyQueued: [] };
      await takeFromRecord(pendingSelectionsItem, id);
      return { added: result.added.length, alreadyQueued: result.alreadyQueued.length };
    },
    'send.discardSelection': async ({ id }) => {
      await takeFromRecord(pendingSelectionsItem, id);
      return undefined;
    },
    'send.retry': async ({ id }) => {
      await queue.retryEntry(id);
      return undefined;
    },
    'send.retryAllFailed': async () => {
      await queue.retryAllFailed();
      return undefined;
    },
    'send.dismiss': async ({ id }) => {
      await queue.dismissEntry(id);
      return undefined;
    },
  };
}
