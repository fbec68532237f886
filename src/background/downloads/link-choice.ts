import type { DownloadLink, DriveItemDetail, MediaLink } from '../../shared/domain.ts';

/**
 * Which of a file's links to download (pikpak-api.md §7.3, §8.3, §12.4).
 * - A drive file, as rclone chooses: the original file's link (`web_content_link` / `links["application/octet-stream"]`),
 *   or, unless media links are disabled, the media link with the same `fid` (the same bytes; reported faster). A
 *   transcode never stands in for the file.
 * - A share's file (`share/file_info`): a video has no `web_content_link` there since 2024-05, only `medias`; its
 *   original is then the `is_origin` media (pikpaktui, SDL). With "Use transcoding address" (OpenList's pikpak_share)
 *   the transcode's link comes first.
 * A link whose `fid` is empty (`fid=&`) is unusable, and a link expiring within the margin is as good as expired.
 */

/** Time a link must still have: rclone keeps 10 s; a browser download may wait in the browser's queue first. */
export const LINK_MARGIN_MS = 60_000;

export interface LinkChoiceOptions {
  /** Only the original link, never the same-`fid` media link (settings.disableMediaLinks). */
  disableMediaLinks: boolean;
  /** A transcode's link first, the highest resolution (a share's file with settings.useTranscodingAddress, §8.3). */
  preferTranscode?: boolean;
  /** Without an original link, the `is_origin` media's (a share's video, §8.3). */
  originMediaFallback?: boolean;
  now: number;
  marginMs?: number;
}

/** How a share's file is chosen: the original as PikPak hands it (no same-fid swap), else the transcode if wanted. */
export function shareLinkChoice(useTranscodingAddress: boolean): Omit<LinkChoiceOptions, 'now'> {
  return { disableMediaLinks: true, preferTranscode: useTranscodingAddress, originMediaFallback: true };
}

export function chooseDownloadLink(detail: DriveItemDetail, options: LinkChoiceOptions): DownloadLink | undefined {
  if (options.preferTranscode === true) {
    const transcodes = detail.medias.filter((each) => !each.isOrigin).sort((a, b) => (b.height ?? 0) - (a.height ?? 0));
    const transcode = firstUsable(transcodes, options);
    // A file PikPak does not transcode (not a video) is taken as it is.
    if (transcode !== undefined) return transcode;
  }
  const original = detail.download;
  if (original === undefined || !isUsable(original, options)) {
    const origins = detail.medias.filter((each) => each.isOrigin);
    return options.originMediaFallback === true ? firstUsable(origins, options) : undefined;
  }
  if (options.disableMediaLinks) return original;
  const fid = fidOf(original.url);
  const media = detail.medias.find(
    (each) => each.url !== undefined && fid !== undefined && fidOf(each.url) === fid && isUsable(each, options),
  );
  return media === undefined ? original : (linkOf(media) ?? original);
}

function firstUsable(medias: readonly MediaLink[], options: LinkChoiceOptions): DownloadLink | undefined {
  const media = medias.find((each) => isUsable(each, options));
  return media === undefined ? undefined : linkOf(media);
}

function linkOf(media: MediaLink): DownloadLink | undefined {
  if (media.url === undefined) return undefined;
  return { url: media.url, ...(media.expiresAt === undefined ? {} : { expiresAt: media.expiresAt }) };
}

function isUsable(link: Partial<DownloadLink>, { now, marginMs = LINK_MARGIN_MS }: LinkChoiceOptions): boolean {
  if (link.url === undefined || link.url === '') return false;
  if (fidOf(link.url) === '') return false;
  return link.expiresAt === undefined || link.expiresAt - marginMs > now;
}

/** The URL's `fid`: '' when present and empty, undefined when absent or not a URL. */
export function fidOf(url: string): string | undefined {
  try {
    return new URL(url).searchParams.get('fid') ?? undefined;
  } catch {
    return undefined;
  }
}
