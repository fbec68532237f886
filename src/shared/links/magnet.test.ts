import { describe, expect, it } from 'vitest';
import { mergeMagnets } from './magnet.ts';
import { parseLink } from './parse.ts';
import type { LinkResult, MagnetLink } from './types.ts';

// The WebTorrent "Big Buck Bunny" sample as published (trackers, web seed, exact source).
const BIG_BUCK_BUNNY =
  'magnet:?xt=urn:btih:dd8255ecdc7ca55fb0bbf81323d87062db1f6d1c&dn=Big+Buck+Bunny&tr=udp%3A%2F%2Fexplodie.org%3A6969' +
  '&tr=udp%3A%2F%2Ftracker.coppersurfer.tk%3A6969&tr=udp%3A%2F%2Ftracker.empire-js.us%3A1337&tr=udp%3A%2F%2Ftracker.leechers-paradise.org%3A6969' +
  '&tr=udp%3A%2F%2Ftracker.opentrackr.org%3A1337&tr=wss%3A%2F%2Ftracker.btorrent.xyz&tr=wss%3A%2F%2Ftracker.fastcast.nz' +
  '&tr=wss%3A%2F%2Ftracker.openwebtorrent.com&ws=https%3A%2F%2Fwebtorrent.io%2Ftorrents%2F' +
  '&xs=https%3A%2F%2Fwebtorrent.io%2Ftorrents%2Fbig-buck-bunny.torrent';
// libtorrent's BitTorrent v1/v2 hybrid test torrent.
const HYBRID =
  'magnet:?xt=urn:btih:631a31dd0a46257d5078c0dee4e66e26f73e42ac' +
  '&xt=urn:btmh:1220d8dd32ac93357c368556af3ac1d95c9d76bd0dff6fa9833ecdac3d53134efabb&dn=bittorrent-v1-v2-hybrid-test';
const SINTEL = '08ada5a7a6183aae1e09d831df6748d566095a10';

function magnet(input: string): MagnetLink {
  const result = parseLink(input);
  if (!result.ok || result.kind !== 'magnet') throw new Error(`not a magnet: ${JSON.stringify(result)}`);
  return result;
}

const reason = (result: LinkResult) => (result.ok ? 'accepted' : result.reason);

