import { memo } from 'preact/compat';
import { t } from '../../../shared/i18n.ts';
import { formatBytes } from '../../../ui/format-bytes.ts';
import { formatDateTime, formatShortDate } from '../../format.ts';
import { FileIcon } from '../FileIcon.tsx';
import type { RowProps } from './row-props.ts';

/**
 * One row of the list view: checkbox, icon and name, size, modified. Cheap on purpose (no handlers, no state):
 * only the rows in view exist, and a row is drawn again only when its own props change.
 */
export const ListRow = memo(function ListRow({ item, index, selected, focused, id, locale, now }: RowProps) {
  const folder = item.kind === 'folder';
  const classes = `files-row${selected ? ' files-row--selected' : ''}${focused ? ' files-row--focused' : ''}`;
  return (
    <div
      role="row"
      id={id}
      class={classes}
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-labelledby={`${id}-name`}
      data-index={index}
    >
      <div role="gridcell" class="files-row__cell files-row__cell--name">
        <input
          type="checkbox"
          class="files-check"
          tabIndex={-1}
          checked={selected}
          aria-label={t('filesSelectItem', item.name)}
          data-check=""
        />
        <FileIcon item={item} />
        <span id={`${id}-name`} class="files-row__name" title={item.name}>
          {item.name}
        </span>
      </div>
      <div role="gridcell" class="files-row__cell files-row__cell--size">
        {folder ? '' : formatBytes(item.size.bytes, locale)}
      </div>
      <div
        role="gridcell"
        class="files-row__cell files-row__cell--modified"
        title={item.modifiedAt === undefined ? undefined : formatDateTime(item.modifiedAt, locale)}
      >
        {item.modifiedAt === undefined ? '' : formatShortDate(item.modifiedAt, now, locale)}
      </div>
    </div>
  );
});
