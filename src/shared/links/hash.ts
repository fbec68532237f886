/**
 * BitTorrent info hashes: v1 (SHA-1) comes as 40 hex or, in older magnets, 32 RFC 4648 base32 characters;
 * v2 (SHA-256) as a multihash `1220` + 64 hex. We always hand PikPak 40 lowercase hex, the form every client reads.
 */

const HEX40 = /^[0-9a-f]{40}$/i;
const BASE32_32 = /^[a-z2-7]{32}$/i;
const HEX32 = /^[0-9a-f]{32}$/i;
const BTMH = /^1220[0-9a-f]{64}$/i;
const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 40 lowercase hex for a 40-hex or 32-base32 v1 hash, else null. */
export function normaliseBtih(hash: string): string | null {
  if (HEX40.test(hash)) return hash.toLowerCase();
  if (BASE32_32.test(hash)) return base32ToHex(hash);
  return null;
}

/** Lowercase v2 multihash (sha2-256, 32 bytes), else null. Other multihash codes do not exist in BitTorrent v2. */
export function normaliseBtmh(hash: string): string | null {
  return BTMH.test(hash) ? hash.toLowerCase() : null;
}

/**
 * Whether a bare token in free text is an info hash rather than a word or number. Stricter than `normaliseBtih`:
 * a real hash mixes letters and digits (the chance it does not is below 1e-8), and a 32-character token made only
 * of hex digits is an MD5/ed2k hash, not base32 (a random base32 hash is never all hex).
 */
export function looksLikeBareHash(token: string): boolean {
  if (!/[0-9]/.test(token) || !/[a-z]/i.test(token)) return false;
  if (token.length === 32 && HEX32.test(token)) return false;
  return normaliseBtih(token) !== null;
}

/** Decodes 32 base32 characters (160 bits) to 40 hex. Caller has checked the alphabet. */
function base32ToHex(text: string): string {
  let bits = 0;
  let value = 0;
  let hex = '';
  for (const char of text.toUpperCase()) {
    // Only the low 13 bits matter (under 8 pending + 5 new); masking keeps the shift inside 32 bits.
    value = ((value << 5) | BASE32_ALPHABET.indexOf(char)) & 0x1fff;
    bits += 5;
    // Emit whole bytes as they fill; 160 bits is exactly 20 bytes, so nothing is left over.
    if (bits >= 8) {
      bits -= 8;
      hex += ((value >>> bits) & 0xff).toString(16).padStart(2, '0');
    }
  }
  return hex;
}
