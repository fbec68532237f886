import { getFile } from '../../api/endpoints/files.ts';
import type { PikPakClient } from '../../api/client.ts';
import { defaultSleep } from '../../api/sleep.ts';
import type { DownloadLink } from '../../shared/domain.ts';
import { RequestError } from '../../shared/messages.ts';
import { chooseDownloadLink } from './link-choice.ts';

export interface FreshLinkDeps {
  client: PikPakClient;
  disableMediaLinks: boolean;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** How long to wait before asking again when PikPak gave no usable link (rclone waits 5 s, §12.4). */
export const NO_LINK_RETRY_MS = 5_000;

/**
 * A download link for a file, asked for now (one `GET /drive/v1/files/{id}`, §7.3). When PikPak answers without a
 * usable link (none, an empty `fid`, already expired), it is asked once more after 5 s, as rclone does; then the
 * file fails with `no-link`.
 */
export async function freshLink(id: string, deps: FreshLinkDeps): Promise<DownloadLink> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    const detail = await getFile(deps.client, id);
    if (detail.kind === 'folder') throw new RequestError('bad-request', 'A folder has no download link');
    const link = chooseDownloadLink(detail, { disableMediaLinks: deps.disableMediaLinks, now: now() });
    if (link !== undefined) return link;
    if (attempt >= 1) throw new RequestError('no-link', `PikPak gave no usable download link for ${id}`);
    await sleep(NO_LINK_RETRY_MS);
  }
}
