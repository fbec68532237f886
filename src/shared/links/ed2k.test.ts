import { describe, expect, it } from 'vitest';
import { parseLink } from './parse.ts';
import type { Ed2kLink, LinkResult } from './types.ts';

const HASH = '965c013e991ee246d63d45ea71954c4d';

function ed2k(input: string): Ed2kLink {
  const result = parseLink(input);
  if (!result.ok || result.kind !== 'ed2k') throw new Error(`not ed2k: ${JSON.stringify(result)}`);
  return result;
}

const reason = (result: LinkResult) => (result.ok ? 'accepted' : result.reason);

describe('ed2k links', () => {
  it('reads the classic example', () => {
    // The example from Wikipedia's eD2k link article.
    const link = ed2k(`ed2k://|file|The_Two_Towers-The_Purist_Edit-Trailer.avi|14997504|${HASH}|/`);
    expect(link).toMatchObject({
      kind: 'ed2k',
      sendable: true,
      hash: HASH,
      size: 14997504,
      name: 'The_Two_Towers-The_Purist_Edit-Trailer.avi',
      displayName: 'The_Two_Towers-The_Purist_Edit-Trailer.avi',
      key: `ed2k:${HASH}`,
      url: `ed2k://|file|The_Two_Towers-The_Purist_Edit-Trailer.avi|14997504|${HASH.toUpperCase()}|/`,
    });
  });

  it('keeps names with spaces and Chinese as written, over 4 GB too', () => {
    const input = `ed2k://|file|[电影天堂www.dy2018.com]流浪地球 BD国语中字.mkv|5368709120|${HASH.toUpperCase()}|/`;
    const link = ed2k(input);
    expect(link).toMatchObject({ name: '[电影天堂www.dy2018.com]流浪地球 BD国语中字.mkv', size: 5368709120 });
    expect(link.url).toBe(input);
  });

  it('decodes an encoded name for display but sends it as written', () => {
    const link = ed2k(`ed2k://|file|%E4%B8%AD%E6%96%87%20%E5%90%8D.rmvb|1048576|${HASH}|/`);
    expect(link.displayName).toBe('中文 名.rmvb');
    expect(link.url).toContain('|file|%E4%B8%AD%E6%96%87%20%E5%90%8D.rmvb|');
  });

  it('keeps AICH and hashset fields, drops source lists', () => {
    const link = ed2k(
      `ed2k://|file|a.avi|100|${HASH}|h=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567|p=${HASH}|/|sources,1.2.3.4:4662|/`,
    );
    expect(link.url).toBe(
      `ed2k://|file|a.avi|100|${HASH.toUpperCase()}|h=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567|p=${HASH}|/`,
    );
  });

  it('tolerates a missing close and an upper-case scheme', () => {
    expect(ed2k(`ED2K://|FILE|a.avi|100|${HASH}|`).url).toBe(`ed2k://|file|a.avi|100|${HASH.toUpperCase()}|/`);
    expect(ed2k(`ed2k://|file|a.avi|100|${HASH}`).key).toBe(`ed2k:${HASH}`);
  });

  it('reads back its own URL', () => {
    const link = ed2k(`ed2k://|file|Tom &amp; Jerry (1940).avi|100|${HASH}|h=AAAA|/`);
    expect(link.name).toBe('Tom & Jerry (1940).avi');
    expect(ed2k(link.url)).toMatchObject({ url: link.url, key: link.key });
  });

  it('refuses links that are not files', () => {
    expect(reason(parseLink('ed2k://|server|207.44.222.51|4242|/'))).toBe('ed2k-not-file');
    expect(reason(parseLink('ed2k://|serverlist|http://www.example.com/server.met|/'))).toBe('ed2k-not-file');
    expect(reason(parseLink('ed2k://|friend|Alice|1.2.3.4|4662|/'))).toBe('ed2k-not-file');
  });

  it.each([
    [`ed2k://|file|a.avi|0|${HASH}|/`, 'ed2k-bad-size'],
    [`ed2k://|file|a.avi|12a|${HASH}|/`, 'ed2k-bad-size'],
    [`ed2k://|file|a.avi|-5|${HASH}|/`, 'ed2k-bad-size'],
    [`ed2k://|file|a.avi|99999999999999999|${HASH}|/`, 'ed2k-bad-size'],
    [`ed2k://|file|a.avi|12|${HASH.slice(1)}|/`, 'ed2k-bad-hash'],
    [`ed2k://|file|a.avi|12|${HASH.slice(1)}g|/`, 'ed2k-bad-hash'],
    ['ed2k://|file|a.avi|12|/', 'ed2k-malformed'],
    [`ed2k://|file||12|${HASH}|/`, 'ed2k-malformed'],
    [`ed2k://|file|a\tb|12|${HASH}|/`, 'ed2k-malformed'],
    ['ed2k://||/', 'ed2k-malformed'],
    ['ed2k://file|a|1|/', 'ed2k-malformed'],
    [`ed2k:|file|a.avi|12|${HASH}|/`, 'ed2k-malformed'],
  ])('%s → %s', (input, expected) => {
    expect(reason(parseLink(input))).toBe(expected);
  });
});
