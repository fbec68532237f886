/**
 * Component tests render real components, whose text comes from `t()` → `browser.i18n.getMessage`. This gives
 * them the extension's English catalogue through the same global the polyfill hands back inside an extension
 * (it re-exports `globalThis.browser` when one exists), so the polyfill itself runs unmocked. Import it first.
 */
import en from '../../../public/_locales/en/messages.json';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogue: Record<string, Entry | undefined> = en;

/** Chrome's substitution rules: `$NAME$` → the placeholder's content, whose `$1`… are the substitutions. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogue[key];
  if (entry === undefined) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    return content === undefined ? whole : content.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  });
}

const extension = { runtime: { id: 'component-tests' }, i18n: { getMessage, getUILanguage: () => 'en' } };
Object.assign(globalThis, { chrome: extension, browser: extension });
