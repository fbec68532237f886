/**
 * Text clean-up shared by the per-kind parsers: links arrive copied from chat, forums, Markdown and HTML source,
 * wrapped in brackets, quotes and sentence punctuation, in English and Chinese.
 */

/** Characters that open a wrapper around a link; no link starts with one. */
const OPENERS = new Set([...'<([{"\'`*“‘「『【《（〈']);
/** Characters that end a sentence or close a wrapper; stripped from the end (brackets only when unbalanced). */
const TRAILING = new Set([...'.,;:!?*\'"`>。，；：！？、…”’」』】》）〉']);
type Opener = '(' | '[' | '{';
type Balance = Record<Opener, number>;
const PAIRS: Partial<Record<string, Opener>> = { ')': '(', ']': '[', '}': '{' };

/**
 * Removes wrapper and sentence punctuation around a candidate: `(https://a/b).` → `https://a/b`, but keeps the
 * closing bracket of `https://en.wikipedia.org/wiki/Foo_(bar)` because it balances one inside.
 */
export function stripWrapping(text: string): string {
  let start = 0;
  let end = text.length;
  // Bracket balance of the current slice, counted only once a closing bracket is met at the end, then kept up to
  // date as characters are dropped (no rescans: inputs can be long).
  let balance: Balance | undefined;
  for (;;) {
    while (start < end && (isSpace(text.charCodeAt(start)) || OPENERS.has(text.charAt(start)))) start += 1;
    while (start < end && isSpace(text.charCodeAt(end - 1))) end -= 1;
    if (start === end) return '';
    const last = text.charAt(end - 1);
    const open = PAIRS[last];
    if (TRAILING.has(last)) {
      end -= 1;
    } else if (open !== undefined && (balance ??= countBrackets(text, start, end))[open] < 0) {
      balance[open] += 1;
      end -= 1;
    } else {
      return start === 0 && end === text.length ? text : text.slice(start, end);
    }
  }
}

/** `opener → opened minus closed` over text[start, end). */
function countBrackets(text: string, start: number, end: number): Balance {
  const balance: Balance = { '(': 0, '[': 0, '{': 0 };
  for (let i = start; i < end; i += 1) {
    const c = text.charAt(i);
    if (c === '(' || c === '[' || c === '{') balance[c] += 1;
    const open = PAIRS[c];
    if (open !== undefined) balance[open] -= 1;
  }
  return balance;
}

/** `decodeURIComponent` that never throws: escapes that do not form valid UTF-8 stay as they are. */
export function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/**
 * Undoes HTML escaping of `&` (links copied from page source: `href="magnet:?xt=…&amp;dn=…"`). One pass that
 * also collapses `&amp;amp;`, so applying it again changes nothing.
 */
export function unescapeAmp(text: string): string {
  return text.includes('&') ? text.replace(/&(?:amp;)+/gi, '&') : text;
}

export function isSpace(code: number): boolean {
  // ASCII whitespace and controls, NBSP, the ideographic space and the other Unicode spaces.
  return (
    code <= 0x20 ||
    code === 0x7f ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff
  );
}

/** C0 controls and DEL: never part of a link, and a name holding one would break PikPak's file name. */
export function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** Full-width and CJK punctuation: in Chinese text it ends a link even with no space before it. */
export function isCjkPunctuation(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) || // 、。〈〉《》「」『』【】 …
    (code >= 0xff01 && code <= 0xff0f) || // ！＂＃…（），．／
    (code >= 0xff1a && code <= 0xff20) || // ：；＜＝＞？＠
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    (code >= 0x2018 && code <= 0x201f) || // ‘’“”
    code === 0x2026
  ); // …
}

/** Replaces lone surrogates (damaged text) with U+FFFD: encodeURIComponent throws on them. */
export function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * RFC 3986 strict percent-encoding: encodeURIComponent leaves `!'()*`, which `stripWrapping` would eat at the end
 * of a link, and a final `.` is encoded for the same reason. Lone surrogates become U+FFFD first.
 */
export function encodeStrict(value: string): string {
  const encoded = encodeURIComponent(toWellFormed(value)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return encoded.endsWith('.') ? `${encoded.slice(0, -1)}%2E` : encoded;
}
