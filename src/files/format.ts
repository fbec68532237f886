import type { MessageKey } from '../shared/i18n.ts';
import { t } from '../shared/i18n.ts';
import { cachedIntl } from '../ui/intl-cache.ts';
import type { FileKind } from './model/file-kind.ts';

/** Dates and counts as the file list writes them (formatters built once per language: cachedIntl). */
const timeOfDay = (locale?: string) =>
  cachedIntl(`time:${locale}`, () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }));
const dayThisYear = (locale?: string) =>
  cachedIntl(`day:${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }));
const fullDay = (locale?: string) =>
  cachedIntl(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
const dateTime = (locale?: string) =>
  cachedIntl(`datetime:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'medium' }));

/** A short date for a column: the time today, the day this year, the full date before. */
export function formatShortDate(timestamp: number, now: number, locale?: string): string {
  const date = new Date(timestamp);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) return timeOfDay(locale).format(date);
  if (date.getFullYear() === today.getFullYear()) return dayThisYear(locale).format(date);
  return fullDay(locale).format(date);
}

/** The full date and time, for tooltips and the details panel. */
export function formatDateTime(timestamp: number, locale?: string): string {
  return dateTime(locale).format(timestamp);
}

/** A count with the language's grouping ("1,204"; "1,204" in Chinese too). */
export function formatCount(count: number, locale?: string): string {
  return cachedIntl(`count:${locale}`, () => new Intl.NumberFormat(locale)).format(count);
}

/** "1 item", "1,204 items". */
export function itemCount(count: number, locale?: string): string {
  return count === 1 ? t('filesCountOne') : t('filesCountMany', formatCount(count, locale));
}

const KIND_NAMES: Record<FileKind, MessageKey> = {
  folder: 'filesTypeFolder',
  video: 'filesTypeVideo',
  audio: 'filesTypeAudio',
  image: 'filesTypeImage',
  document: 'filesTypeDocument',
  archive: 'filesTypeArchive',
  other: 'filesTypeOther',
};

/** "Folder", "Video", … for the details panel and a tile's second line. */
export function kindName(kind: FileKind): string {
  return t(KIND_NAMES[kind]);
}
