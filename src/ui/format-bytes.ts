import { cachedIntl } from './intl-cache.ts';
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

/**
 * A size for people, in binary steps as PikPak counts them: "512 B", "1.2 GB", "10 TB", in the given language.
 * One decimal below 100 of a unit, none above.
 * @example formatBytes(1_288_490_189, 'en') // "1.2 GB"
 */
export function formatBytes(bytes: number, locale?: string): string {
  let value = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  let index = 0;
  while (value >= 1024 && index < UNITS.length - 1) {
    value /= 1024;
    index += 1;
  }
  const unit = UNITS[index] ?? 'byte';
  // Intl writes "512 byte" (short) or "512B" (narrow) in English; the symbol is the same in every language.
  if (unit === 'byte') return `${formatter(locale, unit, 0).format(value)} B`;
  return formatter(locale, unit, value >= 100 ? 0 : 1).format(value);
}

/** One formatter per language, unit and precision (a list draws a size in every row it shows). */
function formatter(locale: string | undefined, unit: (typeof UNITS)[number], digits: number): Intl.NumberFormat {
  return cachedIntl(`bytes:${locale ?? ''}|${unit}|${digits}`, () =>
    unit === 'byte'
      ? new Intl.NumberFormat(locale)
      : new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits }),
  );
}

/** The page's language, as `setUpPage` set it, for Intl formatters. */
export function pageLocale(): string | undefined {
  return document.documentElement.lang || undefined;
}
