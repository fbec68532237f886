import { getFile } from '../../api/endpoints/files.ts';
import type { PikPakClient } from '../../api/client.ts';
import { defaultSleep } from '../../api/sleep.ts';
import type { DownloadLink, DriveItemDetail } from '../../shared/domain.ts';
import { RequestError } from '../../shared/messages.ts';
import { chooseDownloadLink, type LinkChoiceOptions } from './link-choice.ts';

export interface LinkRetryDeps {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface FreshLinkDeps extends LinkRetryDeps {
  client: PikPakClient;
  disableMediaLinks: boolean;
}

/** How long to wait before asking again when PikPak gave no usable link (rclone waits 5 s, §12.4). */
export const NO_LINK_RETRY_MS = 5_000;

/**
 * A download link for a file, asked for now (one `GET /drive/v1/files/{id}`, §7.3). When PikPak answers without a
 * usable link (none, an empty `fid`, already expired), it is asked once more after 5 s, as rclone does; then the
 * file fails with `no-link`.
 */
export function freshLink(id: string, deps: FreshLinkDeps): Promise<DownloadLink> {
  return linkFromDetail(id, () => getFile(deps.client, id), { disableMediaLinks: deps.disableMediaLinks }, deps);
}

/**
 * The link `choice` picks from a file's detail as `read` asks for it (the drive's file or a share's `file_info`), with
 * rclone's one more ask after 5 s when there was none; `no-link` after that, `bad-request` for a folder.
 */
export async function linkFromDetail(
  id: string,
  read: () => Promise<DriveItemDetail>,
  choice: Omit<LinkChoiceOptions, 'now'>,
  deps: LinkRetryDeps,
): Promise<DownloadLink> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    const detail = await read();
    if (detail.kind === 'folder') throw new RequestError('bad-request', 'A folder has no download link');
    const link = chooseDownloadLink(detail, { ...choice, now: now() });
    if (link !== undefined) return link;
    if (attempt >= 1) throw new RequestError('no-link', `PikPak gave no usable download link for ${id}`);
    await sleep(NO_LINK_RETRY_MS);
  }
}
