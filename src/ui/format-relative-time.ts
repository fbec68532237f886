import { cachedIntl } from './intl-cache.ts';

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

const relative = (locale?: string) =>
  cachedIntl(`relative:${locale ?? ''}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

/**
 * "just now", "5 min ago", "2 hours ago", "3 days ago" in the given language, or a date past a week.
 * @example formatRelativeTime(Date.now() - 120_000, Date.now(), 'en') // "2 minutes ago"
 */
export function formatRelativeTime(timestamp: number, now: number = Date.now(), locale?: string): string {
  let value = (timestamp - now) / 1000;
  if (Math.abs(value) < 45) return relative(locale).format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(value) < size) return relative(locale).format(Math.round(value), unit);
    value /= size;
  }
  return cachedIntl(
    `date-short:${locale ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(timestamp);
}
