import { Share2, X } from 'lucide-preact';
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { RecentShare } from '../../shared/shares.ts';
import { IconButton } from '../../ui/components/IconButton.tsx';
import { SearchField } from '../../ui/components/SearchField.tsx';
import { formatDateTime, itemCount } from '../format.ts';
import { hashForView, shareView } from '../model/route.ts';

export type RecentSharesProps = {
  recent: readonly RecentShare[];
  onOpen: (shareId: string) => void;
  onForget: (shareId: string) => void;
  locale: string | undefined;
};

/** Whether a share matches what was typed: its title or its id, ignoring case. */
const matches = (share: RecentShare, query: string) =>
  share.title.toLocaleLowerCase().includes(query) || share.shareId.toLocaleLowerCase().includes(query);

/** The shares opened lately, newest first: searchable, each opens with a click and can be removed. */
export function RecentShares({ recent, onOpen, onForget, locale }: RecentSharesProps) {
  const [query, setQuery] = useState('');
  const wanted = query.trim().toLocaleLowerCase();
  const shown = wanted === '' ? recent : recent.filter((share) => matches(share, wanted));
  return (
    <section class="files-shares__recent" aria-labelledby="files-shares-recent">
      <div class="files-shares__recent-head">
        <h2 id="files-shares-recent" class="files-shares__heading">
          {t('sharesRecentTitle')}
        </h2>
        {recent.length > 0 && (
          <SearchField
            label={t('sharesRecentSearch')}
            placeholder={t('sharesRecentSearch')}
            value={query}
            onInput={setQuery}
          />
        )}
      </div>
      {recent.length === 0 && <p class="files-shares__none">{t('sharesRecentEmpty')}</p>}
      {recent.length > 0 && shown.length === 0 && (
        <p class="files-shares__none" role="status">
          {t('sharesRecentNoMatch', query.trim())}
        </p>
      )}
      {shown.length > 0 && (
        <ul class="files-shares__list" aria-label={t('sharesRecentTitle')}>
          {shown.map((share) => (
            <li key={share.shareId} class="files-shares__item">
              <a
                class="files-shares__link"
                href={hashForView(shareView(share.shareId))}
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(share.shareId);
                }}
              >
                <Share2 class="files-shares__icon" aria-hidden="true" />
                <span class="files-shares__title">{share.title}</span>
                <span class="files-shares__meta">
                  {[
                    share.fileCount === undefined ? undefined : itemCount(share.fileCount, locale),
                    t('sharesRecentOpened', formatDateTime(share.openedAt, locale)),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </a>
              <IconButton
                icon={X}
                size="sm"
                label={t('sharesRecentRemove', share.title)}
                onClick={() => onForget(share.shareId)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
