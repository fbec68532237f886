import { FolderOpen, FolderX, SearchX, Star, Trash2, WifiOff } from 'lucide-preact';
import type { DriveView } from '../../shared/drive-view.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { EmptyState } from '../../ui/components/EmptyState.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { SkeletonRows } from '../../ui/components/SkeletonRows.tsx';
import type { FilesLayout } from '../../shared/files-view.ts';

/** Loading: placeholders shaped like the layout that is coming (rows, or tiles), so nothing jumps. */
export function ListSkeleton({ layout }: { layout: FilesLayout }) {
  if (layout === 'list') {
    return (
      <div class="files-list files-list--skeleton">
        <div class="files-list__header" aria-hidden="true">
          <span class="files-list__col files-list__col--name">{t('filesColumnName')}</span>
          <span class="files-list__col files-list__col--size">{t('filesColumnSize')}</span>
          <span class="files-list__col files-list__col--modified">{t('filesColumnModified')}</span>
        </div>
        <SkeletonRows label={t('filesLoading')} rows={10} />
      </div>
    );
  }
  return (
    <div class="files-grid-skeleton" role="status" aria-busy="true">
      <span class="visually-hidden">{t('filesLoading')}</span>
      {Array.from({ length: 12 }, (_, index) => (
        <span key={index} class="files-grid-skeleton__tile" aria-hidden="true">
          <span class="ui-skeleton__block files-grid-skeleton__preview" />
          <span class="ui-skeleton__block files-grid-skeleton__name" />
        </span>
      ))}
    </div>
  );
}

/** A view with nothing in it, each with its own words: an empty folder, no starred items, an empty trash. */
export function EmptyView({ view }: { view: DriveView }) {
  if (view.kind === 'trash') {
    return (
      <EmptyState icon={Trash2} title={t('filesTrashEmptyTitle')}>
        {t('filesTrashEmptyText')}
      </EmptyState>
    );
  }
  if (view.kind === 'starred') {
    return (
      <EmptyState icon={Star} title={t('filesStarredEmptyTitle')}>
        {t('filesStarredEmptyText')}
      </EmptyState>
    );
  }
  return (
    <EmptyState icon={FolderOpen} title={t('filesEmptyTitle')}>
      {t('filesEmptyText')}
    </EmptyState>
  );
}

/** Items are there, but the name or kind filter hides them all. */
export function NoMatch({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      icon={SearchX}
      title={t('filesNoMatchTitle')}
      actions={
        <Button size="sm" onClick={onClear}>
          {t('filesClearFilters')}
        </Button>
      }
    >
      {t('filesNoMatchText')}
    </EmptyState>
  );
}

export type LoadFailedProps = {
  kind: ErrorKind;
  online: boolean;
  onRetry: () => void;
  onMyDrive: () => void;
  /** The view is the root folder chosen in Options: "gone" says so, and My Drive is the drive's own root. */
  homeName?: string | undefined;
};

/** The view could not be read at all: offline, a folder that is gone, or PikPak's error with its action. */
export function LoadFailed({ kind, online, onRetry, onMyDrive, homeName }: LoadFailedProps) {
  if (!online || kind === 'network') {
    return (
      <EmptyState
        icon={WifiOff}
        title={t('filesOfflineTitle')}
        actions={
          <Button size="sm" onClick={onRetry}>
            {t('filesRetry')}
          </Button>
        }
      >
        {t('filesOfflineText')}
      </EmptyState>
    );
  }
  if (kind === 'not-found') {
    // The root folder chosen in Options is gone, or any other folder is.
    const home = homeName !== undefined;
    return (
      <EmptyState
        icon={FolderX}
        title={t(home ? 'rootFolderMissingTitle' : 'filesNotFoundTitle')}
        actions={
          <Button size="sm" variant="primary" onClick={onMyDrive}>
            {t(home ? 'rootFolderOpenMyDrive' : 'filesGoToMyDrive')}
          </Button>
        }
      >
        {home ? t('rootFolderMissingText', homeName) : t('filesNotFoundText')}
      </EmptyState>
    );
  }
  return (
    <div class="files-state">
      <h2 class="files-state__title">{t('filesLoadFailedTitle')}</h2>
      <ErrorNotice kind={kind} onRetry={onRetry} />
    </div>
  );
}