describe('magnet links', () => {
  it('keeps the name, every tracker and the other parameters of a real magnet', () => {
    const link = magnet(BIG_BUCK_BUNNY);
    expect(link).toMatchObject({
      kind: 'magnet',
      sendable: true,
      btih: 'dd8255ecdc7ca55fb0bbf81323d87062db1f6d1c',
      name: 'Big Buck Bunny',
      displayName: 'Big Buck Bunny',
    });
    expect(link.key).toBe('btih:dd8255ecdc7ca55fb0bbf81323d87062db1f6d1c');
    expect(link.trackers).toHaveLength(8);
    expect(link.trackers[0]).toBe('udp://explodie.org:6969');
    expect(link.trackers.at(-1)).toBe('wss://tracker.openwebtorrent.com');
    expect(link.url).toBe(
      'magnet:?xt=urn:btih:dd8255ecdc7ca55fb0bbf81323d87062db1f6d1c&dn=Big%20Buck%20Bunny' +
        '&ws=https%3A%2F%2Fwebtorrent.io%2Ftorrents%2F&xs=https%3A%2F%2Fwebtorrent.io%2Ftorrents%2Fbig-buck-bunny.torrent' +
        link.trackers.map((tracker) => `&tr=${encodeURIComponent(tracker)}`).join(''),
    );
  });

  it('writes a canonical form that reads back to itself', () => {
    for (const input of [
      BIG_BUCK_BUNNY,
      HYBRID,
      `magnet:?xt=urn:btih:${SINTEL}&dn=Movie (2020)!&xl=12&tr=http://t.example/a?k=1+2`,
    ]) {
      const link = magnet(input);
      expect(magnet(link.url)).toMatchObject({
        url: link.url,
        key: link.key,
        trackers: link.trackers,
        name: link.name,
      });
    }
  });

  it('decodes a base32 hash from older magnets to hex', () => {
    expect(magnet('magnet:?xt=urn:btih:BCW2LJ5GDA5K4HQJ3AY56Z2I2VTASWQQ&dn=Sintel').url).toBe(
      `magnet:?xt=urn:btih:${SINTEL}&dn=Sintel`,
    );
    expect(magnet('magnet:?xt=urn:btih:bcw2lj5gda5k4hqj3ay56z2i2vtaswqq').key).toBe(`btih:${SINTEL}`);
  });

  it('is case-insensitive in scheme, keys and hash', () => {
    expect(magnet(`MAGNET:?XT=URN:BTIH:${SINTEL.toUpperCase()}&DN=Sintel`)).toMatchObject({
      key: `btih:${SINTEL}`,
      name: 'Sintel',
    });
  });

  it('reads names: + as space, UTF-8 escapes, raw Chinese, and skips an empty dn', () => {
    expect(magnet(`magnet:?xt=urn:btih:${SINTEL}&dn=Sintel+2010+1080p`).name).toBe('Sintel 2010 1080p');
    expect(magnet(`magnet:?xt=urn:btih:${SINTEL}&dn=%E6%B5%81%E6%B5%AA%E5%9C%B0%E7%90%83%202`).name).toBe('流浪地球 2');
    expect(magnet(`magnet:?xt=urn:btih:${SINTEL}&dn=【高清】流浪地球`).url).toBe(
      `magnet:?xt=urn:btih:${SINTEL}&dn=${encodeURIComponent('【高清】流浪地球')}`,
    );
    expect(magnet(`magnet:?xt=urn:btih:${SINTEL}&dn=C%2B%2B`).name).toBe('C++');
    expect(magnet(`magnet:?xt=urn:btih:${SINTEL}&dn=`)).toMatchObject({ displayName: SINTEL });
    expect(magnet(`magnet:?xt=urn:btih:${SINTEL}&dn=%E7%94`).name).toBe('%E7%94'); // broken escape: kept, not thrown
  });

  it('undoes HTML escaping from page source', () => {
    const link = magnet(`magnet:?xt=urn:btih:${SINTEL}&amp;dn=Sintel&amp;tr=udp%3A%2F%2Ft.example%3A80`);
    expect(link).toMatchObject({ name: 'Sintel', trackers: ['udp://t.example:80'] });
  });

  it('deduplicates trackers and keeps xl as the size', () => {
    const link = magnet(`magnet:?xt=urn:btih:${SINTEL}&tr=udp://a:1&tr=udp%3A%2F%2Fa%3A1&tr=udp://b:2&xl=129241752`);
    expect(link.trackers).toEqual(['udp://a:1', 'udp://b:2']);
    expect(link.size).toBe(129241752);
  });

  it('tolerates a missing ?, empty pairs and a fragment', () => {
    expect(magnet(`magnet:xt=urn:btih:${SINTEL}&&dn=a&novalue#frag`)).toMatchObject({
      key: `btih:${SINTEL}`,
      name: 'a',
    });
  });

  it('accepts a fully percent-encoded magnet (from a redirect parameter)', () => {
    expect(magnet(encodeURIComponent(`magnet:?xt=urn:btih:${SINTEL}&dn=Sintel`))).toMatchObject({
      key: `btih:${SINTEL}`,
      name: 'Sintel',
    });
  });

  it('reads hybrid v1/v2 magnets by their v1 hash and keeps the v2 one', () => {
    const link = magnet(HYBRID);
    expect(link).toMatchObject({
      key: 'btih:631a31dd0a46257d5078c0dee4e66e26f73e42ac',
      btmh: '1220d8dd32ac93357c368556af3ac1d95c9d76bd0dff6fa9833ecdac3d53134efabb',
    });
    expect(link.url).toContain('&xt=urn:btmh:1220d8dd');
  });

  it('accepts v2-only magnets keyed by the multihash', () => {
    const link = magnet(
      'magnet:?xt=urn:btmh:1220d8dd32ac93357c368556af3ac1d95c9d76bd0dff6fa9833ecdac3d53134efabb&dn=v2',
    );
    expect(link.btih).toBeUndefined();
    expect(link.key).toBe('btmh:1220d8dd32ac93357c368556af3ac1d95c9d76bd0dff6fa9833ecdac3d53134efabb');
  });

  it('keeps non-BitTorrent xt values next to the btih', () => {
    const link = magnet(`magnet:?xt=urn:ed2k:965c013e991ee246d63d45ea71954c4d&xt.1=urn:btih:${SINTEL}`);
    expect(link.url).toBe(`magnet:?xt=urn:btih:${SINTEL}&xt=urn%3Aed2k%3A965c013e991ee246d63d45ea71954c4d`);
  });

  it('refuses magnets without a BitTorrent hash', () => {
    expect(reason(parseLink('magnet:?dn=no+hash&tr=udp%3A%2F%2Ft%3A1'))).toBe('magnet-no-hash');
    expect(reason(parseLink('magnet:?xt=urn:sha1:YNCKHTQCWBTRNJIV4WNAE52SJUQCZO5C'))).toBe('magnet-no-hash');
    expect(reason(parseLink('magnet:?tr=udp%3A%2F%2Ft%3A1'))).toBe('magnet-no-hash');
    expect(reason(parseLink('magnet:?'))).toBe('not-a-link'); // sentence punctuation stripped: only a word is left
  });

  it('refuses malformed hashes, even next to a good one', () => {
    for (const hash of [
      SINTEL.slice(1),
      `${SINTEL}0`,
      `z${SINTEL.slice(1)}`,
      'BCW2LJ5GDA5K4HQJ3AY56Z2I2VTASWQ',
      'BCW2LJ5GDA5K4HQJ3AY56Z2I2VTASWQ1',
    ]) {
      expect(reason(parseLink(`magnet:?xt=urn:btih:${hash}&dn=x`))).toBe('magnet-bad-hash');
    }
    expect(reason(parseLink(`magnet:?xt=urn:btih:${SINTEL}&xt=urn:btih:nothex`))).toBe('magnet-bad-hash');
    expect(reason(parseLink('magnet:?xt=urn:btmh:1220d8dd32ac'))).toBe('magnet-bad-hash');
    expect(reason(parseLink(`magnet:?xt=urn:btih:${SINTEL} 中文说明`))).toBe('magnet-bad-hash');
  });
});

describe('mergeMagnets', () => {
  it('adds the trackers and name the first lacks, in canonical form', () => {
    const first = magnet(`magnet:?xt=urn:btih:${SINTEL}&tr=udp://a:1`);
    const merged = mergeMagnets(
      first,
      magnet(`magnet:?xt=urn:btih:BCW2LJ5GDA5K4HQJ3AY56Z2I2VTASWQQ&dn=Sintel&tr=udp://b:2&tr=udp://a:1`),
    );
    expect(merged).toMatchObject({ name: 'Sintel', trackers: ['udp://a:1', 'udp://b:2'], input: first.input });
    expect(magnet(merged.url).url).toBe(merged.url);
  });

  it('returns the first unchanged when nothing is new', () => {
    const first = magnet(`magnet:?xt=urn:btih:${SINTEL}&dn=a&tr=udp://a:1`);
    expect(mergeMagnets(first, magnet(`magnet:?xt=urn:btih:${SINTEL}&dn=b`))).toBe(first);
  });
});
