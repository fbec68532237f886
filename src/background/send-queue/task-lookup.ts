import type { PikPakClient } from '../../api/client.ts';
import type { OfflineTask } from '../../shared/domain.ts';
import type { QueueEntry } from '../../shared/send-queue.ts';
import { taskPages } from '../task-pages.ts';
import { MATCH_CLOCK_SKEW_MS, sourceKey } from './policy.ts';

/**
 * Never twice: an entry whose earlier attempt may have reached PikPak without us seeing the answer carries
 * `unsureSince` (a timeout, a dropped connection, a 5xx, a garbled 200, or a `sending` entry a stopped worker left
 * behind, claimed again once its lease `SENDING_LEASE_MS` ended). Before it is created again, its URL is looked
 * for in PikPak's task list (`params.url`, §6.1); a task found there is taken instead.
 */

/** How many pages of the task list (newest first) are searched. */
const LOOKUP_PAGES = 5;
const LOOKUP_PAGE_SIZE = 100;

/**
 * A task with the entry's source URL, created since its first unanswered attempt (give or take PikPak's clock),
 * that no other entry has (`taken`: task ids other entries already hold).
 */
export async function findCreatedTask(
  client: PikPakClient,
  entry: QueueEntry,
  unsureSince: number,
  taken: ReadonlySet<string>,
): Promise<OfflineTask | undefined> {
  const wanted = sourceKey(entry.url);
  const since = unsureSince - MATCH_CLOCK_SKEW_MS;
  for await (const page of taskPages(client, { pageSize: LOOKUP_PAGE_SIZE, maxPages: LOOKUP_PAGES })) {
    const match = page.tasks.find(
      (task) =>
        task.sourceUrl !== undefined &&
        sourceKey(task.sourceUrl) === wanted &&
        (task.createdAt === undefined || task.createdAt >= since) &&
        !taken.has(task.id),
    );
    if (match) return match;
    // Newest first: once a page is entirely older than the attempt, later pages are too.
    if (page.tasks.length > 0 && page.tasks.every((task) => task.createdAt !== undefined && task.createdAt < since))
      return undefined;
  }
  return undefined;
}

/** The task ids entries other than `id` already hold (done entries). */
export function takenTaskIds(entries: readonly QueueEntry[], id: string): Set<string> {
  return new Set(entries.flatMap((e) => (e.id !== id && e.state === 'done' && e.taskId ? [e.taskId] : [])));
}
