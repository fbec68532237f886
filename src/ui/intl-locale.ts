/**
 * The Intl language tag for an extension page: the language of the catalogue the browser picked (its `intlLocale`
 * message), refined by the browser's UI language (`browser.i18n.getUILanguage()`) when both are the same language,
 * so dates, times and sizes are written in the language of the text around them.
 *
 * Both matter: a Chromium without a zh-TW language pack picks `_locales/zh_TW` for `--lang=zh-TW` yet reports `en-US`
 * as its UI language, and an en-GB browser shows the English catalogue but wants British dates. Some browsers write
 * `zh_TW`, which Intl rejects; Traditional Chinese without a region (`zh-Hant`) is Taiwan's here, Simplified
 * (`zh-Hans`) mainland China's, as the two catalogues are written.
 */
export function intlLocale(uiLanguage: string | undefined, catalogueLanguage?: string): string | undefined {
  const ui = canonical(uiLanguage);
  const shown = canonical(catalogueLanguage);
  if (shown === undefined) return ui;
  if (ui === undefined) return shown;
  const language = (tag: string) => tag.split('-')[0]?.toLowerCase();
  const same = language(ui) === language(shown) && (language(ui) !== 'zh' || ui === shown);
  return same ? ui : shown;
}

function canonical(tag: string | undefined): string | undefined {
  const hyphenated = tag?.trim().replace(/_/g, '-');
  if (hyphenated === undefined || hyphenated === '') return undefined;
  const lower = hyphenated.toLowerCase();
  if (lower === 'zh-tw' || lower === 'zh-hant' || lower.startsWith('zh-hant-tw')) return 'zh-TW';
  if (lower === 'zh-cn' || lower === 'zh-hans' || lower.startsWith('zh-hans-cn')) return 'zh-CN';
  try {
    return Intl.getCanonicalLocales(hyphenated)[0];
  } catch {
    return undefined;
  }
}
