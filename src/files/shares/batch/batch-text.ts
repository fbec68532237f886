import type { ShareStatus } from '../../../shared/shares.ts';
import { t, type MessageKey } from '../../../shared/i18n.ts';
import { cachedIntl } from '../../../ui/intl-cache.ts';
import { formatCount } from '../../format.ts';
import type { BatchRow, RunState } from './batch-store.ts';
import type { ParsedBlock } from './parse.ts';

/** What a row's share is, for its status and the summary line; in the summary's order. */
export const CATEGORIES = [
  'ready',
  'own',
  'pass-code-needed',
  'pass-code-wrong',
  'expired',
  'deleted',
  'prohibited',
  'sensitive',
  'unknown',
  'failed',
  'opening',
] as const;
export type Category = (typeof CATEGORIES)[number];

export function categoryOf(row: BatchRow): Category {
  if (row.open.phase !== 'open') return row.open.phase;
  const { status, own } = row.open.summary;
  if (status === 'ok') return own ? 'own' : 'ready';
  return status;
}

type Capitalised<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Capitalised<Tail>}`
  : Capitalize<S>;
const key = (category: Category) =>
  category.replace(/(^|-)([a-z])/g, (_, __: string, letter: string) => letter.toUpperCase()) as Capitalised<Category>;

/** "Ready", "Needs a pass code", "Prohibited in this region"… */
export function statusLabel(category: Category): string {
  return t(`sharesManyStatus${key(category)}`);
}

export type Tone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

const TONES: Record<Category, Tone> = {
  ready: 'success',
  own: 'neutral',
  'pass-code-needed': 'warning',
  'pass-code-wrong': 'warning',
  expired: 'danger',
  deleted: 'danger',
  prohibited: 'danger',
  sensitive: 'danger',
  unknown: 'danger',
  failed: 'danger',
  opening: 'neutral',
};

export const toneOf = (category: Category): Tone => TONES[category];

/** Whether typing a pass code can help this share. */
export const wantsPassCode = (category: Category) => category === 'pass-code-needed' || category === 'pass-code-wrong';

/** The share's name in its row and in the controls' names: its title once known, its id before. */
export function nameOf(row: BatchRow): string {
  return (row.open.phase === 'open' ? row.open.summary.title : undefined) ?? row.shareId;
}

/** PikPak's own sentence, shown for a status the extension has no word for. */
export function pikpakText(row: BatchRow): string | undefined {
  if (row.open.phase !== 'open') return undefined;
  const { status, statusText } = row.open.summary;
  const unexplained: ShareStatus[] = ['unknown', 'sensitive'];
  return statusText && unexplained.includes(status) ? t('sharesManyPikPakSays', statusText) : undefined;
}

/** "18 ready, 1 expired, 1 prohibited" (the language's narrow list: "18 个可保存、1 个已过期"). */
export function summaryText(rows: readonly BatchRow[], locale?: string): string {
  const counts = new Map<Category, number>();
  for (const row of rows) counts.set(categoryOf(row), (counts.get(categoryOf(row)) ?? 0) + 1);
  const parts = CATEGORIES.filter((category) => counts.has(category)).map((category) =>
    t(`sharesManyCount${key(category)}`, formatCount(counts.get(category) ?? 0, locale)),
  );
  const list = cachedIntl(
    `list-narrow:${locale}`,
    () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }),
  );
  return list.format(parts);
}

function counted(one: MessageKey, many: MessageKey, count: number, locale?: string): string {
  return count === 1 ? t(one) : t(many, formatCount(count, locale));
}

export const sharesText = (count: number, locale?: string) =>
  counted('sharesManySharesOne', 'sharesManySharesMany', count, locale);

/** "20 share links found. 3 lines were not share links." */
export function foundText(block: ParsedBlock, locale?: string): string {
  return [
    counted('sharesManyFoundOne', 'sharesManyFoundMany', block.links.length, locale),
    block.otherLines > 0 && counted('sharesManyOtherLinesOne', 'sharesManyOtherLinesMany', block.otherLines, locale),
    block.repeats > 0 && counted('sharesManyRepeatsOne', 'sharesManyRepeatsMany', block.repeats, locale),
  ]
    .filter(Boolean)
    .join(' ');
}

/** A row's save: waiting, saving, where it went, or not saved (the reason is in the failure list). */
export function saveText(row: BatchRow): string | undefined {
  switch (row.save.phase) {
    case 'none':
      return undefined;
    case 'waiting':
      return t('sharesManySaveWaiting');
    case 'saving':
      return t('sharesManySaveSaving');
    case 'saved':
      return t('sharesManySaveSaved', `${row.save.folder.name}/${row.save.into.name}`);
    case 'failed':
      return t('sharesManySaveFailed');
  }
}

/** The end of a Save all or a Retry: what was saved, what was not, what had been saved before. */
export function resultText(run: Extract<RunState, { phase: 'done' }>, locale?: string): string {
  return [
    run.saved > 0
      ? t('sharesManyResultSaved', [sharesText(run.saved, locale), run.folder.name])
      : t('sharesManyResultNoneSaved', run.folder.name),
    run.failed > 0 && t('sharesManyResultFailed', sharesText(run.failed, locale)),
    run.skipped > 0 && t('sharesManyResultSkipped', sharesText(run.skipped, locale)),
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * What the live region says: the opening's progress until every share answered, then the summary; a Save all's
 * progress, then its result. Screen readers hear each change of it.
 */
export function liveText(rows: readonly BatchRow[], run: RunState, locale?: string): string {
  if (run.phase === 'saving') {
    return t('sharesManySavingProgress', [
      run.folder.name,
      formatCount(run.done, locale),
      formatCount(run.total, locale),
    ]);
  }
  if (run.phase === 'done') return resultText(run, locale);
  const opening = rows.filter((row) => row.open.phase === 'opening').length;
  if (opening > 0) {
    return t('sharesManyOpeningProgress', [
      formatCount(rows.length - opening, locale),
      formatCount(rows.length, locale),
    ]);
  }
  return rows.length === 0 ? t('sharesManyEmpty') : summaryText(rows, locale);
}
