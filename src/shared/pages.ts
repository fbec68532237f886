/**
 * Where extension pages are in the build, and how a location inside the file browser is written in its URL
 * (`#folder=<id>`), so the popup, notifications and the file browser agree. Pure: no browser API.
 */
export const FILES_PAGE = 'src/files/index.html';

/** The file browser's path, at a folder when given ("" or absent: the drive's root). */
export function filesPagePath(folderId?: string): string {
  return folderId ? `${FILES_PAGE}#folder=${encodeURIComponent(folderId)}` : FILES_PAGE;
}
