import type { FolderPage, FolderRef } from '../shared/folders.ts';
import { request } from '../shared/messages.ts';

/** What the folder picker asks of the drive; pages wire it to the worker, tests pass their own. */
export interface FolderActions {
  /** One page of `parentId`'s subfolders ("" = the drive's root). */
  listFolders: (parentId: string, pageToken?: string) => Promise<FolderPage>;
  createFolder: (parentId: string, name: string) => Promise<FolderRef>;
}

/** The worker's `drive.*` requests. One object for the page's life, so the picker does not reload on re-render. */
export const browserFolderActions: FolderActions = {
  listFolders: (parentId, pageToken) =>
    request('drive.listFolders', { parentId, ...(pageToken === undefined ? {} : { pageToken }) }),
  createFolder: (parentId, name) => request('drive.createFolder', { parentId, name }),
};
