import type { DriveItem } from '../../shared/domain.ts';
import { t } from '../../shared/i18n.ts';
import { formatBytes } from '../../ui/format-bytes.ts';
import { formatCount, itemCount } from '../format.ts';
import { selectedSize } from '../model/selection.ts';

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

/** The footer: how many items the view holds (and shows), and how many are selected with their size. */
export function StatusBar({ total, shown, loading, selected, locale }: StatusBarProps) {
  const count = loading
    ? t('filesCountLoading', formatCount(total, locale))
    : shown === total
      ? itemCount(total, locale)
      : t('filesCountFiltered', [formatCount(shown, locale), formatCount(total, locale)]);
  const size = selectedSize(selected);
  return (
    <div class="files-status">
      <span class="files-status__count">{count}</span>
      {selected.length > 0 && (
        <span class="files-status__selection">
          {size === undefined
            ? t('filesSelectedCount', formatCount(selected.length, locale))
            : t('filesSelectedSummary', [formatCount(selected.length, locale), formatBytes(size, locale)])}
        </span>
      )}
    </div>
  );
}
