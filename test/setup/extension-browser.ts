/**
 * What `webextension-polyfill` is in the Node tests (vitest.config.ts aliases it here): the in-memory browser of
 * @webext-core/fake-browser (storage, alarms, runtime messaging, menus, notifications), with `i18n` answering
 * from the extension's English catalogue, so components render their real text.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import en from '../../public/_locales/en/messages.json';

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
    return content === undefined
      ? whole
      : content.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  });
}

Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en' });

export { fakeBrowser };
export default fakeBrowser;
