import { createFolder as createDriveFolder, listFiles } from '../../api/endpoints/files.ts';
import type { FolderRef } from '../../shared/folders.ts';
import { RequestError } from '../../shared/messages.ts';
import type { Handlers } from '../router.ts';
import { pikpak } from '../session/client.ts';
import { itemName, nextToken } from './drive-payloads.ts';

type DriveHandlers = Pick<Handlers, 'drive.listFolders' | 'drive.createFolder'>;

/** Folders per page: PikPak's usual page (§7.1); the picker asks for more when there is a next page. */
const FOLDER_PAGE_SIZE = 100;

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** A folder id from a page: absent or "" is the root; "*" (the whole drive) is not a folder to list or create in. */
function parentIdOf(value: unknown): string {
  if (value === undefined || value === '') return '';
  if (typeof value !== 'string' || value === '*') throw new RequestError('bad-request', 'Not a folder id');
  return value;
}

function optionalString(value: unknown, what: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new RequestError('bad-request', `Not a ${what}`);
  return value;
}

/** The drive's folders for the folder picker (pikpak-api.md §7.1 list with a kind filter, §7.4 create). */
export function createDriveHandlers(): DriveHandlers {
  return {
    'drive.listFolders': async (payload) => {
      const parentId = parentIdOf(payload?.parentId);
      const pageToken = optionalString(payload?.pageToken, 'page token');
      const page = await listFiles(await pikpak(), {
        parentId,
        ...(pageToken === undefined ? {} : { pageToken }),
        limit: FOLDER_PAGE_SIZE,
        // Folders only, finished (a folder still being downloaded into is no destination), not in the trash.
        filters: { kind: 'folder', phase: 'complete', trashed: false },
      });
      const folders: FolderRef[] = page.items
        // The filter asked for folders; a server that ignored it must not put files in the picker.
        .filter((item) => item.kind === 'folder')
        .map((item) => ({ id: item.id, name: item.name }))
        .sort((a, b) => byName.compare(a.name, b.name));
      const next = nextToken(page, pageToken);
      return { folders, ...(next === undefined ? {} : { nextPageToken: next }) };
    },
    'drive.createFolder': async (payload) => {
      const parentId = parentIdOf(payload?.parentId);
      // A folder name as PikPak would take it: the rules of any item's name.
      const name = itemName(payload?.name);
      const created = await createDriveFolder(await pikpak(), parentId, name);
      return { id: created.id, name: created.name };
    },
  };
}
