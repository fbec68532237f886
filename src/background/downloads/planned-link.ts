import type { PikPakClient } from '../../api/client.ts';
import type { DownloadLink } from '../../shared/domain.ts';
import type { PlannedFile } from '../../shared/file-transfer.ts';
import { shareFileLink } from '../shares/links.ts';
import { freshLink, type LinkRetryDeps } from './fresh-link.ts';

export interface PlannedLinkDeps extends LinkRetryDeps {
  client: PikPakClient;
  /** settings.disableMediaLinks, for drive files. */
  disableMediaLinks: boolean;
  /** settings.useTranscodingAddress, for share files. */
  useTranscodingAddress?: boolean;
}

/**
 * A fresh link for a planned file: a share's file from the share (`share/file_info`, ../shares/links.ts), a drive
 * file from the drive (`GET /drive/v1/files/{id}`, ./fresh-link.ts). Downloads, link exports and aria2 all ask here.
 */
export function plannedFileLink(
  file: Pick<PlannedFile, 'id' | 'shareId'>,
  deps: PlannedLinkDeps,
): Promise<DownloadLink> {
  if (file.shareId === undefined) return freshLink(file.id, deps);
  return shareFileLink(file.shareId, file.id, { ...deps, useTranscodingAddress: deps.useTranscodingAddress ?? false });
}
