import type { PikPakClient } from '../../api/client.ts';
import { listShareFolder } from '../../api/endpoints/shares.ts';
import type { TaskWaitOptions } from '../../api/endpoints/task-wait.ts';
import { getSettings } from '../../shared/settings.ts';
import { linksWith } from '../downloads/links.ts';
import type { Handlers } from '../router.ts';
import { pikpak } from '../session/client.ts';
import { forgetShareAccess, withShareToken } from '../shares/access.ts';
import { shareFileLink } from '../shares/links.ts';
import { forgetShare } from '../shares/memory.ts';
import { openShareSummary } from '../shares/open.ts';
import {
  pageTokenOf,
  passCodeOf,
  restoreIdsOf,
  restoreTargetOf,
  shareFolderOf,
  shareIdOf,
} from '../shares/payloads.ts';
import { restoreShareItems } from '../shares/restore.ts';
import { nextToken } from './drive-payloads.ts';
import { MAX_FILES_PER_REQUEST, plannedFiles } from './files.ts';

type ShareHandlers = Pick<
  Handlers,
  'shares.open' | 'shares.list' | 'shares.links' | 'shares.restore' | 'shares.forget'
>;

export interface ShareHandlerDeps {
  /** The PikPak client (default: the stored session's, or the web identity's when signed out). */
  client?: () => Promise<PikPakClient>;
  /** The wait before asking again for a missing link (tests shorten it). */
  sleep?: (ms: number) => Promise<void>;
  /** How a restore's task is waited for (tests shorten it). */
  wait?: TaskWaitOptions;
}

/**
 * Shares (src/background/shares/): opening one, listing its folders, links of its files, saving it to the drive, and
 * forgetting it. Reads work signed out (anonymous, pikpak-api.md §12.5); saving needs a session.
 */
export function createShareHandlers(deps: ShareHandlerDeps = {}): ShareHandlers {
  const client = deps.client ?? pikpak;
  return {
    'shares.open': async (payload) =>
      openShareSummary(shareIdOf(payload), passCodeOf(payload), { client: await client() }),
    'shares.list': async (payload) => {
      const shareId = shareIdOf(payload);
      const parentId = shareFolderOf(payload);
      const pageToken = pageTokenOf(payload);
      const api = await client();
      const page = await withShareToken(api, shareId, (passCodeToken) =>
        listShareFolder(api, { shareId, passCodeToken, parentId, ...(pageToken ? { pageToken } : {}) }),
      );
      const next = nextToken(page, pageToken);
      return { items: page.items, ...(next === undefined ? {} : { nextPageToken: next }) };
    },
    'shares.links': async (payload) => {
      const shareId = shareIdOf(payload);
      const files = plannedFiles(payload, MAX_FILES_PER_REQUEST);
      const { useTranscodingAddress } = await getSettings();
      const api = await client();
      return linksWith(files, (file) =>
        shareFileLink(shareId, file.id, {
          client: api,
          useTranscodingAddress,
          ...(deps.sleep === undefined ? {} : { sleep: deps.sleep }),
        }),
      );
    },
    'shares.restore': async (payload) => {
      const shareId = shareIdOf(payload);
      const fileIds = restoreIdsOf(payload);
      const toParentId = restoreTargetOf(payload);
      const saved = await restoreShareItems(shareId, fileIds, toParentId, {
        client: await client(),
        ...(deps.wait === undefined ? {} : { wait: deps.wait }),
      });
      return { fileIds: saved };
    },
    'shares.forget': async (payload) => {
      const shareId = shareIdOf(payload);
      forgetShareAccess(shareId);
      await forgetShare(shareId);
    },
  };
}
