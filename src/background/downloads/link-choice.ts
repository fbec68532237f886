import type { DownloadLink, DriveItemDetail } from '../../shared/domain.ts';

/**
 * Which of a file's links to download (pikpak-api.md §7.3, §12.4), as rclone chooses: the original file's link
 * (`web_content_link` / `links["application/octet-stream"]`), or, unless media links are disabled, the media link
 * with the same `fid` (the same bytes; reported faster). A transcode never stands in for the file. A link whose
 * `fid` is empty (`fid=&`) is unusable, and a link expiring within the margin is as good as expired.
 */

/** Time a link must still have: rclone keeps 10 s; a browser download may wait in the browser's queue first. */
export const LINK_MARGIN_MS = 60_000;

export interface LinkChoiceOptions {
  disableMediaLinks: boolean;
  now: number;
  marginMs?: number;
}

export function chooseDownloadLink(detail: DriveItemDetail, options: LinkChoiceOptions): DownloadLink | undefined {
  const original = detail.download;
  if (original === undefined || !isUsable(original, options)) return undefined;
  if (options.disableMediaLinks) return original;
  const fid = fidOf(original.url);
  const media = detail.medias.find(
    (each) => each.url !== undefined && fid !== undefined && fidOf(each.url) === fid && isUsable(each, options),
  );
  return media?.url === undefined
    ? original
    : { url: media.url, ...(media.expiresAt === undefined ? {} : { expiresAt: media.expiresAt }) };
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
