import type { PikPakClient } from '../../api/client.ts';
import { listShareFolder, restoreShare } from '../../api/endpoints/shares.ts';
import type { TaskWaitOptions } from '../../api/endpoints/task-wait.ts';
import { RequestError } from '../../shared/messages.ts';
import { nextToken } from '../handlers/drive-payloads.ts';
import { isKnownOwnShare, markOwnShare, withShareToken } from './access.ts';

/**
 * Ids in one restore call. PikPak refuses too many ids in one batch call (`operating_file_count_exceeded`, §7.4);
 * no limit is known for restore, so it gets the batch calls' 100.
 */
export const RESTORE_CHUNK = 100;

export interface RestoreDeps {
  client: PikPakClient;
  wait?: TaskWaitOptions;
}

/**
 * `shares.restore`: saves items of a share into a drive folder and answers the new items' ids once PikPak's task
 * finished. Needs a session (`signed-out` otherwise: PikPak's restore takes Authorization, §8.4). No ids = every
 * item at the share's top level, named explicitly (an empty `file_ids` meaning "all" is seen only in the 2022 web
 * app, §8.4). One's own share is refused by PikPak (`file_restore_own` → `own-share`), remembered for `shares.open`.
 */
export async function restoreShareItems(
  shareId: string,
  fileIds: readonly string[],
  toParentId: string,
  deps: RestoreDeps,
): Promise<string[]> {
  const { client } = deps;
  if ((await client.tokens()) === undefined) {
    throw new RequestError('signed-out', 'Saving a share to the drive needs a PikPak session');
  }
  if (isKnownOwnShare(shareId))
    throw new RequestError('own-share', 'This share is your own: its files are in your drive');
  const ids = fileIds.length > 0 ? [...fileIds] : await topLevelIds(client, shareId);
  if (ids.length === 0) return [];
  const saved: string[] = [];
  try {
    for (let start = 0; start < ids.length; start += RESTORE_CHUNK) {
      const chunk = ids.slice(start, start + RESTORE_CHUNK);
      const run = (passCodeToken: string) =>
        restoreShare(client, { shareId, passCodeToken, fileIds: chunk, toParentId }, deps.wait);
      saved.push(...(await withShareToken(client, shareId, run)));
    }
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'kind' in error && error.kind === 'own-share') {
      markOwnShare(shareId);
    }
    throw error;
  }
  return saved;
}

/** Every item at the share's top level (`share/detail` with an empty `parent_id`, §12.5), page by page. */
async function topLevelIds(client: PikPakClient, shareId: string): Promise<string[]> {
  const ids: string[] = [];
  let pageToken: string | undefined;
  do {
    const sent = pageToken;
    const page = await withShareToken(client, shareId, (passCodeToken) =>
      listShareFolder(client, { shareId, passCodeToken, parentId: '', ...(sent ? { pageToken: sent } : {}) }),
    );
    ids.push(...page.items.map((item) => item.id));
    pageToken = nextToken(page, sent);
  } while (pageToken !== undefined);
  return ids;
}
