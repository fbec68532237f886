import { decodeFid, signLink } from '../drive/links.ts';
import type { DriveFile } from '../drive/types.ts';
import { text, type Reply } from '../http/reply.ts';
import type { RouteContext } from '../http/router.ts';

/** What every CDN URL shares: the signature and expiry check, and byte ranges. */

/** The file and variant a signed, unexpired CDN URL names, or the 403/404 to answer. */
export function verifyLink(ctx: RouteContext): { file: DriveFile; variant: string } | Reply {
  const { state, query } = ctx;
  const fid = decodeFid(query.get('fid') ?? '');
  const expire = Number(query.get('expire') ?? '0');
  // Guess: plain-text bodies (real CDN error bodies were never captured). An empty `fid` (`fid=&`) fails here.
  if (!fid || query.get('sign') !== signLink(state.secret, query)) return text(403, 'Forbidden: invalid signature');
  if (!Number.isFinite(expire) || expire * 1000 <= state.clock.now()) return text(403, 'Forbidden: link expired');
  const file = state.files.get(fid.fileId);
  if (!file || file.hash !== query.get('g')) return text(404, 'Not Found');
  return { file, variant: fid.variant };
}

export function servedBytes(ctx: RouteContext, bytes: Buffer, headers: Record<string, string>, type: string): Reply {
  return rangeReply(ctx, bytes.length, (start, end) => bytes.subarray(start, end), headers, type);
}

/** 200 with the whole body, 206 with one `Range`, 416 when the range starts past the end. */
export function rangeReply(
  ctx: RouteContext,
  total: number,
  read: (start: number, endExclusive: number) => Buffer,
  headers: Record<string, string>,
  type: string,
): Reply {
  const contentType = type || 'application/octet-stream';
  const common = { 'accept-ranges': 'bytes', ...headers };
  const range = parseRange(ctx.header('range'), total);
  if (range === 'unsatisfiable') {
    return {
      status: 416,
      headers: { ...common, 'content-range': `bytes */${total}` },
      body: Buffer.alloc(0),
      contentType,
    };
  }
  const [start, end] = range ?? [0, total];
  const partial: Record<string, string> = range ? { 'content-range': `bytes ${start}-${end - 1}/${total}` } : {};
  return { status: range ? 206 : 200, headers: { ...common, ...partial }, body: read(start, end), contentType };
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
