import type { PikPakClient } from '../api/client.ts';
import { listTasks } from '../api/endpoints/tasks.ts';
import type { OfflineTaskPage } from '../shared/domain.ts';

const ALL_PHASES = ['pending', 'running', 'error', 'complete'] as const;

export interface TaskPagesOptions {
  /** Tasks per request. */
  pageSize: number;
  /** Requests at most. */
  maxPages: number;
}

/**
 * PikPak's offline task list (`GET /drive/v1/tasks`, every phase, newest first), one page per request, following
 * `page_token`. It ends at the last page, at an empty page, at a token seen before (PikPak's pagination can repeat
 * one, §9.13) or after `maxPages`. A caller that has found what it wanted stops reading, and no more is asked.
 * Used by the task monitor (the whole list) and the send queue (looking for a task it may have created).
 */
export async function* taskPages(client: PikPakClient, options: TaskPagesOptions): AsyncGenerator<OfflineTaskPage> {
  const tokens = new Set<string>();
  let pageToken: string | undefined;
  for (let page = 0; page < options.maxPages; page++) {
    const answer = await listTasks(client, {
      phases: ALL_PHASES,
      limit: options.pageSize,
      ...(pageToken ? { pageToken } : {}),
    });
    yield answer;
    const next = answer.nextPageToken;
    if (!next || answer.tasks.length === 0 || tokens.has(next)) return;
    tokens.add(next);
    pageToken = next;
  }
}
