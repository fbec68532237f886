import { isVideoContent, mediaBytes, mediaFacts, TRANSCODE_FILE } from '../drive/media-content.ts';
import { text, type Reply } from '../http/reply.ts';
import type { RouteContext } from '../http/router.ts';
import { servedBytes, verifyLink } from './cdn-common.ts';

/**
 * The HLS form of a sample video's transcode (`control.media.transcodeFormat = 'hls'`, drive/links.ts): a VOD media
 * playlist at `/hls/index.m3u8?<signed query>` whose segments are `seg-<n>.ts?<the same query>`, 2 s pieces of the
 * H.264 + AAC MPEG-TS that each start at a key frame with their own PAT/PMT. Segments check the signature and
 * `expire` like every CDN URL, so a player that keeps a playlist past its expiry gets 403 on the next segment.
 * Guess: the whole shape (see mintTranscodeLink).
 */
export function hlsPlaylist(ctx: RouteContext): Reply {
  const link = verifyLink(ctx);
  if ('status' in link) return link;
  if (!isVideoContent(link.file.content) || link.variant !== 'transcode') return text(404, 'Not Found');
  const segments = mediaFacts(TRANSCODE_FILE).segments ?? [];
  const query = ctx.query.toString();
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    `#EXT-X-TARGETDURATION:${Math.ceil(Math.max(...segments.map((s) => s.duration)))}`,
    '#EXT-X-MEDIA-SEQUENCE:0',
    '#EXT-X-PLAYLIST-TYPE:VOD',
    ...segments.flatMap((s, i) => [`#EXTINF:${s.duration.toFixed(3)},`, `seg-${i}.ts?${query}`]),
    '#EXT-X-ENDLIST',
    '',
  ];
  return { status: 200, body: lines.join('\n'), contentType: 'application/vnd.apple.mpegurl' };
}

export function hlsSegment(ctx: RouteContext, index: number): Reply {
  const link = verifyLink(ctx);
  if ('status' in link) return link;
  const segment = mediaFacts(TRANSCODE_FILE).segments?.[index];
  if (!isVideoContent(link.file.content) || link.variant !== 'transcode' || !segment) return text(404, 'Not Found');
  const bytes = mediaBytes(TRANSCODE_FILE).subarray(segment.offset, segment.offset + segment.length);
  return servedBytes(ctx, bytes, {}, 'video/mp2t');
}
