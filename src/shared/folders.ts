/**
 * Folders as the destination choices see them: just enough to name a folder and send links into it. The
 * background answers `drive.listFolders` / `drive.createFolder` with these (src/background/handlers/drive.ts).
 */
export interface FolderRef {
  id: string;
  name: string;
}

/** One page of a folder's subfolders. `nextPageToken` is absent on the last page. */
export interface FolderPage {
  folders: FolderRef[];
  nextPageToken?: string;
}

/** Longest folder name the pages accept (PikPak's own limit is not documented; 255 is the common file-system one). */
export const MAX_FOLDER_NAME_LENGTH = 255;
