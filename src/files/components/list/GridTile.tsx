import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import { t } from '../../../shared/i18n.ts';
import { formatBytes } from '../../../ui/format-bytes.ts';
import { kindName } from '../../format.ts';
import { kindOf } from '../../model/file-kind.ts';
import { FileIcon } from '../FileIcon.tsx';
import type { RowProps } from './row-props.ts';

/** One tile of the grid view: the thumbnail (or the kind's icon), the name, and the size or kind. */
export const GridTile = memo(function GridTile({
  item,
  index,
  selected,
  focused,
  id,
  locale,
  column,
}: RowProps & { column: number }) {
  // A thumbnail that fails (expired link, offline) falls back to the icon rather than a broken image.
  const [broken, setBroken] = useState(false);
  const thumbnail = item.thumbnailUrl && !broken ? item.thumbnailUrl : undefined;
  const classes = `files-tile${selected ? ' files-tile--selected' : ''}${focused ? ' files-tile--focused' : ''}`;
  const meta = item.kind === 'folder' ? kindName('folder') : formatBytes(item.size.bytes, locale);
  return (
    <div
      role="gridcell"
      id={id}
      class={classes}
      aria-colindex={column + 1}
      aria-selected={selected}
      aria-labelledby={`${id}-name`}
      aria-describedby={`${id}-meta`}
      data-index={index}
    >
      <div class={`files-tile__preview files-tile__preview--${kindOf(item)}`}>
        {thumbnail === undefined ? (
          <FileIcon item={item} class="files-tile__icon" />
        ) : (
          <img class="files-tile__thumb" src={thumbnail} alt="" loading="lazy" onError={() => setBroken(true)} />
        )}
      </div>
      <input
        type="checkbox"
        class="files-check files-tile__check"
        tabIndex={-1}
        checked={selected}
        aria-label={t('filesSelectItem', item.name)}
        data-check=""
      />
      <span id={`${id}-name`} class="files-tile__name" title={item.name}>
        {item.name}
      </span>
      <span id={`${id}-meta`} class="files-tile__meta">
        {meta}
      </span>
    </div>
  );
});
