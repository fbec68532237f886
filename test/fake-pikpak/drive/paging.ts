/**
 * Opaque cursors for `page_token` / `next_page_token`. Real tokens are opaque strings (a
 * percent-encoded timestamp in one sample), so clients must not parse them; the fake encodes an
 * offset plus a tag naming the listing. Guess: a token from another listing is refused (invalid_argument).
 */
export interface Page<T> {
  items: T[];
  nextPageToken: string;
}

export function paginate<T>(items: T[], pageToken: string | null, limit: number, tag: string): Page<T> | 'invalid' {
  let offset = 0;
  if (pageToken) {
    const decoded = decodeToken(pageToken);
    if (!decoded || decoded.tag !== tag) return 'invalid';
    offset = decoded.offset;
  }
  const slice = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? encodeToken(offset + limit, tag) : '';
  return { items: slice, nextPageToken: next };
}

export function parseLimit(raw: string | null, fallback: number, max: number): number {
  const n = Number.parseInt(raw ?? '', 10);
  if (!Number.isFinite(n) || n <= 0) return fallback;
  return Math.min(n, max);
}

function encodeToken(offset: number, tag: string): string {
  return Buffer.from(JSON.stringify({ o: offset, t: tag })).toString('base64url');
}

function decodeToken(token: string): { offset: number; tag: string } | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; t?: unknown };
    if (typeof parsed.o !== 'number' || typeof parsed.t !== 'string') return undefined;
    return { offset: parsed.o, tag: parsed.t };
  } catch {
    return undefined;
  }
}
