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
    // The §12 file refusals each say what happened (pikpak-api.md §12).
    expect(describeError('file-busy').action).toBe('retry');
    expect(describeError('own-share').action).toBe('open-pikpak');
    expect(en[describeError('own-share').messageKey]?.message).toMatch(/your own share/);
    expect(zh[describeError('own-share').messageKey]?.message).toMatch(/自己的分享/);
    expect(en[describeError('invalid-destination').messageKey]?.message).toMatch(/subfolders/);
    expect(zh[describeError('invalid-destination').messageKey]?.message).toMatch(/子文件夹/);
    expect(en[describeError('same-name').messageKey]?.message).toMatch(/already has that name/);
    expect(zh[describeError('same-name').messageKey]?.message).toMatch(/名称/);
  });

  it('recognises kinds', () => {
    expect(isErrorKind('timeout')).toBe(true);
    expect(isErrorKind('nope')).toBe(false);
    expect(isErrorKind(3)).toBe(false);
  });
});
