import { accountState } from '../../shared/account.ts';
import { recentFoldersItem, withRecentFolder } from '../../shared/settings.ts';
import { pikpak } from '../session/client.ts';
import { createSendQueue } from './queue.ts';
import type { SendQueue, SendQueueCallbacks } from './types.ts';

/**
 * The worker's send queue, wired to the worker's API client and account state. Create it once per worker
 * start (in src/background/index.ts) and hand `handleAlarm` to the single `alarms.onAlarm` listener.
 * Every way in (quick add, menu, confirm window, shortcut) goes through its `enqueue`, which also remembers
 * the folder as a recent destination.
 */
export function createBackgroundSendQueue(callbacks: SendQueueCallbacks = {}): SendQueue {
  const queue = createSendQueue({
    ...callbacks,
    client: pikpak,
    isSignedIn: async () => (await accountState.get()).status === 'signed-in',
  });
  return {
    ...queue,
    async enqueue(links, destination) {
      const result = await queue.enqueue(links, destination);
      if (destination.kind === 'folder' && result.added.length + result.alreadyQueued.length > 0) {
        const recent = await recentFoldersItem.get();
        const next = withRecentFolder(recent, destination);
        // Unchanged (the same folder again): no write, so the context menu is not rebuilt for nothing.
        if (JSON.stringify(next) !== JSON.stringify(recent)) await recentFoldersItem.set(next);
      }
      return result;
    },
  };
}

export { createSendQueue, SEND_QUEUE_ALARM } from './queue.ts';
export type { EnqueueLink, EnqueueResult, SendQueue, SendQueueCallbacks, SendQueueDeps } from './types.ts';
export type { EntryState, HeldReason, QueueEntry, SendQueueState } from '../../shared/send-queue.ts';
