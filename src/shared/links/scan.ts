/**
 * Finds where links start and end in free text (a selection, a pasted page, a chat message), so each slice can go
 * through `parseLink`. Linear in the text: one regex pass for starts, then a forward scan per link, and the regex
 * resumes after the link, so a hash inside a URL is never seen as a bare hash.
 */
import { isCjkPunctuation, isSpace, stripWrapping } from './clean.ts';
import { looksLikeBareHash } from './hash.ts';
import { MAX_LINK_LENGTH } from './types.ts';

export interface Candidate {
  start: number;
  end: number;
}

/**
 * Link starts. Schemes must not follow a letter or digit (`xhttp://` is not a link); bare hashes must be whole
 * words of exactly 40 or 32 characters, checked further in code.
 */
const START =
  /(?<![a-z0-9])(?:(magnet:)|(magnet%3a)|(ed2k:\/\/)|(thunder:\/\/)|(https?:\/\/))|\b([0-9a-z]{40}|[0-9a-z]{32})\b/gi;
/** A link glued to the end of a URL by Chinese text (`…/a下载https://…`): the second link starts a new one. */
const GLUED_START = /(?:https?:\/\/|magnet:|ed2k:\/\/|thunder:\/\/)/iy;

export function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const ed2kEnd = ed2kEnder(text);
  const starts = new RegExp(START.source, START.flags);
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    const start = match.index;
    const hash = match[6];
    if (hash !== undefined) {
      if (looksLikeBareHash(hash) && standsAlone(text, start, start + hash.length))
        found.push({ start, end: start + hash.length });
      continue;
    }
    const rough = match[1]
      ? magnetEnd(text, start + match[0].length)
      : match[3]
        ? ed2kEnd(start)
        : match[4]
          ? thunderEnd(text, start + match[0].length)
          : urlEnd(text, start + match[0].length, text.charAt(start - 1) === "'"); // http(s) and fully encoded magnets
    // The slice starts with a scheme letter, so stripWrapping only trims its end.
    const end = start + stripWrapping(text.slice(start, rough)).length;
    found.push({ start, end });
    starts.lastIndex = Math.max(end, start + match[0].length);
  }
  return found;
}

/**
 * A magnet runs to the first space, quote or `<`. Inside `dn` it may hold non-ASCII (Chinese names, 【】) and, when
 * a later `&tr=`/`&xl=`… on the same line shows the magnet goes on, spaces (a decoded magnet as some sites print it).
 */
function magnetEnd(text: string, from: number): number {
  let inName = isNameAt(text, from) || (text.charAt(from) === '?' && isNameAt(text, from + 1));
  let spacesUntil = -1;
  let i = from;
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x26 /* & */) {
      inName = isNameAt(text, i + 1);
    } else if (isSpace(code)) {
      if (!inName || code === 0x0a || code === 0x0d) break;
      if (i < spacesUntil) continue;
      spacesUntil = continuation(text, i);
      if (spacesUntil < 0) break;
    } else if (code === 0x22 || code === 0x3c || code === 0x3e || code === 0x60 || (code === 0x27 && !inName)) {
      break; // " < > ` always; ' only outside the name ("Ocean's Eleven")
    } else if (code >= 0x80 && (!inName || isSentencePunctuation(code))) {
      break;
    }
  }
  return i;
}

function isNameAt(text: string, i: number): boolean {
  return text.slice(i, i + 3).toLowerCase() === 'dn=';
}

const MORE_PARAMS = /&(?:tr|xl|ws|as|xs|kt|mt|so|x\.pe|xt(?:\.\d+)?)=/i;

