/**
 * Intl formatters, built once per key (language and options): building one costs far more than using it, and lists
 * format a size, a date or a time in every row they draw (the file browser redraws thousands while scrolling).
 */
const formatters = new Map<string, unknown>();

export function cachedIntl<T>(key: string, make: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (found === undefined) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}
