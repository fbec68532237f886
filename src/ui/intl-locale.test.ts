// @vitest-environment happy-dom
import browser from 'webextension-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, pageLocale } from './format-bytes.ts';
import { formatRelativeTime } from './format-relative-time.ts';
import { intlLocale } from './intl-locale.ts';
import { setUpPage } from './page-setup.ts';

describe('intlLocale', () => {
  it('keeps Traditional Chinese Traditional, whichever way the browser spells it', () => {
    for (const ui of ['zh-TW', 'zh_TW', 'zh-tw', 'zh-Hant', 'zh-Hant-TW']) {
      expect(intlLocale(ui), ui).toBe('zh-TW');
      expect(intlLocale(ui, 'zh-TW'), ui).toBe('zh-TW');
    }
  });

  it('follows the catalogue shown when the browser reports another language', () => {
    // Chromium without a zh-TW language pack: --lang=zh-TW picks _locales/zh_TW but reports en-US.
    expect(intlLocale('en-US', 'zh-TW')).toBe('zh-TW');
    expect(intlLocale('zh-CN', 'zh-TW')).toBe('zh-TW');
    expect(intlLocale('zh-TW', 'zh-CN')).toBe('zh-CN');
    // A language with no catalogue of its own shows English, and gets English dates to match.
    expect(intlLocale('ja', 'en')).toBe('en');
  });

  it('keeps the browser’s region when it is the catalogue’s language', () => {
    expect(intlLocale('en-GB', 'en')).toBe('en-GB');
    expect(intlLocale('zh_CN', 'zh-CN')).toBe('zh-CN');
    expect(intlLocale('zh-Hans', 'zh-CN')).toBe('zh-CN');
    expect(intlLocale('pt_BR')).toBe('pt-BR');
  });

  it('leaves nonsense to the browser default', () => {
    expect(intlLocale('')).toBeUndefined();
    expect(intlLocale(undefined, '')).toBeUndefined();
    expect(intlLocale('not a language!')).toBeUndefined();
    expect(intlLocale('en-US', 'not a language!')).toBe('en-US');
  });
});

/** The browser as a page sees it: its UI language, and the catalogue `getMessage` answers from. */
function browserIn(uiLanguage: string, catalogue: string): void {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
  const getMessage = browser.i18n.getMessage.bind(browser.i18n);
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key, substitutions) =>
    key === 'intlLocale' ? catalogue : getMessage(key, substitutions),
  );
}

describe('a page in a zh-TW browser', () => {
  const now = Date.UTC(2026, 0, 5, 13, 7);
  const weekAgo = now - 10 * 24 * 3600_000;
  const dateIn = (locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(weekAgo);

  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.lang = '';
  });

  for (const [ui, catalogue] of [
    ['zh-TW', 'zh-TW'],
    ['zh_TW', 'zh-TW'],
    ['en-US', 'zh-TW'],
  ] as const) {
    it(`writes dates, times and sizes for Taiwan (UI language ${ui}, catalogue ${catalogue})`, () => {
      browserIn(ui, catalogue);
      setUpPage();
      expect(document.documentElement.lang).toBe('zh-TW');
      const locale = pageLocale();
      expect(locale).toBe('zh-TW');
      // Taiwan's Traditional wording, not mainland China's "3分钟前" nor English "3 minutes ago".
      expect(formatRelativeTime(now - 3 * 60_000, now, locale)).toBe(
        new Intl.RelativeTimeFormat('zh-TW', { numeric: 'auto' }).format(-3, 'minute'),
      );
      expect(formatRelativeTime(now - 3 * 60_000, now, locale)).toContain('分鐘');
      expect(formatRelativeTime(weekAgo, now, locale)).toBe(dateIn('zh-TW'));
      expect(dateIn('zh-TW')).not.toBe(dateIn('zh-CN'));
      expect(formatBytes(1.5 * 1024 ** 3, locale).replace(/\s/g, ' ')).toBe('1.5 GB');
    });
  }

  it('writes Simplified Chinese for a zh-CN browser, English for an English one', () => {
    browserIn('zh-CN', 'zh-CN');
    setUpPage();
    expect(pageLocale()).toBe('zh-CN');
    expect(formatRelativeTime(now - 3 * 60_000, now, pageLocale())).toContain('分钟');
    vi.restoreAllMocks();
    browserIn('en-US', 'en');
    setUpPage();
    expect(pageLocale()).toBe('en-US');
  });

  it('reads the catalogue’s language from the real catalogue', () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('zh-TW');
    setUpPage();
    // The Node tests' browser answers from the English catalogue, whose intlLocale is "en".
    expect(pageLocale()).toBe('en');
  });
});
