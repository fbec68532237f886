import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import { t } from '../../../shared/i18n.ts';
import { formatBytes } from '../../../ui/format-bytes.ts';
import { kindName } from '../../format.ts';
import { kindOf } from '../../model/file-kind.ts';
import { FileIcon } from '../FileIcon.tsx';
import { ItemName } from './ItemName.tsx';
import { rowClass, type RowProps } from './row-props.ts';

/** One tile of the grid view: the thumbnail (or the kind's icon), the name, and the size or kind. */
export const GridTile = memo(function GridTile(props: RowProps & { column: number }) {
  const { item, index, selected, id, locale, column, Editor } = props;
  // A thumbnail that fails (expired link, offline) falls back to the icon rather than a broken image.
  const [broken, setBroken] = useState(false);
  const thumbnail = item.thumbnailUrl && !broken ? item.thumbnailUrl : undefined;
  const meta = item.kind === 'folder' ? kindName('folder') : formatBytes(item.size.bytes, locale);
  return (
    <div
      role="gridcell"
      id={id}
      class={rowClass('files-tile', props)}
      draggable={props.draggable && Editor === undefined}
      aria-colindex={column + 1}
      aria-selected={selected}
      // Named by all its visible text (the name, then the size or kind), so the name matches what is seen.
      aria-labelledby={`${id}-name ${id}-meta`}
      aria-busy={props.busy || undefined}
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
      <span class="files-tile__label">
        <ItemName item={item} id={id} class="files-tile__name" Editor={Editor} />
      </span>{' '}
      {/* The space keeps the name and the meta apart in the tile's text (as tools read it), as on screen. */}
      <span id={`${id}-meta`} class="files-tile__meta">
        {meta}
      </span>
    </div>
  );
});
