import { Star } from 'lucide-preact';
import type { ComponentType } from 'preact';
import type { DriveItem } from '../../../shared/domain.ts';
import { t } from '../../../shared/i18n.ts';

export type ItemNameProps = {
  item: DriveItem;
  /** The row's or tile's id: the name's element is `${id}-name`, which names the row. */
  id: string;
  class: string;
  /** The in-place editor, while the name is being edited. */
  Editor?: ComponentType<{ item: DriveItem }> | undefined;
};

/**
 * An item's name in a row or tile, marked when starred. While it is edited the editor takes its place and the name
 * stays for screen readers only, so the row keeps its accessible name.
 */
export function ItemName({ item, id, class: classes, Editor }: ItemNameProps) {
  const star = item.starred && (
    <Star class="files-name__star" role="img" aria-label={t('filesStarredMark')} aria-hidden="false" />
  );
  if (Editor !== undefined) {
    return (
      <>
        <span id={`${id}-name`} class="visually-hidden">
          {item.name}
        </span>
        <Editor item={item} />
      </>
    );
  }
  return (
    <>
      <span id={`${id}-name`} class={classes} title={item.name}>
        {item.name}
      </span>
      {star}
    </>
  );
}
