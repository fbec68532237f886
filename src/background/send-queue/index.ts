import { accountState } from '../../shared/account.ts';
import { pikpak } from '../session/client.ts';
import { createSendQueue, type SendQueue, type SendQueueCallbacks } from './queue.ts';

/**
 * The worker's send queue, wired to the worker's API client and account state. Create it once per worker
 * start (in src/background/index.ts) and hand `handleAlarm` to the single `alarms.onAlarm` listener.
 */
export function createBackgroundSendQueue(callbacks: SendQueueCallbacks = {}): SendQueue {
  return createSendQueue({
    ...callbacks,
    client: pikpak,
    isSignedIn: async () => (await accountState.get()).status === 'signed-in',
  });
}

export { createSendQueue, SEND_QUEUE_ALARM } from './queue.ts';
export type { EnqueueLink, EnqueueResult, SendQueue, SendQueueCallbacks, SendQueueDeps } from './queue.ts';
export { sendQueueItem } from '../../shared/send-queue.ts';
export type { Destination, EntryState, HeldReason, QueueEntry, SendQueueState } from '../../shared/send-queue.ts';
