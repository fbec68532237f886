import { describe, expect, it } from 'vitest';
import { parseLink } from './parse.ts';
import { decodeThunder } from './thunder.ts';

/** base64 of the UTF-8 bytes of `AA<link>ZZ`: a thunder payload the way Xunlei builds it. */
const payload = (link: string) => btoa(String.fromCharCode(...new TextEncoder().encode(`AA${link}ZZ`)));
const thunder = (link: string) => `thunder://${payload(link)}`;

describe('thunder links', () => {
  it('decodes a real one to its http link', () => {
    // Seen on countless Chinese download pages: Baidu's logo.
    const result = parseLink('thunder://QUFodHRwOi8vd3d3LmJhaWR1LmNvbS9pbWcvYmRfbG9nbzEucG5nWlo=');
    expect(result).toMatchObject({
      ok: true,
      kind: 'http',
      url: 'http://www.baidu.com/img/bd_logo1.png',
      via: 'thunder',
      displayName: 'bd_logo1.png',
    });
    expect(result.input).toBe('thunder://QUFodHRwOi8vd3d3LmJhaWR1LmNvbS9pbWcvYmRfbG9nbzEucG5nWlo=');
  });

  it('decodes GBK file names (links built on GBK pages)', () => {
    // base64 of "AA" + GBK("http://example.com/电影.mp4") + "ZZ", made with Python's encode('gbk').
    expect(parseLink('thunder://QUFodHRwOi8vZXhhbXBsZS5jb20vtefTsC5tcDRaWg==')).toMatchObject({
      ok: true,
      url: 'http://example.com/%E7%94%B5%E5%BD%B1.mp4',
      displayName: '电影.mp4',
    });
  });

  it('unwraps magnets and ed2k with UTF-8 names', () => {
    const magnet = 'magnet:?xt=urn:btih:08ada5a7a6183aae1e09d831df6748d566095a10&dn=Sintel';
    expect(parseLink(thunder(magnet))).toMatchObject({
      ok: true,
      kind: 'magnet',
      url: magnet,
      key: 'btih:08ada5a7a6183aae1e09d831df6748d566095a10',
      via: 'thunder',
    });
    expect(
      parseLink(
        'thunder://QUFlZDJrOi8vfGZpbGV85Lit5paHIOWQjeWtly5ta3Z8NzM0MDAzMjAwfEExQjJDM0Q0RTVGNjA3MTgyOTNBNEI1QzZEN0U4RjkwfC9aWg==',
      ),
    ).toMatchObject({ ok: true, kind: 'ed2k', name: '中文 名字.mkv', size: 734003200 });
  });

  it('accepts escaped padding, URL-safe base64, missing padding and a trailing slash', () => {
    const plain = 'QUFodHRwOi8vd3d3LmJhaWR1LmNvbS9pbWcvYmRfbG9nbzEucG5nWlo=';
    expect(decodeThunder(`thunder://${plain.replace('=', '%3D')}`)).toBe('http://www.baidu.com/img/bd_logo1.png');
    expect(decodeThunder(`thunder://${plain.slice(0, -1)}`)).toBe('http://www.baidu.com/img/bd_logo1.png');
    expect(decodeThunder(`thunder://${plain}/`)).toBe('http://www.baidu.com/img/bd_logo1.png');
    const standard = payload('https://example.com/a?b=c>d');
    expect(standard).toMatch(/[+/]/);
    expect(decodeThunder(`thunder://${standard.replace(/\+/g, '-').replace(/\//g, '_')}`)).toBe(
      'https://example.com/a?b=c>d',
    );
  });

  it('refuses payloads that are not base64 of AA…ZZ', () => {
    for (const input of [
      'thunder://',
      'thunder://not base64!',
      'thunder://aGVsbG8=',
      `thunder://${btoa('AAZZ')}`,
      'thunder://A',
      `thunder://${btoa('\xff\xfe\xfd')}`,
    ]) {
      expect(parseLink(input)).toMatchObject({ ok: false, reason: 'thunder-undecodable' });
    }
  });

  it('refuses what it wraps when that is not acceptable, saying why', () => {
    expect(parseLink(thunder('ftp://example.com/a.iso'))).toMatchObject({
      ok: false,
      reason: 'thunder-inner-invalid',
      innerReason: 'unsupported-scheme',
    });
    expect(parseLink(thunder('magnet:?dn=x'))).toMatchObject({
      ok: false,
      reason: 'thunder-inner-invalid',
      innerReason: 'magnet-no-hash',
    });
    // One level only: a thunder link inside a thunder link.
    expect(parseLink(thunder(thunder('http://example.com/a')))).toMatchObject({
      ok: false,
      reason: 'thunder-inner-invalid',
      innerReason: 'unsupported-scheme',
    });
  });
});
