import { createHash } from 'node:crypto';
import { decodeFid, signLink } from '../drive/links.ts';
import { text, type Reply } from '../http/reply.ts';
import type { RouteContext } from '../http/router.ts';

/**
 * The download CDN (`dl-*.mypikpak.com/download/?fid=…&expire=…`). Serves deterministic bytes for the
 * file, capped at CDN_MAX_BYTES so tests stay fast; honours a single `Range` with 206 (SDL: the CDN
 * supports ranges and needs no headers); 403 once `expire` (Unix s) is past on the fake clock.
 */
export const CDN_MAX_BYTES = 256 * 1024;

export function cdnDownload(ctx: RouteContext): Reply {
  const { state, query } = ctx;
  if (ctx.path !== '/download/' && ctx.path !== '/download') return text(404, 'Not Found');
  const fid = decodeFid(query.get('fid') ?? '');
  const expire = Number(query.get('expire') ?? '0');
  // Guess: plain-text bodies (real CDN error bodies were never captured). An empty `fid` (`fid=&`) fails here.
  if (!fid || query.get('sign') !== signLink(state.secret, query)) return text(403, 'Forbidden: invalid signature');
  if (!Number.isFinite(expire) || expire * 1000 <= state.clock.now()) return text(403, 'Forbidden: link expired');
  const file = state.files.get(fid.fileId);
  if (!file || file.hash !== query.get('g')) return text(404, 'Not Found');

  const total = Math.min(Number(query.get('f') ?? '0') || 0, CDN_MAX_BYTES);
  const headers: Record<string, string> = {
    'accept-ranges': 'bytes',
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    etag: `"${file.hash}"`,
  };
  const range = parseRange(ctx.header('range'), total);
  if (range === 'unsatisfiable') {
    return {
      status: 416,
      headers: { ...headers, 'content-range': `bytes */${total}` },
      body: Buffer.alloc(0),
      contentType: 'application/octet-stream',
    };
  }
  const [start, end] = range ?? [0, total];
  const body = cdnBytes(file.hash, start, end);
  if (range) headers['content-range'] = `bytes ${start}-${end - 1}/${total}`;
  return { status: range ? 206 : 200, headers, body, contentType: file.mimeType || 'application/octet-stream' };
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

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range, end exclusive; multi-range requests get the whole body. */
function parseRange(header: string | undefined, total: number): [number, number] | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return undefined;
  let start: number;
  let end: number;
  if (from === '') {
    start = Math.max(0, total - Number(to));
    end = total;
  } else {
    start = Number(from);
    end = to === '' ? total : Math.min(total, Number(to) + 1);
  }
  return start >= total || start >= end ? 'unsatisfiable' : [start, end];
}