/** Where the magnet visibly continues after a space in its name (a `&param=` within 300 chars, no other link first), or -1. */
function continuation(text: string, i: number): number {
  const ahead = text.slice(i, i + 300);
  const next = MORE_PARAMS.exec(ahead);
  if (!next || /[\r\n"<>`]|:\/\/|magnet:/i.test(ahead.slice(0, next.index))) return -1;
  return i + next.index;
}

/** Chinese sentence punctuation ends a magnet even inside its name; 【】《》 are common in names and do not. */
function isSentencePunctuation(code: number): boolean {
  return (
    code === 0x3001 ||
    code === 0x3002 ||
    code === 0x2026 ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0xff01 ||
    code === 0xff0c ||
    code === 0xff1a ||
    code === 0xff1b ||
    code === 0xff1f ||
    code === 0xff61 ||
    code === 0xff64
  );
}

/**
 * A URL runs to the first space, `"`, `<>`, backquote or CJK punctuation, and to a `'` only when it opened with one
 * (`href='…'`; URL paths may hold a raw `'`). Non-ASCII letters are kept inside (a decoded `…/电影/第一集.mp4`) but
 * dropped from the end, where they are the sentence around the link (`点击https://a/b观看`).
 */
function urlEnd(text: string, from: number, singleQuoted: boolean): number {
  let asciiEnd = from;
  for (let i = from; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (
      isSpace(code) ||
      code === 0x22 ||
      code === 0x3c ||
      code === 0x3e ||
      code === 0x60 ||
      (code === 0x27 && singleQuoted)
    )
      break;
    if (code >= 0x80) {
      if (isCjkPunctuation(code)) break;
      continue;
    }
    if (i > from && text.charCodeAt(i - 1) >= 0x80) {
      GLUED_START.lastIndex = i;
      if (GLUED_START.test(text)) break;
    }
    asciiEnd = i + 1;
  }
  return asciiEnd;
}

/** base64 (standard or URL-safe) plus `%` for escaped padding; anything else ends a thunder link. */
const BASE64_RUN = /[A-Za-z0-9+/=_%-]*/y;

function thunderEnd(text: string, from: number): number {
  BASE64_RUN.lastIndex = from;
  BASE64_RUN.test(text); // always matches, possibly empty
  return BASE64_RUN.lastIndex;
}

/**
 * ed2k names contain spaces, so an ed2k link runs to its closing `|/` — unless the line, or the next ed2k link,
 * ends first; then it runs to the first space. The searches are memoised (starts only move forward), which keeps
 * a line of a thousand unclosed `ed2k://` linear.
 */
function ed2kEnder(text: string): (start: number) => number {
  const nextClose = memoNext((from) => text.indexOf('|/', from));
  const nextLineBreak = memoNext((from) => {
    const match = /[\r\n]/g;
    match.lastIndex = from;
    return match.exec(text)?.index ?? -1;
  });
  const nextEd2k = memoNext((from) => {
    const match = /ed2k:\/\//gi;
    match.lastIndex = from;
    return match.exec(text)?.index ?? -1;
  });
  return (start) => {
    const from = start + 'ed2k://'.length;
    const bounds = [nextLineBreak(from), nextEd2k(from)].filter((index) => index >= 0);
    const limit = Math.min(text.length, start + MAX_LINK_LENGTH + 1, ...bounds);
    const close = nextClose(from);
    if (close >= 0 && close + 2 <= limit) return close + 2;
    let i = from;
    while (i < limit && !isSpace(text.charCodeAt(i)) && !'"<>`'.includes(text.charAt(i))) i += 1;
    return i;
  };
}

function memoNext(search: (from: number) => number): (from: number) => number {
  let cached = -2; // not searched yet
  return (from) => {
    if (cached === -2 || (cached >= 0 && cached < from)) cached = search(from);
    return cached;
  };
}

const BEFORE_HASH_BLOCKED = new Set([...'/\\=.%?&#@+~$-']);
const AFTER_HASH_BLOCKED = new Set([...'/\\=%?&#@+~$-']);

/**
 * A bare hash must stand alone, not be a path segment or parameter of a scheme-less URL (`example.com/<sha1>`), a
 * file name (`<hash>.torrent`) or another hash URN (`urn:sha1:<hash>`). `btih:<hash>` is fine.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (before === ':') {
    if (/(?:sha1|md5|ed2k|tiger|sha256|aich|crc32|tth):$/i.test(text.slice(Math.max(0, start - 8), start)))
      return false;
  } else if (BEFORE_HASH_BLOCKED.has(before)) {
    return false;
  }
  if (AFTER_HASH_BLOCKED.has(after)) return false;
  return !((after === '.' || after === ':') && /[0-9a-z]/i.test(text.charAt(end + 1)));
}
