import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Entry = { message: string; placeholders?: Record<string, unknown> };

/**
 * A catalogue's entries as written, in order. The top-level keys are read from the text (two spaces in, one per
 * line, as the files are kept), because JSON.parse would silently keep only the last of two equal keys.
 */
function read(locale: string): [string, Entry][] {
  const text = readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8');
  const parsed = JSON.parse(text) as Record<string, Entry>;
  return [...text.matchAll(/^ {2}"([^"]+)":/gm)].map(([, key = '']) => [key, parsed[key] as Entry]);
}

describe('the message catalogues', () => {
  const en = read('en');
  const zh = read('zh_CN');

  it('name every key once', () => {
    for (const pairs of [en, zh]) {
      const keys = pairs.map(([key]) => key);
      expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    }
  });

  it('have the same keys in English and Chinese, with the same placeholders', () => {
    const zhByKey = new Map(zh);
    expect(zh.map(([key]) => key).sort()).toEqual(en.map(([key]) => key).sort());
    for (const [key, entry] of en) {
      expect(Object.keys(zhByKey.get(key)?.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(entry.placeholders ?? {}).sort(),
      );
      expect(zhByKey.get(key)?.message.trim(), key).not.toBe('');
    }
  });
});
