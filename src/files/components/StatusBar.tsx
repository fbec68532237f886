import type { DriveItem } from '../../shared/domain.ts';
import { t } from '../../shared/i18n.ts';
import { formatBytes } from '../../ui/format-bytes.ts';
import { formatCount, itemCount } from '../format.ts';

export type StatusBarProps = {
  /** Every item of the view read so far. */
  total: number;
  /** After the filters. */
  shown: number;
  /** Pages are still arriving. */
  loading: boolean;
  selected: readonly DriveItem[];
  locale: string | undefined;
};

/** Total size of items; folders count as nothing (PikPak reports 0 for them). */
export function totalSize(items: readonly DriveItem[]): number {
  let bytes = 0;
  for (const item of items) if (item.kind === 'file') bytes += item.size.bytes;
  return bytes;
}

/** The footer: how many items the view holds (and shows), and how many are selected with their size. */
export function StatusBar({ total, shown, loading, selected, locale }: StatusBarProps) {
  const count = loading
    ? t('filesCountLoading', formatCount(total, locale))
    : shown === total
      ? itemCount(total, locale)
      : t('filesCountFiltered', [formatCount(shown, locale), formatCount(total, locale)]);
  return (
    <div class="files-status">
      <span class="files-status__count">{count}</span>
      {selected.length > 0 && (
        <span class="files-status__selection">
          {selected.some((item) => item.kind === 'file')
            ? t('filesSelectedSummary', [
                formatCount(selected.length, locale),
                formatBytes(totalSize(selected), locale),
              ])
            : // Folders alone: PikPak gives them no size, and "0 B" would say they are empty.
              t('filesSelectedCount', formatCount(selected.length, locale))}
        </span>
      )}
    </div>
  );
}
