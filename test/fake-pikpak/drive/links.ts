import { createHmac } from 'node:crypto';
import { formatTime } from '../core/format.ts';
import type { FakeState } from '../state.ts';
import { isVideoContent } from './media-content.ts';
import type { DriveFile } from './types.ts';

/**
 * Download links on the CDN host, in the measured shape (pikpak-api.md §1.1, §7.3):
 * `https://dl-a10b-0001.mypikpak.com/download/?fid=…&g=<GCID>&f=<size>&expire=<unix s>&category=original&t=0&sign=…`.
 * The `expire` query parameter is authoritative (rclone), links live ~16 h (SDL).
 */
export const LINK_LIFETIME_SECONDS = 16 * 3600;
export const CDN_HOST = 'dl-a10b-0001.mypikpak.com';

export type LinkVariant = 'original' | 'transcode';

export interface MintedLink {
  url: string;
  /** RFC 3339, as in the JSON `expire` fields. */
  expireTime: string;
  expireUnix: number;
}

export function mintDownloadLink(
  state: FakeState,
  file: DriveFile,
  variant: LinkVariant = 'original',
  path = '/download/',
): MintedLink {
  const expireUnix = Math.floor(state.clock.now() / 1000) + LINK_LIFETIME_SECONDS;
  // A file set to 'empty-fid' gets `fid=&`, a link clients must skip (pikpak-api.md §8.3, §12.4); the CDN refuses it.
  const fid = file.downloadLink === 'empty-fid' ? '' : Buffer.from(`${file.id}:${variant}`).toString('base64url');
  const params = new URLSearchParams({
    fid,
    g: file.hash,
    f: String(file.size),
    expire: String(expireUnix),
    category: variant,
    t: '0',
  });
  params.set('sign', signLink(state.secret, params));
  return {
    url: `https://${CDN_HOST}${path}?${params.toString()}`,
    expireTime: formatTime(expireUnix * 1000),
    expireUnix,
  };
}

/**
 * The link of a video's transcode (`medias[]`, category_transcode). PikPak hands out a `/download/?fid=…` URL on a
 * dl-* host like the original's (a captured share file_info, 2026-09) that serves one MPEG-TS file and accepts
 * ranges (pikpak-kotlin: "Transcode-variant URLs accept byte-range requests and serve raw MPEG-TS bytes";
 * `video_type` "mpegts"); the fake does the same by default. With `control.media.transcodeFormat = 'hls'` a
 * sample video's transcode is `https://dl-a10b-0001.mypikpak.com/hls/index.m3u8?fid=…&expire=…&sign=…` instead,
 * whose segments `seg-<n>.ts?<the same query>` carry the playlist's expiry and signature.
 * Guess: that HLS shape; no public client shows PikPak serving HLS, it is there for players built on hls.js.
 */
export function mintTranscodeLink(state: FakeState, file: DriveFile): MintedLink {
  const hls = state.settings.media.transcodeFormat === 'hls' && isVideoContent(file.content);
  return mintDownloadLink(state, file, 'transcode', hls ? HLS_PLAYLIST_PATH : '/download/');
}

export const HLS_PLAYLIST_PATH = '/hls/index.m3u8';

export function signLink(secret: Buffer, params: URLSearchParams): string {
  const material = ['fid', 'g', 'f', 'expire', 'category'].map((k) => params.get(k) ?? '').join('|');
  return createHmac('sha256', secret).update(material).digest('hex').slice(0, 32);
}

/** The file id and variant a `fid` stands for, or undefined when it is not one the fake minted. */
export function decodeFid(fid: string): { fileId: string; variant: string } | undefined {
  const [fileId, variant] = Buffer.from(fid, 'base64url').toString('utf8').split(':');
  return fileId && variant ? { fileId, variant } : undefined;
}
