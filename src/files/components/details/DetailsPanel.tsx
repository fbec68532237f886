import { Info, X } from 'lucide-preact';
import type { DriveItem } from '../../../shared/domain.ts';
import { t } from '../../../shared/i18n.ts';
import { IconButton } from '../../../ui/components/IconButton.tsx';
import { formatBytes } from '../../../ui/format-bytes.ts';
import { formatCount } from '../../format.ts';
import type { FolderPath } from '../../stores/path-store.ts';
import { selectedSize } from '../../model/selection.ts';
import { exactBytes, ItemDetails } from './ItemDetails.tsx';

export type DetailsPanelProps = {
  /** The selected items (the focused one when nothing is selected). */
  items: readonly DriveItem[];
  pathOf: (folderId: string) => Promise<FolderPath>;
  onClose: () => void;
  locale: string | undefined;
  /** The places before the path in "Where" (My Drive by default; Shares › the share in a share). */
  whereRoot?: readonly string[];
  /** The item's page on mypikpak.com (its folder in the drive by default). */
  webUrlOf?: (item: DriveItem) => string;
};

/** The side panel: one item's details, or for several their count and total size. */
export function DetailsPanel({ items, pathOf, onClose, locale, whereRoot, webUrlOf }: DetailsPanelProps) {
  const [only] = items;
  return (
    <aside class="files-details" aria-label={t('filesDetailsToggle')}>
      <div class="files-details__bar">
        <h2 class="files-details__title">{t('filesDetailsToggle')}</h2>
        <IconButton icon={X} label={t('filesDetailsClose')} size="sm" onClick={onClose} />
      </div>
      <div class="files-details__body">
        {only === undefined && (
          <p class="files-details__none">
            <Info class="files-details__none-icon" aria-hidden="true" />
            {t('filesDetailsNone')}
          </p>
        )}
        {only !== undefined && items.length === 1 && (
          <ItemDetails
            item={only}
            pathOf={pathOf}
            locale={locale}
            {...(whereRoot === undefined ? {} : { whereRoot })}
            {...(webUrlOf === undefined ? {} : { webUrlOf })}
          />
        )}
        {items.length > 1 && <Several items={items} locale={locale} />}
      </div>
    </aside>
  );
}

function Several({ items, locale }: { items: readonly DriveItem[]; locale: string | undefined }) {
  const folders = items.filter((item) => item.kind === 'folder').length;
  const bytes = selectedSize(items);
  return (
    <>
      <h3 class="files-details__name">{t('filesDetailsSelected', formatCount(items.length, locale))}</h3>
      <p class="files-details__summary">
        {t('filesDetailsContains', [formatCount(folders, locale), formatCount(items.length - folders, locale)])}
      </p>
      {bytes !== undefined && (
        <dl class="files-details__fields">
          <div class="files-details__field">
            <dt>{t('filesDetailsTotalSize')}</dt>
            <dd>
              <span class="files-details__value">
                {formatBytes(bytes, locale)}
                <span class="files-details__exact">
                  {t('filesDetailsBytes', exactBytes({ bytes, exact: String(bytes) }, locale))}
                </span>
              </span>
            </dd>
          </div>
        </dl>
      )}
    </>
  );
}
