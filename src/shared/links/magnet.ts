/**
 * magnet: links. PikPak takes the string as is, so we hand it a canonical form: the info hash as 40 lowercase
 * hex (base32 decoded), the name and every tracker kept, other parameters kept in order. The canonical form
 * re-parses to itself, which lets the send queue store it and compare later.
 */
import { encodeStrict, safeDecode, toWellFormed } from './clean.ts';
import { normaliseBtih, normaliseBtmh } from './hash.ts';
import { reject, type MagnetLink, type RejectedLink } from './types.ts';

/** A magnet taken apart; `buildMagnet` puts it back together in canonical order. */
interface MagnetParts {
  btih?: string;
  btmh?: string;
  /** xt values that are not BitTorrent (urn:sha1, urn:ed2k, …) or repeat a hash: kept, PikPak ignores them. */
  otherXt: string[];
  name?: string;
  size?: number;
  /** Every other parameter (xl, ws, xs, as, so, x.pe, …) as [key, value], in input order. */
  others: [string, string][];
  trackers: string[];
}

/** Parses a candidate that starts with `magnet:` (already stripped of wrapping and `&amp;`). */
export function parseMagnet(text: string, input: string): MagnetLink | RejectedLink {
  const parts = readMagnet(text);
  return typeof parts === 'string' ? reject(input, parts) : magnetLink(parts, input);
}

/** A bare info hash as a magnet. The caller has checked it with `normaliseBtih`. */
export function magnetFromHash(btih: string, input: string): MagnetLink {
  return magnetLink({ btih, otherXt: [], others: [], trackers: [] }, input);
}

/**
 * Folds a duplicate into the first link with the same key: trackers the first lacks are added, and its name if it
 * had none. More trackers only help PikPak find peers; the first link otherwise wins.
 */
export function mergeMagnets(first: MagnetLink, other: MagnetLink): MagnetLink {
  const added = other.trackers.filter((tracker) => !first.trackers.includes(tracker));
  if (added.length === 0 && (first.name !== undefined || other.name === undefined)) return first;
  const parts = readMagnet(first.url);
  // first.url is canonical, so it always reads back; the guard only satisfies the type.
  if (typeof parts === 'string') return first;
  parts.trackers.push(...added);
  parts.name ??= other.name;
  const merged = magnetLink(parts, first.input);
  return first.via ? { ...merged, via: first.via } : merged;
}

function readMagnet(text: string): MagnetParts | 'magnet-no-hash' | 'magnet-bad-hash' {
  // `magnet:?a=b&…`; also tolerate a missing `?` and ignore a fragment nobody uses.
  const query = text.slice('magnet:'.length).replace(/^\?/, '').split('#', 1)[0] ?? '';
  const parts: MagnetParts = { otherXt: [], others: [], trackers: [] };
  let badHash = false;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue; // `&&` or a key without a value: nothing to keep
    const key = toWellFormed(safeDecode(pair.slice(0, eq)))
      .trim()
      .toLowerCase();
    const raw = pair.slice(eq + 1);
    // Many sites write spaces in dn as `+` (form encoding); elsewhere `+` is literal (tracker passkeys, URLs).
    const value = toWellFormed(safeDecode(key === 'dn' ? raw.replace(/\+/g, ' ') : raw)).trim();
    if (!key || !value) continue;
    if (/^xt(?:\.\d+)?$/.test(key)) {
      badHash = readXt(value, parts) || badHash;
    } else if (key === 'dn') {
      parts.name ??= value;
    } else if (key === 'tr') {
      if (!parts.trackers.includes(value)) parts.trackers.push(value);
    } else {
      if (key === 'xl' && /^\d{1,15}$/.test(value)) parts.size ??= Number(value);
      parts.others.push([key, value]);
    }
  }
  // A malformed btih is refused even next to a good one: the link was damaged, and we would not know which to trust.
  if (badHash) return 'magnet-bad-hash';
  if (parts.btih === undefined && parts.btmh === undefined) return 'magnet-no-hash';
  return parts;
}

/** Records one xt value; returns true when it names a BitTorrent hash that is malformed. */
function readXt(value: string, parts: MagnetParts): boolean {
  const lower = value.toLowerCase();
  for (const [prefix, normalise, field] of [
    ['urn:btih:', normaliseBtih, 'btih'],
    ['urn:btmh:', normaliseBtmh, 'btmh'],
  ] as const) {
    if (!lower.startsWith(prefix)) continue;
    const hash = normalise(value.slice(prefix.length));
    if (hash === null) return true;
    if (parts[field] === undefined) parts[field] = hash;
    else if (parts[field] !== hash) parts.otherXt.push(value);
    return false;
  }
  parts.otherXt.push(value);
  return false;
}

function magnetLink(parts: MagnetParts, input: string): MagnetLink {
  const hash = parts.btih ?? parts.btmh ?? '';
  const link: MagnetLink = {
    ok: true,
    kind: 'magnet',
    input,
    url: buildMagnet(parts),
    displayName: parts.name ?? hash,
    sendable: true,
    key: parts.btih !== undefined ? `btih:${parts.btih}` : `btmh:${hash}`,
    trackers: [...parts.trackers],
  };
  if (parts.btih !== undefined) link.btih = parts.btih;
  if (parts.btmh !== undefined) link.btmh = parts.btmh;
  if (parts.name !== undefined) link.name = parts.name;
  if (parts.size !== undefined) link.size = parts.size;
  return link;
}

/**
 * Canonical order: hashes, other xt, dn, other parameters, trackers last (so merging trackers only appends).
 * Hashes are written raw (hex and `:` are safe); everything else strictly percent-encoded.
 */
function buildMagnet(parts: MagnetParts): string {
  const params: string[] = [];
  if (parts.btih !== undefined) params.push(`xt=urn:btih:${parts.btih}`);
  if (parts.btmh !== undefined) params.push(`xt=urn:btmh:${parts.btmh}`);
  for (const xt of parts.otherXt) params.push(`xt=${encodeStrict(xt)}`);
  if (parts.name !== undefined) params.push(`dn=${encodeStrict(parts.name)}`);
  for (const [key, value] of parts.others) params.push(`${encodeStrict(key)}=${encodeStrict(value)}`);
  for (const tracker of parts.trackers) params.push(`tr=${encodeStrict(tracker)}`);
  return `magnet:?${params.join('&')}`;
}
