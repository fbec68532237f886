import { createHash } from 'node:crypto';
import { HLS_PLAYLIST_PATH } from '../drive/links.ts';
import { contentBytes, contentType, isVideoContent, mediaBytes, TRANSCODE_FILE } from '../drive/media-content.ts';
import { text, type Reply } from '../http/reply.ts';
import type { RouteContext } from '../http/router.ts';
import { rangeReply, servedBytes, verifyLink } from './cdn-common.ts';
import { hlsPlaylist, hlsSegment } from './cdn-hls.ts';

/**
 * The download CDN (`dl-*.mypikpak.com/download/?fid=…&expire=…`). A file with `content` gets its real bytes (the
 * transcode of a sample video: the H.264 clip as one MPEG-TS file); any other file deterministic bytes, capped at
 * CDN_MAX_BYTES so tests stay fast. Honours a single `Range` with 206 (SDL: the CDN supports ranges and needs no
 * headers); 403 once `expire` (Unix s) is past on the fake clock. `/hls/…` serves the HLS form (cdn-hls.ts).
 */
export const CDN_MAX_BYTES = 256 * 1024;

/**
 * Guess: CORS open to any origin, exposing the range headers. PikPak's web player reads transcodes from these hosts
 * cross-origin, so they must allow it somehow; an extension page with host permission does not need it.
 */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Content-Range, Accept-Ranges, Content-Length, Content-Disposition',
};

export function cdnDownload(ctx: RouteContext): Reply {
  const reply = ctx.method === 'OPTIONS' ? preflight(ctx) : route(ctx);
  return { ...reply, headers: { ...CORS, ...reply.headers } };
}

function route(ctx: RouteContext): Reply {
  if (ctx.path === '/download/' || ctx.path === '/download') return download(ctx);
  if (ctx.path === HLS_PLAYLIST_PATH) return hlsPlaylist(ctx);
  const segment = /^\/hls\/seg-(\d+)\.ts$/.exec(ctx.path);
  if (segment) return hlsSegment(ctx, Number(segment[1]));
  return text(404, 'Not Found');
}

function preflight(ctx: RouteContext): Reply {
  return {
    status: 204,
    headers: {
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': ctx.header('access-control-request-headers') ?? 'range',
      'access-control-max-age': '600',
    },
    body: '',
  };
}

function download(ctx: RouteContext): Reply {
  const link = verifyLink(ctx);
  if ('status' in link) return link;
  const { file, variant } = link;
  const headers: Record<string, string> = {
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    etag: `"${variant === 'original' ? file.hash : `${file.hash}-${variant}`}"`,
  };
  if (file.content) {
    if (variant === 'original')
      return servedBytes(ctx, contentBytes(file.content), headers, contentType(file.content, file.name, file.mimeType));
    if (isVideoContent(file.content)) return servedBytes(ctx, mediaBytes(TRANSCODE_FILE), headers, 'video/mp2t');
    return text(404, 'Not Found');
  }
  const total = Math.min(Number(ctx.query.get('f') ?? '0') || 0, CDN_MAX_BYTES);
  return rangeReply(ctx, total, (start, end) => cdnBytes(file.hash, start, end), headers, file.mimeType);
}

/** Byte i of a file is a function of its GCID and i, so tests can check any slice. */
export function cdnBytes(gcid: string, start: number, endExclusive: number): Buffer {
  const seed = createHash('sha1').update(gcid).digest();
  const out = Buffer.alloc(Math.max(0, endExclusive - start));
  for (let i = 0; i < out.length; i++) {
    const pos = start + i;
    out[i] = ((seed[pos % seed.length] ?? 0) ^ (pos & 0xff) ^ (pos >>> 8)) & 0xff;
  }
  return out;
}
