import type { DriveItem, DriveItemDetail, DriveItemPage } from '../shared/domain.ts';
import type { FileLink, PlannedFile, PlayLimit, TransferFailure } from '../shared/file-transfer.ts';
import { RequestError } from '../shared/messages.ts';

/**
 * The player's files when it plays from a share (`&share=<id>&folder=<id>`): a share has no item call, so a file is
 * known from its folder's listing (`shares.list`) and its link comes fresh from `shares.links` (which honours
 * Options › "Use transcoding address"). The answers take the shape the player already plays: the link as the
 * download (the original) or as the one transcode. Pure: the requests are passed in.
 */
export interface ShareFilesDeps {
  shareId: string;
  /** The folder of the share the file is in ("" = the share's top level). */
  folderId: string;
  list(parentId: string, pageToken?: string): Promise<DriveItemPage>;
  links(files: PlannedFile[]): Promise<{ links: FileLink[]; failed: TransferFailure[] }>;
}

export type ShareFiles = ReturnType<typeof createShareFiles>;

export function createShareFiles(deps: ShareFilesDeps) {
  /** Pages of folders, by folder and page token: the player lists the folder too, and asks only once. */
  const pages = new Map<string, Promise<DriveItemPage>>();
  const items = new Map<string, DriveItem>();
  const limits = new Map<string, PlayLimit>();

  function listFolder(parentId: string, pageToken?: string): Promise<DriveItemPage> {
    const key = `${parentId}\n${pageToken ?? ''}`;
    let page = pages.get(key);
    if (page === undefined) {
      page = deps.list(parentId, pageToken).then((answer) => {
        for (const item of answer.items) items.set(item.id, item);
        return answer;
      });
      pages.set(key, page);
      page.catch(() => pages.delete(key));
    }
    return page;
  }

  /** The file's row in its folder, reading the folder page by page until it is found. */
  async function itemOf(id: string): Promise<DriveItem> {
    const seen = new Set<string>();
    let token: string | undefined;
    do {
      const known = items.get(id);
      if (known !== undefined) return known;
      const page = await listFolder(deps.folderId, token);
      token = page.nextPageToken;
      if (token !== undefined && seen.has(token)) break;
      if (token !== undefined) seen.add(token);
    } while (token !== undefined);
    const found = items.get(id);
    if (found === undefined) throw new RequestError('not-found', `No file ${id} in this folder of the share`);
    return found;
  }

  return {
    listFolder,
    /** The file with a fresh link (every call asks again: links expire, and a refused one is asked for anew). */
    fetchDetail: async (id: string): Promise<DriveItemDetail> => {
      const item = await itemOf(id);
      const file: PlannedFile = { id, path: item.name, size: item.size.bytes, shareId: deps.shareId };
      const { links, failed } = await deps.links([file]);
      const link = links[0];
      if (link === undefined) {
        const failure = failed[0];
        throw new RequestError(failure?.kind ?? 'no-link', failure?.message ?? `No link for ${id}`);
      }
      if (link.playLimit === undefined) limits.delete(id);
      else limits.set(id, link.playLimit);
      return detailOf(item, link, deps.folderId);
    },
    /** PikPak's limit on playing the file unsaved, as its last link said. */
    playLimitOf: (id: string): PlayLimit | undefined => limits.get(id),
  };
}

/**
 * A share's file as the player's detail: the link is the original (the download) or, with the transcoding address,
 * the file's one transcode (played through hls.js). Its folder is the share folder it was listed in, whatever
 * `parent_id` PikPak gives (the owner's folder, for the share's top level).
 */
export function detailOf(item: DriveItem, link: FileLink, folderId: string): DriveItemDetail {
  const expires = link.expiresAt === undefined ? {} : { expiresAt: link.expiresAt };
  const base = { ...item, parentId: folderId };
  if (link.transcoded !== true) return { ...base, download: { url: link.url, ...expires }, medias: [] };
  const { height, width, durationSeconds } = item.video ?? {};
  return {
    ...base,
    medias: [
      {
        name: 'transcode',
        url: link.url,
        ...expires,
        isOrigin: false,
        isDefault: true,
        priority: 0,
        ...(height === undefined ? {} : { height }),
        ...(width === undefined ? {} : { width }),
        ...(durationSeconds === undefined ? {} : { durationSeconds }),
      },
    ],
  };
}
