import { describe, expect, it } from 'vitest';
import { LINK_KINDS, MAX_LINK_LENGTH, parseLink, REJECT_REASONS, isRejectReason, type RejectReason } from './index.ts';

describe('parseLink', () => {
  it('turns bare info hashes into magnets', () => {
    for (const input of [
      '08ada5a7a6183aae1e09d831df6748d566095a10',
      '08ADA5A7A6183AAE1E09D831DF6748D566095A10',
      'BCW2LJ5GDA5K4HQJ3AY56Z2I2VTASWQQ',
      'urn:btih:08ada5a7a6183aae1e09d831df6748d566095a10',
      'btih:BCW2LJ5GDA5K4HQJ3AY56Z2I2VTASWQQ',
      '(08ada5a7a6183aae1e09d831df6748d566095a10).',
    ]) {
      expect(parseLink(input), input).toMatchObject({
        ok: true,
        kind: 'magnet',
        url: 'magnet:?xt=urn:btih:08ada5a7a6183aae1e09d831df6748d566095a10',
        key: 'btih:08ada5a7a6183aae1e09d831df6748d566095a10',
        displayName: '08ada5a7a6183aae1e09d831df6748d566095a10',
        trackers: [],
      });
    }
  });

  it('says when a hash is some other kind of hash', () => {
    expect(parseLink('d41d8cd98f00b204e9800998ecf8427e')).toMatchObject({ ok: false, reason: 'hash-unrecognised' }); // MD5
    expect(parseLink('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).toMatchObject({
      ok: false,
      reason: 'hash-unrecognised',
    }); // SHA-256
    expect(parseLink('08ada5a7a6183aae1e09d831df6748d566095a1')).toMatchObject({
      ok: false,
      reason: 'hash-unrecognised',
    }); // one short
    expect(parseLink('hello')).toMatchObject({ ok: false, reason: 'not-a-link' });
  });

  it('refuses empty input, and long input before reading it', () => {
    for (const input of ['', '   ', '\n\t', '()', '“”', '。'])
      expect(parseLink(input), JSON.stringify(input)).toMatchObject({ ok: false, reason: 'empty' });
    const long = `https://example.com/${'a'.repeat(MAX_LINK_LENGTH)}`;
    expect(parseLink(long)).toMatchObject({ ok: false, reason: 'too-long' });
    expect(parseLink(`https://example.com/${'a'.repeat(MAX_LINK_LENGTH - 30)}`)).toMatchObject({ ok: true });
  });

  it('reports the trimmed input on both outcomes', () => {
    expect(parseLink('  hello \n')).toEqual({ ok: false, input: 'hello', reason: 'not-a-link' });
    expect(parseLink('  https://example.com/a \n')).toMatchObject({ input: 'https://example.com/a' });
  });

  it('can produce every reason code, and only those', () => {
    const thunderOf = (link: string) => `thunder://${btoa(`AA${link}ZZ`)}`;
    const samples: Record<RejectReason, string> = {
      empty: ' ',
      'too-long': 'x'.repeat(MAX_LINK_LENGTH + 1),
      'not-a-link': 'just words',
      'unsupported-scheme': 'ftp://example.com/a',
      'magnet-no-hash': 'magnet:?dn=a',
      'magnet-bad-hash': 'magnet:?xt=urn:btih:1234',
      'ed2k-not-file': 'ed2k://|server|1.2.3.4|4661|/',
      'ed2k-malformed': 'ed2k://|file|a|/',
      'ed2k-bad-size': 'ed2k://|file|a|x|965c013e991ee246d63d45ea71954c4d|/',
      'ed2k-bad-hash': 'ed2k://|file|a|1|965c|/',
      'thunder-undecodable': 'thunder://!!',
      'thunder-inner-invalid': thunderOf('ftp://example.com/a'),
      'url-invalid': 'http://',
      'url-has-spaces': 'https://example.com/a b',
      'url-private-host': 'http://localhost/a',
      'hash-unrecognised': 'd41d8cd98f00b204e9800998ecf8427e',
    };
    expect(Object.keys(samples).sort()).toEqual([...REJECT_REASONS].sort());
    for (const [code, input] of Object.entries(samples))
      expect(parseLink(input), code).toMatchObject({ ok: false, reason: code });
    expect(isRejectReason('url-invalid')).toBe(true);
    expect(isRejectReason('nope')).toBe(false);
  });

  it('can produce every kind', () => {
    const kinds = [
      'magnet:?xt=urn:btih:08ada5a7a6183aae1e09d831df6748d566095a10',
      'ed2k://|file|a|1|965c013e991ee246d63d45ea71954c4d|/',
      'https://example.com/a',
      'https://example.com/a.torrent',
      'https://t.me/a/1',
      'https://mypikpak.com/s/VOabcdEFGH12345',
    ].map((input) => {
      const result = parseLink(input);
      return result.ok ? result.kind : result.reason;
    });
    expect(kinds).toEqual([...LINK_KINDS]);
  });
});
