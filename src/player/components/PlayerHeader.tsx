import { ArrowLeft, ChevronLeft, ChevronRight } from 'lucide-preact';
import type { DriveItem } from '../../shared/domain.ts';
import { t } from '../../shared/i18n.ts';
import type { Neighbours } from '../model/folder.ts';

export interface PlayerHeaderProps {
  item: DriveItem | undefined;
  neighbours: Neighbours;
  onOpen: (item: DriveItem) => void;
  /** The extension path of the file's folder (the drive's, or the share's). */
  backPath: string;
}

/** The file's name, the way back to its folder, and the previous and next files of the folder, named. */
export function PlayerHeader({ item, neighbours, onOpen, backPath }: PlayerHeaderProps) {
  return (
    <header class="player-header">
      <a
        class="ui-icon-button ui-icon-button--ghost ui-icon-button--md"
        href={`/${backPath}`}
        aria-label={t('playerBackToFolder')}
        title={t('playerBackToFolder')}
      >
        <ArrowLeft class="ui-icon-button__icon" aria-hidden="true" />
      </a>
      <h1 class="player-header__title" title={item?.name}>
        {item?.name ?? t('playerTitle')}
      </h1>
      {item !== undefined && (
        <nav class="player-header__siblings" aria-label={t('playerSiblingsLabel')}>
          <SiblingButton direction="previous" item={neighbours.previous} onOpen={onOpen} />
          <SiblingButton direction="next" item={neighbours.next} onOpen={onOpen} />
        </nav>
      )}
    </header>
  );
}

function SiblingButton({
  direction,
  item,
  onOpen,
}: {
  direction: 'previous' | 'next';
  item: DriveItem | undefined;
  onOpen: (item: DriveItem) => void;
}) {
  const Icon = direction === 'previous' ? ChevronLeft : ChevronRight;
  const label =
    item === undefined
      ? t(direction === 'previous' ? 'playerNoPrevious' : 'playerNoNext')
      : t(direction === 'previous' ? 'playerPreviousFile' : 'playerNextFile', item.name);
  return (
    <button
      type="button"
      class={`ui-button ui-button--ghost ui-button--sm player-sibling player-sibling--${direction}`}
      aria-label={label}
      title={label}
      disabled={item === undefined}
      onClick={() => item && onOpen(item)}
    >
      {direction === 'previous' && <Icon class="ui-button__icon" aria-hidden="true" />}
      <span class="ui-button__label player-sibling__name">
        {item?.name ?? t(direction === 'previous' ? 'playerPrevious' : 'playerNext')}
      </span>
      {direction === 'next' && <Icon class="ui-button__icon" aria-hidden="true" />}
    </button>
  );
}
