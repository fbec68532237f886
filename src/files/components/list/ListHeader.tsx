import { ArrowDown, ArrowUp } from 'lucide-preact';
import type { MessageKey } from '../../../shared/i18n.ts';
import { t } from '../../../shared/i18n.ts';
import type { FilesSortKey } from '../../../shared/files-view.ts';
import type { SortOrder } from '../../model/sort.ts';

const COLUMNS: { key: FilesSortKey; label: MessageKey }[] = [
  { key: 'name', label: 'filesColumnName' },
  { key: 'size', label: 'filesColumnSize' },
  { key: 'modified', label: 'filesColumnModified' },
];

export type ListHeaderProps = {
  sort: SortOrder;
  onSort: (key: FilesSortKey) => void;
};

/** The list view's column headers; each sorts by its column, and again the other way round. */
export function ListHeader({ sort, onSort }: ListHeaderProps) {
  const Arrow = sort.descending ? ArrowDown : ArrowUp;
  return (
    <div role="rowgroup" class="files-list__head">
      <div role="row" aria-rowindex={1} class="files-list__header">
        {COLUMNS.map(({ key, label }) => {
          const active = sort.key === key;
          return (
            <div
              key={key}
              role="columnheader"
              class={`files-list__col files-list__col--${key}`}
              aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
            >
              <button type="button" class="files-list__sort" onClick={() => onSort(key)}>
                <span>{t(label)}</span>
                {active && <Arrow class="files-list__sort-icon" aria-hidden="true" />}
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
