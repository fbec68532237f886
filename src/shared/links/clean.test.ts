import { describe, expect, it } from 'vitest';
import { encodeStrict, safeDecode, stripWrapping, toWellFormed, unescapeAmp } from './clean.ts';

describe('stripWrapping', () => {
  it.each([
    ['(https://a.example/b).', 'https://a.example/b'],
    ['<https://a.example/b>', 'https://a.example/b'],
    ['"https://a.example/b",', 'https://a.example/b'],
    ["'https://a.example/b'", 'https://a.example/b'],
    ['`https://a.example/b`', 'https://a.example/b'],
    ['**https://a.example/b**', 'https://a.example/b'],
    ['「https://a.example/b」。', 'https://a.example/b'],
    ['【https://a.example/b】', 'https://a.example/b'],
    ['“https://a.example/b”！', 'https://a.example/b'],
    ['（https://a.example/b）', 'https://a.example/b'],
    ['https://a.example/b?!…', 'https://a.example/b'],
    ['  https://a.example/b \u3000', 'https://a.example/b'],
    ['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
    ['(https://en.wikipedia.org/wiki/Foo_(bar))', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
    ['[https://a.example/x[1]]', 'https://a.example/x[1]'],
    ['https://a.example/b/', 'https://a.example/b/'],
    ['()', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(stripWrapping(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const text of ['((a)))', 'x.)]}', '“(a)”.', 'a (b) c)'])
      expect(stripWrapping(stripWrapping(text))).toBe(stripWrapping(text));
  });
});

describe('safeDecode', () => {
  it('decodes UTF-8 escapes and keeps broken ones', () => {
    expect(safeDecode('%E7%94%B5%E5%BD%B1.mkv')).toBe('电影.mkv');
    expect(safeDecode('100% %E7%94%B5')).toBe('100% 电');
    expect(safeDecode('%E7%94')).toBe('%E7%94');
    expect(safeDecode('plain')).toBe('plain');
  });
});

describe('unescapeAmp', () => {
  it('undoes HTML escaping in one pass and is idempotent', () => {
    expect(unescapeAmp('a=1&amp;b=2&AMP;c=3')).toBe('a=1&b=2&c=3');
    expect(unescapeAmp('a&amp;amp;b')).toBe('a&b');
    expect(unescapeAmp(unescapeAmp('a&amp;amp;b'))).toBe('a&b');
  });
});

describe('encodeStrict / toWellFormed', () => {
  it('encodes what wrapper stripping would eat', () => {
    expect(encodeStrict("Movie (2020)!*'")).toBe('Movie%20%282020%29%21%2A%27');
    expect(encodeStrict('file.')).toBe('file%2E');
    expect(decodeURIComponent(encodeStrict('a.b.'))).toBe('a.b.');
  });

  it('replaces lone surrogates instead of throwing', () => {
    expect(toWellFormed('a\uD800b\uDC00c😀')).toBe('a\uFFFDb\uFFFDc😀');
    expect(() => encodeStrict('\uD800')).not.toThrow();
  });
});
