/**
 * eD2k file links: `ed2k://|file|<name>|<size>|<md4>|[h=<aich>|][p=<hashset>|]/`. PikPak downloads only file
 * links, so server, serverlist, friend and search links are refused with their own reason.
 */
import { hasControl, safeDecode } from './clean.ts';
import { reject, type Ed2kLink, type RejectedLink } from './types.ts';

const MD4 = /^[0-9a-f]{32}$/i;
/** Optional fields worth keeping: AICH root (h=), part hashset (p=), a web source (s=). Source lists are dropped. */
const EXTRA = /^[a-z]+=[^|]*$/i;

/** Parses a candidate that starts with `ed2k://` (already stripped of wrapping). */
export function parseEd2k(text: string, input: string): Ed2kLink | RejectedLink {
  // Drop the closing `/` and `|` so splitting on `|` leaves exactly the fields; tolerate a missing close.
  const body = text.slice('ed2k://'.length).replace(/\/$/, '').replace(/\|$/, '');
  const [lead, type, name, size, hash, ...rest] = body.split('|');
  if (lead !== '' || type === undefined) return reject(input, 'ed2k-malformed');
  if (type.toLowerCase() !== 'file') return reject(input, /^[a-z]+$/i.test(type) ? 'ed2k-not-file' : 'ed2k-malformed');
  if (name === undefined || size === undefined || hash === undefined) return reject(input, 'ed2k-malformed');
  if (!name.trim() || hasControl(name)) return reject(input, 'ed2k-malformed');
  const bytes = /^\d{1,16}$/.test(size) ? Number(size) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) return reject(input, 'ed2k-bad-size');
  if (!MD4.test(hash)) return reject(input, 'ed2k-bad-hash');

  const extras = rest.filter((field) => EXTRA.test(field) && !hasControl(field));
  // The name stays as written (encoded or not): it is PikPak's file name and eMule accepts both forms.
  const url = `ed2k://|file|${name}|${bytes}|${hash.toUpperCase()}|${extras.map((field) => `${field}|`).join('')}/`;
  const displayName = safeDecode(name).trim();
  return {
    ok: true,
    kind: 'ed2k',
    input,
    url,
    displayName: displayName || hash.toLowerCase(),
    sendable: true,
    key: `ed2k:${hash.toLowerCase()}`,
    hash: hash.toLowerCase(),
    size: bytes,
    name: displayName,
  };
}
