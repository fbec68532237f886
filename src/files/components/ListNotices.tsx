import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { Notice } from '../../ui/components/Notice.tsx';
import type { Listing } from '../stores/listing-store.ts';

export type ListNoticesProps = {
  listing: Listing | undefined;
  online: boolean;
  onRetry: () => void;
};

/** Problems above rows that are still shown: offline, pages missing, or a list that could not be read again. */
export function ListNotices({ listing, online, onRetry }: ListNoticesProps) {
  if (listing === undefined || listing.items.length === 0) return null;
  const retry = (
    <Button size="sm" variant="ghost" onClick={onRetry}>
      {t('filesRetry')}
    </Button>
  );
  let text: string | undefined;
  if (!online) text = t('filesOfflineTitle');
  else if (listing.status === 'failed') text = t('filesPartialError');
  else if (listing.error !== undefined) text = t('filesRefreshError');
  if (text === undefined) return null;
  return (
    <div class="files-browser__notice">
      <Notice tone="warning" title={text} action={retry} />
    </div>
  );
}
