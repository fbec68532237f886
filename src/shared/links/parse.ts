/**
 * `parseLink`: one candidate (a line, a right-clicked link, a clipboard string) → an accepted link or a coded
 * rejection. Dispatches on the scheme; each kind lives in its own module.
 */
import { hasSpace, safeDecode, stripWrapping, unescapeAmp } from './clean.ts';
import { parseEd2k } from './ed2k.ts';
import { normaliseBtih } from './hash.ts';
import { parseHttp } from './http.ts';
import { magnetFromHash, parseMagnet } from './magnet.ts';
import { decodeThunder } from './thunder.ts';
import { MAX_LINK_LENGTH, reject, type LinkResult } from './types.ts';

/**
 * Schemes that are links, but not ones PikPak can fetch. Any other `scheme://` is refused the same way; these are
 * the ones written without `//`.
 */
const OTHER_SCHEMES =
  /^(?:javascript|data|blob|about|mailto|tel|sms|file|view-source|chrome|edge|ftp|ftps|sftp|bittorrent|flashget|qqdl):/i;

export function parseLink(input: string): LinkResult {
  return parseCandidate(input, false);
}

function parseCandidate(raw: string, insideThunder: boolean): LinkResult {
  const input = raw.trim();
  // Checked before any other work: a pasted megabyte must cost nothing.
  if (input.length > MAX_LINK_LENGTH) return reject(input, 'too-long');
  let text = unescapeAmp(stripWrapping(unwrapMarkdown(input)));
  if (!text) return reject(input, 'empty');
  // A magnet passed through a redirect parameter arrives fully encoded: `magnet%3A%3Fxt%3D…`.
  if (/^magnet%3a/i.test(text)) text = safeDecode(text);

  if (/^magnet:/i.test(text)) return parseMagnet(text, input);
  if (/^ed2k:/i.test(text)) return text.slice(5, 7) === '//' ? parseEd2k(text, input) : reject(input, 'ed2k-malformed');
  if (/^https?:/i.test(text)) return parseHttp(text, input);
  if (/^thunder:\/\//i.test(text)) {
    // One level of wrapping only: a thunder link inside a thunder link is not something real sites produce.
    if (insideThunder || hasSpace(text))
      return reject(input, insideThunder ? 'unsupported-scheme' : 'thunder-undecodable');
    const inner = decodeThunder(text);
    if (inner === null) return reject(input, 'thunder-undecodable');
    const result = parseCandidate(inner, true);
    return result.ok
      ? { ...result, input, via: 'thunder' }
      : { ok: false, input, reason: 'thunder-inner-invalid', innerReason: result.reason };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || OTHER_SCHEMES.test(text)) return reject(input, 'unsupported-scheme');
  return parseBareHash(text, input);
}

/** A bare info hash (optionally written `urn:btih:<hash>` or `btih:<hash>`, as some forums do). */
function parseBareHash(text: string, input: string): LinkResult {
  const token = text.replace(/^(?:urn:)?btih:/i, '');
  if (!/^[0-9a-z]+$/i.test(token)) return reject(input, 'not-a-link');
  // 32 hex digits alone are an MD5 or ed2k hash, even when they happen to be valid base32 too.
  const btih = /^[0-9a-f]{32}$/i.test(token) ? null : normaliseBtih(token);
  if (btih !== null) return magnetFromHash(btih, input);
  // Long runs of hex or base32 are hashes of some other kind (MD5, SHA-256, a truncated btih): say so.
  return reject(
    input,
    token.length >= 16 && (/^[0-9a-f]+$/i.test(token) || (/^[a-z2-7]+$/i.test(token) && /\d/.test(token)))
      ? 'hash-unrecognised'
      : 'not-a-link',
  );
}

/** `[label](url)` → `url`: Markdown as pasted from chat apps and READMEs. */
function unwrapMarkdown(text: string): string {
  if (!text.startsWith('[') || !text.endsWith(')')) return text;
  const middle = text.indexOf('](');
  return middle > 0 ? text.slice(middle + 2, -1).trim() : text;
}
