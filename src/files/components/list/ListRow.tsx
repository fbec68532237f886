import { memo } from 'preact/compat';
import { t } from '../../../shared/i18n.ts';
import { formatBytes } from '../../../ui/format-bytes.ts';
import { formatDateTime, formatShortDate } from '../../format.ts';
import { FileIcon } from '../FileIcon.tsx';
import { ItemName } from './ItemName.tsx';
import { rowClass, type RowProps } from './row-props.ts';

/**
 * One row of the list view: checkbox, icon and name, size, modified. Cheap on purpose (no handlers, no state):
 * only the rows in view exist, and a row is drawn again only when its own props change.
 */
export const ListRow = memo(function ListRow(props: RowProps) {
  const { item, index, selected, id, locale, now, Editor } = props;
  const folder = item.kind === 'folder';
  return (
    <div
      role="row"
      id={id}
      class={rowClass('files-row', props)}
      draggable={props.draggable && Editor === undefined}
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-labelledby={`${id}-name`}
      aria-busy={props.busy || undefined}
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
        <ItemName item={item} id={id} class="files-row__name" Editor={Editor} />
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
