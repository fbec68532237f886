import type { DriveItemPage } from '../../shared/domain.ts';
import { DRIVE_PAGE_SIZE, type DriveView } from '../../shared/drive-view.ts';
import type { PikPakClient } from '../client.ts';
import { listFiles, type ListFilesOptions } from './files.ts';

/**
 * The file browser's views as PikPak lists them (pikpak-api.md §7.1, §12.4), 500 items a page:
 * - a folder: `parent_id=<id>` ("" is My Drive's root), finished and not trashed, as most clients ask;
 * - starred: `parent_id=*` (the whole drive) with `system_tag in STAR` on top of the same defaults (PikPakAPI merges
 *   its star filter into them, so a starred item in the trash is not listed);
 * - trash: `parent_id=*` with `{"trashed":{"eq":true}}` alone (pikpaktui, pikpak-kotlin; every phase).
 * PikPak neither sorts nor searches on request (§12.4): pages do both.
 */
export function viewListOptions(view: DriveView, pageToken?: string): ListFilesOptions {
  const page = { limit: DRIVE_PAGE_SIZE, ...(pageToken ? { pageToken } : {}) };
  switch (view.kind) {
    case 'folder':
      return { ...page, parentId: view.id, filters: { phase: 'complete', trashed: false } };
    case 'starred':
      return { ...page, parentId: '*', filters: { phase: 'complete', trashed: false, starredOnly: true } };
    case 'trash':
      return { ...page, parentId: '*', filters: { phase: 'any', trashed: true } };
    case 'share':
      // A share is read through the share endpoints (`shares.list`, §8.2), never as a folder of the drive.
      throw new TypeError('A share is not listed as a drive view');
  }
}

/** One page of a view. Follow `nextPageToken`; a repeated token ends the list (§9.13, the caller checks). */
export function listView(client: PikPakClient, view: DriveView, pageToken?: string): Promise<DriveItemPage> {
  return listFiles(client, viewListOptions(view, pageToken));
}
