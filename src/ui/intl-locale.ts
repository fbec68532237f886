/**
 * The Intl language tag for the browser's UI language (`browser.i18n.getUILanguage()`), so dates, times and sizes
 * are written as the catalogue the browser picked is: Chrome answers `zh-TW` (Traditional Chinese, `_locales/zh_TW`)
 * or `zh-CN`, and some browsers `zh_TW` with an underscore, which Intl rejects. Traditional Chinese without a region
 * (`zh-Hant`) is Taiwan's here, Simplified (`zh-Hans`) mainland China's, as the two catalogues are written.
 */
export function intlLocale(uiLanguage: string | undefined): string | undefined {
  const tag = uiLanguage?.trim().replace(/_/g, '-');
  if (tag === undefined || tag === '') return undefined;
  const lower = tag.toLowerCase();
  if (lower === 'zh-tw' || lower === 'zh-hant' || lower.startsWith('zh-hant-tw')) return 'zh-TW';
  if (lower === 'zh-cn' || lower === 'zh-hans' || lower.startsWith('zh-hans-cn')) return 'zh-CN';
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
