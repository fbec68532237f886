/**
 * What a transcode link serves, and the playlist hls.js needs for it. PikPak's transcodes are MPEG-TS (`video_type`
 * "mpegts", pikpak-api.md §7.3): a link may be an HLS playlist, or one MPEG-TS file served with byte ranges
 * (pikpak-kotlin). Chromium plays neither natively. hls.js plays both: a playlist as it is, a single file through a
 * playlist written here whose segments are byte ranges of it (`EXT-X-BYTERANGE`), a few seconds each by the file's
 * average bit rate; hls.js corrects the times from the segments' own timestamps as it loads them. Pure.
 */
export type StreamKind = 'hls' | 'mpegts' | 'unknown';

/** An MPEG-TS packet: ranges start on packet boundaries so each segment's first byte is a sync byte. */
export const TS_PACKET_BYTES = 188;
/** Seconds of media per byte-range segment: hls.js's usual buffer steps, and a seek loads little. */
export const SEGMENT_SECONDS = 4;
const MIN_SEGMENT_BYTES = TS_PACKET_BYTES * 256;

/** Worth a probe? A link whose path names a playlist is one. */
export function looksLikePlaylist(url: string): boolean {
  try {
    return /\.m3u8$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The kind of stream from its first bytes: an HLS playlist's `#EXTM3U`, or MPEG-TS's sync byte. */
export function streamKindOf(start: Uint8Array): StreamKind {
  const text = new TextDecoder().decode(start.subarray(0, 16)).replace(/^\uFEFF/, '');
  if (text.startsWith('#EXTM3U')) return 'hls';
  if (start[0] === 0x47 && (start.length <= TS_PACKET_BYTES || start[TS_PACKET_BYTES] === 0x47)) return 'mpegts';
  return 'unknown';
}

/** The total size from `Content-Range: bytes 0-187/97572`, or a full answer's `Content-Length`. */
export function totalSizeOf(contentRange: string | null, contentLength: string | null): number | undefined {
  const total = contentRange === null ? contentLength : /\/(\d+)\s*$/.exec(contentRange)?.[1];
  const size = total === null || total === undefined ? Number.NaN : Number(total);
  return Number.isSafeInteger(size) && size > 0 ? size : undefined;
}

/**
 * An HLS VOD playlist over one MPEG-TS file: byte ranges of about SEGMENT_SECONDS each, their durations in
 * proportion to their size.
 */
export function byteRangePlaylist(url: string, size: number, durationSeconds: number): string {
  const bytesPerSecond = size / durationSeconds;
  const packets = Math.max(MIN_SEGMENT_BYTES, bytesPerSecond * SEGMENT_SECONDS) / TS_PACKET_BYTES;
  const segmentBytes = Math.round(packets) * TS_PACKET_BYTES;
  const lines: string[] = [];
  let longest = 0;
  for (let offset = 0; offset < size; offset += segmentBytes) {
    const length = Math.min(segmentBytes, size - offset);
    const seconds = length / bytesPerSecond;
    longest = Math.max(longest, seconds);
    lines.push(`#EXTINF:${seconds.toFixed(3)},`, `#EXT-X-BYTERANGE:${length}@${offset}`, url);
  }
  return [
    '#EXTM3U',
    // Byte ranges need version 4.
    '#EXT-X-VERSION:4',
    `#EXT-X-TARGETDURATION:${Math.max(1, Math.ceil(longest))}`,
    '#EXT-X-MEDIA-SEQUENCE:0',
    '#EXT-X-PLAYLIST-TYPE:VOD',
    ...lines,
    '#EXT-X-ENDLIST',
    '',
  ].join('\n');
}
