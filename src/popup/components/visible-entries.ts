import type { QueueEntry } from '../../shared/send-queue.ts';

/** Sent entries stay in the list this long, marked "Sent". */
const RECENT_SENT_MS = 5 * 60_000;

/**
 * What the popup lists: everything not done yet, and what was sent in the last few minutes. Apart from the list
 * (SendQueueList) so that the popup decides whether to load the list without loading it.
 */
export function visibleEntries(entries: readonly QueueEntry[], now: number): QueueEntry[] {
  return entries.filter((entry) => entry.state !== 'done' || now - (entry.sentAt ?? entry.updatedAt) < RECENT_SENT_MS);
}
