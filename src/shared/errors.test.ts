import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeError, ERROR_KINDS, isErrorKind } from './errors.ts';

const messages = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('describeError', () => {
  const en = messages('en');
  const zh = messages('zh_CN');

  it.each(ERROR_KINDS)('%s has English and Chinese text', (kind) => {
    const { messageKey, actionKey } = describeError(kind);
    for (const key of [messageKey, actionKey]) {
      expect(key.startsWith('error')).toBe(true);
      expect(en[key]?.message).toBeTruthy();
      expect(zh[key]?.message).toBeTruthy();
      expect(zh[key]?.message).not.toBe(en[key]?.message);
    }
  });

  it('uses distinct messages per kind', () => {
    const keys = ERROR_KINDS.map((kind) => describeError(kind).messageKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('says the briefed things', () => {
    expect(describeError('signed-out').action).toBe('sign-in');
    expect(describeError('storage-full').action).toBe('free-space');
    expect(en[describeError('bad-credentials').messageKey]?.message).toMatch(/Google or Facebook/);
    expect(en[describeError('region-blocked').actionKey]?.message).toMatch(/\.net/);
  });

  it('recognises kinds', () => {
    expect(isErrorKind('timeout')).toBe(true);
    expect(isErrorKind('nope')).toBe(false);
    expect(isErrorKind(3)).toBe(false);
  });
});
