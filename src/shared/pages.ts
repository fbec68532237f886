/**
 * Where extension pages are in the build, how a place inside one is written in its URL, and the web app's
 * address, so the worker (notifications, the confirm window) and the pages agree. Pure: no browser API.
 */
export const FILES_PAGE = 'src/files/index.html';
export const OPTIONS_PAGE = 'src/options/index.html';
export const CONFIRM_PAGE = 'src/confirm/index.html';
export const PLAYER_PAGE = 'src/player/index.html';
export const POPUP_PAGE = 'src/popup/index.html';

/** The web app's drive; signing in there is how the session bridge adopts a session. */
export const PIKPAK_WEB_URL = 'https://mypikpak.com/drive/all';

/** The file browser's path, at a folder when given ("" or absent: the drive's root). */
export function filesPagePath(folderId?: string): string {
  return folderId ? `${FILES_PAGE}#folder=${encodeURIComponent(folderId)}` : FILES_PAGE;
}

/**
 * The toolbar popup's path for the signed-in account (`?account=<sub>`; none: signed out). The worker sets it as the
 * action's popup whenever the account changes, and the popup's pre-paint (src/popup/prepaint-core.ts) paints its
 * cached markup only when the cache is this account's: the URL is the one thing about the account a page knows
 * synchronously.
 */
export function popupPagePath(sub?: string): string {
  return sub ? `${POPUP_PAGE}?account=${encodeURIComponent(sub)}` : POPUP_PAGE;
}

/** The options page's path, at a section (`#account`) when given. */
export function optionsPagePath(section?: string): string {
  return section ? `${OPTIONS_PAGE}#${section}` : OPTIONS_PAGE;
}

/** The confirm window for a pending selection. */
export function confirmPagePath(selectionId: string): string {
  return `${CONFIRM_PAGE}#${encodeURIComponent(selectionId)}`;
}

/** The player (video, audio, images) for a file: `?id=<fileId>`; it lists the file's folder for previous and next. */
export function playerPagePath(fileId: string): string {
  return `${PLAYER_PAGE}?id=${encodeURIComponent(fileId)}`;
}

/**
 * The player for a file of a share: `?id=<fileId>&share=<shareId>&folder=<folderId>`. A share has no item call, so the
 * player finds the file in the folder it is listed in (absent: the share's top level), plays it from `shares.links`
 * and takes previous and next from that folder.
 */
export function sharePlayerPagePath(shareId: string, fileId: string, folderId?: string): string {
  const folder = folderId ? `&folder=${encodeURIComponent(folderId)}` : '';
  return `${playerPagePath(fileId)}&share=${encodeURIComponent(shareId)}${folder}`;
}

/**
 * The file browser at a share (`#share=<shareId>`, with `&folder=<id>` inside it). The pass code never goes into the
 * address: whoever opens the page stores it first (`shares.open` with the code remembers it).
 */
export function sharePagePath(shareId: string, folderId?: string): string {
  const folder = folderId ? `&folder=${encodeURIComponent(folderId)}` : '';
  return `${FILES_PAGE}#share=${encodeURIComponent(shareId)}${folder}`;
}

/** The Shares view of the file browser (paste box, recent shares, many shares at once). */
export const SHARES_PAGE_PATH = `${FILES_PAGE}#view=shares`;
