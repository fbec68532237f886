import { describe, expect, it } from 'vitest';
import { looksLikeBareHash, normaliseBtih, normaliseBtmh } from './hash.ts';

// Pairs computed with Python's base64.b32encode (an independent implementation) from real info hashes:
// Big Buck Bunny and Sintel (WebTorrent samples), libtorrent's v1/v2 hybrid test torrent, Cosmos Laundromat.
const BASE32 = [
  ['3WBFL3G4PSSV7MF37AJSHWDQMLNR63I4', 'dd8255ecdc7ca55fb0bbf81323d87062db1f6d1c'],
  ['BCW2LJ5GDA5K4HQJ3AY56Z2I2VTASWQQ', '08ada5a7a6183aae1e09d831df6748d566095a10'],
  ['MMNDDXIKIYSX2UDYYDPOJZTOE33T4QVM', '631a31dd0a46257d5078c0dee4e66e26f73e42ac'],
  ['ZHQVOY7XELZD5GFCTXWN7LRUDOMNKMCW', 'c9e15763f722f23e98a29decdfae341b98d53056'],
] as const;

describe('normaliseBtih', () => {
  it.each(BASE32)('decodes base32 %s', (base32, hex) => {
    expect(normaliseBtih(base32)).toBe(hex);
    expect(normaliseBtih(base32.toLowerCase())).toBe(hex);
  });

  it('lowercases 40 hex', () => {
    expect(normaliseBtih('08ADA5A7A6183AAE1E09D831DF6748D566095A10')).toBe('08ada5a7a6183aae1e09d831df6748d566095a10');
  });

  it.each([
    '',
    '08ada5a7a6183aae1e09d831df6748d566095a1',
    '08ada5a7a6183aae1e09d831df6748d566095a100',
    'g8ada5a7a6183aae1e09d831df6748d566095a10',
    'BCW2LJ5GDA5K4HQJ3AY56Z2I2VTASWQ',
    'BCW2LJ5GDA5K4HQJ3AY56Z2I2VTASWQ1',
    ' BCW2LJ5GDA5K4HQJ3AY56Z2I2VTASWQQ',
  ])('refuses %j', (hash) => {
    expect(normaliseBtih(hash)).toBeNull();
  });
});

describe('normaliseBtmh', () => {
  it('accepts a sha2-256 multihash only', () => {
    const v2 = '1220D8DD32AC93357C368556AF3AC1D95C9D76BD0DFF6FA9833ECDAC3D53134EFABB';
    expect(normaliseBtmh(v2)).toBe(v2.toLowerCase());
    expect(normaliseBtmh(v2.slice(0, -2))).toBeNull();
    expect(normaliseBtmh(`1120${v2.slice(4)}`)).toBeNull();
  });
});

describe('looksLikeBareHash', () => {
  it('takes real hashes in either form', () => {
    for (const [base32, hex] of BASE32) {
      expect(looksLikeBareHash(base32)).toBe(true);
      expect(looksLikeBareHash(hex)).toBe(true);
    }
  });

  it('leaves words, numbers and MD5s alone', () => {
    expect(looksLikeBareHash('0123456789012345678901234567890123456789')).toBe(false); // digits only
    expect(looksLikeBareHash('ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF')).toBe(false); // letters only
    expect(looksLikeBareHash('abcdef23abcdef23abcdef23abcdef23')).toBe(false); // 32 hex: an MD5, though valid base32
  });
});
