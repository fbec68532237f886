import { createHash } from 'node:crypto';
import type { Prng } from './prng.ts';

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * File and task ids look like `VOAMocJorcA09bRr-3bEDUbYo1`: 26 URL-safe chars, a leading `V`
 * and (in every captured sample) a trailing `o1`.
 */
export function makeDriveId(prng: Prng): string {
  return `V${prng.chars(23, URL_SAFE)}o1`;
}

/** A GCID is 40 upper-case hex chars; the fake derives it from anything stable (RC-H computes the real one). */
export function makeGcid(stableInput: string): string {
  return createHash('sha1').update(`gcid:${stableInput}`).digest('hex').toUpperCase();
}

/** Web-style device id: a UUIDv4 without dashes (pikpak-api.md §2.4). */
export function makeDeviceId(prng: Prng): string {
  const hex = prng.chars(32, '0123456789abcdef').split('');
  hex[12] = '4';
  hex[16] = prng.pick(['8', '9', 'a', 'b']);
  return hex.join('');
}
