import { describe, expect, it } from 'vitest';
import { parseLines } from './lines.ts';

const SINTEL = '08ada5a7a6183aae1e09d831df6748d566095a10';
const HASH = '965c013e991ee246d63d45ea71954c4d';
/** line → "kind url" or "! reason", with " =N" for a duplicate of line N. */
const summary = (text: string) =>
  parseLines(text).map(
    ({ line, result, duplicateOf }) =>
      `${line} ${result.ok ? `${result.kind} ${result.url}` : `! ${result.reason}`}${duplicateOf === undefined ? '' : ` =${duplicateOf}`}`,
  );

describe('parseLines', () => {
  it('parses each non-blank line with its 1-based number', () => {
    expect(
      summary(`magnet:?xt=urn:btih:${SINTEL}\r\n\n   \nhttps://example.com/a.zip\r ed2k://|file|a b.avi|1|${HASH}|/ `),
    ).toEqual([
      `1 magnet magnet:?xt=urn:btih:${SINTEL}`,
      '4 http https://example.com/a.zip',
      `5 ed2k ed2k://|file|a b.avi|1|${HASH.toUpperCase()}|/`,
    ]);
  });

  it('gives each bad line its reason', () => {
    expect(
      summary(
        'not a link\nftp://example.com/a.iso\nmagnet:?xt=urn:btih:1234\nhttp://192.168.1.1/a\nd41d8cd98f00b204e9800998ecf8427e\nhttps://example.com/a b',
      ),
    ).toEqual([
      '1 ! not-a-link',
      '2 ! unsupported-scheme',
      '3 ! magnet-bad-hash',
      '4 ! url-private-host',
      '5 ! hash-unrecognised',
      '6 http https://example.com/a',
    ]);
  });

  it('takes every link on a line, good and bad', () => {
    expect(
      summary(
        `https://example.com/a.torrent https://example.com/b.torrent\nmagnet:?xt=urn:btih:bad 和 https://example.com/c`,
      ),
    ).toEqual([
      '1 torrent-url https://example.com/a.torrent',
      '1 torrent-url https://example.com/b.torrent',
      '2 ! magnet-bad-hash',
      '2 http https://example.com/c',
    ]);
  });

  it('reads a link with words around it', () => {
    const [entry] = parseLines(`电影：magnet:?xt=urn:btih:${SINTEL}&tr=udp%3A%2F%2Ft1 这是说明`);
    expect(entry).toMatchObject({
      line: 1,
      input: `magnet:?xt=urn:btih:${SINTEL}&tr=udp%3A%2F%2Ft1`,
      result: { ok: true, trackers: ['udp://t1'] },
    });
  });

  it('lets a magnet name with spaces run to the line end, but never into a tracker', () => {
    expect(parseLines(`magnet:?xt=urn:btih:${SINTEL}&dn=My Movie 2020`)[0]?.result).toMatchObject({
      name: 'My Movie 2020',
    });
    expect(parseLines(`magnet:?xt=urn:btih:${SINTEL}&dn=Movie&tr=udp://t:1 nice one`)[0]?.result).toMatchObject({
      name: 'Movie',
      trackers: ['udp://t:1'],
    });
  });

  it('accepts what the free-text scan is too cautious to pick', () => {
    expect(summary('0123456789012345678901234567890123456789')).toEqual([
      '1 magnet magnet:?xt=urn:btih:0123456789012345678901234567890123456789',
    ]);
  });

  it('flags duplicates across and within lines, merging trackers into the first', () => {
    const entries = parseLines(`magnet:?xt=urn:btih:${SINTEL}&tr=udp://a:1
https://example.com/x
BCW2LJ5GDA5K4HQJ3AY56Z2I2VTASWQQ
magnet:?xt=urn:btih:${SINTEL.toUpperCase()}&tr=udp://b:2 https://example.com/x`);
    expect(entries.map(({ line, duplicateOf }) => [line, duplicateOf])).toEqual([
      [1, undefined],
      [2, undefined],
      [3, 1],
      [4, 1],
      [4, 2],
    ]);
    expect(entries[0]?.result).toMatchObject({ trackers: ['udp://a:1', 'udp://b:2'] });
    expect(entries[3]?.result).toMatchObject({ ok: true, trackers: ['udp://b:2'] });
  });

  it('does not count rejected lines as duplicates', () => {
    expect(parseLines('nope\nnope').map((entry) => entry.duplicateOf)).toEqual([undefined, undefined]);
  });

  it('returns nothing for a blank box', () => {
    expect(parseLines('')).toEqual([]);
    expect(parseLines(' \n\t\r\n')).toEqual([]);
  });
});
