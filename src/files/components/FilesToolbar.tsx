import { ArrowLeft, ArrowRight, ArrowUp, LayoutGrid, List, RotateCw } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import { IconButton } from '../../ui/components/IconButton.tsx';
import { Breadcrumbs } from './Breadcrumbs.tsx';

export type FilesToolbarProps = {
  /** Everything is inert until there is a drive to browse. */
  disabled: boolean;
};

/** History and folder navigation, the path, and the view switch. Wired to the route and store later. */
export function FilesToolbar({ disabled }: FilesToolbarProps) {
  return (
    <div class="files-toolbar">
      <div class="files-toolbar__group" role="group" aria-label={t('filesNavigationLabel')}>
        <IconButton icon={ArrowLeft} label={t('filesBack')} disabled />
        <IconButton icon={ArrowRight} label={t('filesForward')} disabled />
        <IconButton icon={ArrowUp} label={t('filesUp')} disabled />
        <IconButton icon={RotateCw} label={t('filesReload')} disabled={disabled} />
      </div>
      <Breadcrumbs path={[{ id: '', name: t('driveRoot') }]} />
      <div class="files-toolbar__group files-toolbar__group--end" role="group" aria-label={t('filesViewLabel')}>
        <IconButton icon={List} label={t('filesViewList')} pressed disabled={disabled} />
        <IconButton icon={LayoutGrid} label={t('filesViewGrid')} pressed={false} disabled={disabled} />
      </div>
    </div>
  );
}
