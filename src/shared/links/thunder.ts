/**
 * thunder:// (Xunlei) links wrap another link: `thunder://` + base64(`AA` + link + `ZZ`). PikPak's offline API
 * documents magnet, ed2k and http(s) only, so we unwrap and send the inner link.
 */

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The inner link of a `thunder://` candidate, or null if it is not base64 of `AA…ZZ` in UTF-8 or GBK. */
export function decodeThunder(text: string): string | null {
  // Sites percent-encode the padding (`%3D`) and URL-safe variants swap `+/`; base64 itself never has `%`.
  const payload = text
    .slice('thunder://'.length)
    .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  // Some pages append a `/` as if it were a URL; `/` is also base64, so try with it first, then without.
  for (const candidate of payload.endsWith('/') ? [payload, payload.slice(0, -1)] : [payload]) {
    const inner = unwrap(candidate);
    if (inner !== null) return inner;
  }
  return null;
}

function unwrap(payload: string): string | null {
  if (!BASE64.test(payload) || payload.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(payload.padEnd(Math.ceil(payload.length / 4) * 4, '='));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const decoded = decode(bytes);
  const match = decoded === null ? null : /^AA([\s\S]*)ZZ$/.exec(decoded);
  const inner = match?.[1]?.trim();
  return inner ? inner : null;
}

/**
 * UTF-8, else GBK: Chinese download sites built thunder links from GBK pages, so file names in them are often GBK.
 * The UTF-8 pass is non-fatal and checked for U+FFFD instead: a fatal decoder throws, and throwing per link is slow.
 */
function decode(bytes: Uint8Array): string | null {
  const utf8 = (decoders.utf8 ??= new TextDecoder('utf-8')).decode(bytes);
  if (!utf8.includes('\uFFFD')) return utf8;
  try {
    return (decoders.gbk ??= new TextDecoder('gbk', { fatal: true })).decode(bytes);
  } catch {
    // Not GBK either, or a runtime built without the GBK decoder.
    return null;
  }
}

/** Made once: constructing a decoder costs more than decoding a link. */
const decoders: { utf8?: TextDecoder; gbk?: TextDecoder } = {};
