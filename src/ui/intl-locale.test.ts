// @vitest-environment happy-dom
import browser from 'webextension-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, pageLocale } from './format-bytes.ts';
import { formatRelativeTime } from './format-relative-time.ts';
import { intlLocale } from './intl-locale.ts';
import { setUpPage } from './page-setup.ts';

describe('intlLocale', () => {
  it('keeps Traditional Chinese Traditional, whichever way the browser spells it', () => {
    for (const ui of ['zh-TW', 'zh_TW', 'zh-tw', 'zh-Hant', 'zh-Hant-TW']) expect(intlLocale(ui), ui).toBe('zh-TW');
  });

  it('keeps Simplified Chinese and other languages as they are', () => {
    for (const ui of ['zh-CN', 'zh_CN', 'zh-Hans']) expect(intlLocale(ui), ui).toBe('zh-CN');
    expect(intlLocale('en-US')).toBe('en-US');
    expect(intlLocale('en')).toBe('en');
    expect(intlLocale('pt_BR')).toBe('pt-BR');
  });

  it('leaves nonsense to the browser default', () => {
    expect(intlLocale('')).toBeUndefined();
    expect(intlLocale(undefined)).toBeUndefined();
    expect(intlLocale('not a language!')).toBeUndefined();
  });
});

describe('a page in a zh-TW browser', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.lang = '';
  });

  for (const ui of ['zh-TW', 'zh_TW']) {
    it(`writes dates and times for Taiwan (UI language ${ui})`, () => {
      vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(ui);
      setUpPage();
      expect(document.documentElement.lang).toBe('zh-TW');
      const locale = pageLocale();
      expect(locale).toBe('zh-TW');
      const now = Date.UTC(2026, 0, 5, 13, 7);
      // Taiwan's Traditional wording, not mainland China's "3分钟前" nor English "3 minutes ago".
      expect(formatRelativeTime(now - 3 * 60_000, now, locale)).toBe(
        new Intl.RelativeTimeFormat('zh-TW', { numeric: 'auto' }).format(-3, 'minute'),
      );
      expect(formatRelativeTime(now - 3 * 60_000, now, locale)).toContain('分鐘');
      const weekAgo = now - 10 * 24 * 3600_000;
      const taiwanDate = new Intl.DateTimeFormat('zh-TW', { dateStyle: 'medium', timeStyle: 'short' }).format(weekAgo);
      expect(formatRelativeTime(weekAgo, now, locale)).toBe(taiwanDate);
      expect(taiwanDate).not.toBe(
        new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(weekAgo),
      );
      expect(formatBytes(1.5 * 1024 ** 3, locale).replace(/\s/g, ' ')).toBe('1.5 GB');
    });
  }

  it('writes Simplified Chinese for a zh-CN browser, English for an English one', () => {
    const now = Date.UTC(2026, 0, 5, 13, 7);
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
    setUpPage();
    expect(pageLocale()).toBe('zh-CN');
    expect(formatRelativeTime(now - 3 * 60_000, now, pageLocale())).toContain('分钟');
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
    setUpPage();
    expect(pageLocale()).toBe('en-US');
  });
});
