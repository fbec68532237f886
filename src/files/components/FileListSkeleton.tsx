import { t } from '../../shared/i18n.ts';
import { SkeletonRows } from '../../ui/components/SkeletonRows.tsx';

/** The file list's loading state: its column header over placeholder rows, so nothing jumps when it fills. */
export function FileListSkeleton() {
  return (
    <div class="files-list">
      <div class="files-list__header" aria-hidden="true">
        <span class="files-list__col files-list__col--name">{t('filesColumnName')}</span>
        <span class="files-list__col files-list__col--size">{t('filesColumnSize')}</span>
        <span class="files-list__col files-list__col--modified">{t('filesColumnModified')}</span>
      </div>
      <SkeletonRows label={t('filesLoading')} rows={10} />
    </div>
  );
}
