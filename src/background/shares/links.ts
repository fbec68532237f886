import type { PikPakClient } from '../../api/client.ts';
import { getShareFile } from '../../api/endpoints/shares.ts';
import type { ShareFileDetail } from '../../api/share-mappers.ts';
import type { DownloadLink } from '../../shared/domain.ts';
import type { FileLink } from '../../shared/file-transfer.ts';
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
export async function shareFileLink(shareId: string, fileId: string, deps: ShareLinkDeps): Promise<ShareFileLink> {
  let detail: ShareFileDetail | undefined;
  const read = async () =>
    (detail = await withShareToken(deps.client, shareId, (passCodeToken) =>
      getShareFile(deps.client, { shareId, passCodeToken, fileId }),
    ));
  const link = await linkFromDetail(fileId, read, shareLinkChoice(deps.useTranscodingAddress), deps);
  return { ...link, ...(detail === undefined ? {} : shareLinkFacts(detail, link)) };
}

/** A share file's link, with what the player needs to know about it besides the address. */
export type ShareFileLink = DownloadLink & Pick<FileLink, 'transcoded' | 'playLimit'>;

/**
 * Whether the chosen link is a transcode (one of the file's non-original medias: the player plays those through
 * hls.js), and PikPak's limit on playing the shared video unsaved, passed on as PikPak gave it.
 */
function shareLinkFacts(detail: ShareFileDetail, link: DownloadLink): Pick<FileLink, 'transcoded' | 'playLimit'> {
  const transcoded = detail.medias.some((media) => !media.isOrigin && media.url === link.url);
  return {
    ...(transcoded ? { transcoded } : {}),
    ...(detail.playLimit === undefined ? {} : { playLimit: detail.playLimit }),
  };
}
