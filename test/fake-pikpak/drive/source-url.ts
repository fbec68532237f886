import { seedFromString } from '../core/prng.ts';
import { looksLikeFile } from './file-types.ts';
import type { FileKind } from './types.ts';

/**
 * What the fake "learns" about an offline-download URL: a name, a size and whether the result is a
 * file or a folder (multi-file torrent). Real PikPak fetches torrent metadata; the fake reads the
 * name from magnet `dn`, the ed2k name, or the URL path, and makes a stable size up from the URL.
 */
export interface SourceInfo {
  name: string;
  size: number;
  kind: FileKind;
}

export function inspectSourceUrl(url: string): SourceInfo | undefined {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase() ?? '';
  const reader = READERS[scheme];
  return reader ? reader(trimmed) : undefined;
}

const READERS: Record<string, (url: string) => SourceInfo | undefined> = {
  magnet: (url) => fromMagnet(url),
  ed2k: (url) => fromEd2k(url),
  thunder: (url) => fromThunder(url),
  http: (url) => fromWebUrl(url),
  https: (url) => fromWebUrl(url),
  ftp: (url) => fromWebUrl(url),
};

function fromMagnet(url: string): SourceInfo | undefined {
  const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
  const xt = params.getAll('xt').find((v) => /^urn:bt(ih|mh):[a-z0-9]{32,68}$/i.test(v));
  if (!xt) return undefined;
  const infoHash = xt.slice(xt.lastIndexOf(':') + 1);
  // Guess: without `dn` the real service shows the torrent's own name; the fake uses the info hash.
  const name = cleanName(params.get('dn') ?? '') || infoHash.toUpperCase();
  const declared = Number.parseInt(params.get('xl') ?? '', 10);
  return {
    name,
    size: Number.isFinite(declared) && declared > 0 ? declared : stableSize(url),
    kind: looksLikeFile(name) ? 'drive#file' : 'drive#folder',
  };
}

function fromEd2k(url: string): SourceInfo | undefined {
  // ed2k://|file|<name>|<size>|<md4>|/
  const parts = url.split('|');
  if (parts[1] !== 'file' || !parts[2] || !/^\d+$/.test(parts[3] ?? '') || !/^[0-9a-f]{32}$/i.test(parts[4] ?? '')) {
    return undefined;
  }
  const name = cleanName(safeDecode(parts[2]));
  return name ? { name, size: Number(parts[3]), kind: 'drive#file' } : undefined;
}

function fromThunder(url: string): SourceInfo | undefined {
  // thunder://base64("AA" + url + "ZZ"), the Xunlei wrapper (XLS lists it for the sibling API).
  const decoded = Buffer.from(url.slice('thunder://'.length), 'base64').toString('utf8');
  if (!decoded.startsWith('AA') || !decoded.endsWith('ZZ')) return undefined;
  const inner = decoded.slice(2, -2);
  return /^thunder:/i.test(inner) ? undefined : inspectSourceUrl(inner);
}

function fromWebUrl(url: string): SourceInfo | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!parsed.hostname) return undefined;
  const segments = parsed.pathname.split('/').filter(Boolean);
  const last = segments.at(-1);
  const name = cleanName(last ? safeDecode(last) : '') || parsed.hostname;
  return { name, size: stableSize(url), kind: 'drive#file' };
}

function cleanName(name: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 32 ? '_' : c)).join('');
  return printable
    .replace(/[\\/:*?"<>|]/g, '_')
    .trim()
    .slice(0, 255);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** 50 MB … 8 GB, fixed per URL. */
function stableSize(url: string): number {
  const min = 50 * 1024 * 1024;
  const spread = 8 * 1024 * 1024 * 1024 - min;
  return min + Math.floor((seedFromString(url) / 0xffffffff) * spread);
}
