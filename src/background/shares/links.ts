import type { PikPakClient } from '../../api/client.ts';
import { getShareFile } from '../../api/endpoints/shares.ts';
import type { DownloadLink } from '../../shared/domain.ts';
import { linkFromDetail, type LinkRetryDeps } from '../downloads/fresh-link.ts';
import { shareLinkChoice } from '../downloads/link-choice.ts';
import { withShareToken } from './access.ts';

export interface ShareLinkDeps extends LinkRetryDeps {
  client: PikPakClient;
  /** settings.useTranscodingAddress: the transcode's link rather than the original's (§8.3). */
  useTranscodingAddress: boolean;
}

/**
 * A fresh link for a file of a share: `GET /drive/v1/share/file_info` with the share's pass-code token (§8.3), the
 * link chosen as ../downloads/link-choice.ts does for shares, asked once more after 5 s when there is none usable.
 * Works signed out (anonymous read, §12.5).
 */
export function shareFileLink(shareId: string, fileId: string, deps: ShareLinkDeps): Promise<DownloadLink> {
  const read = () =>
    withShareToken(deps.client, shareId, (passCodeToken) =>
      getShareFile(deps.client, { shareId, passCodeToken, fileId }),
    );
  return linkFromDetail(fileId, read, shareLinkChoice(deps.useTranscodingAddress), deps);
}
