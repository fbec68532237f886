import { HardDrive, Share2, Star, Trash2, type LucideIcon } from 'lucide-preact';
import type { Quota } from '../../shared/account.ts';
import { MY_DRIVE } from '../../shared/drive-view.ts';
import { t } from '../../shared/i18n.ts';
import { QuotaMeter } from '../../ui/components/QuotaMeter.tsx';
import { hashForView, SHARES, type FilesView } from '../model/route.ts';

export type SidebarProps = {
  view: FilesView;
  onNavigate: (view: FilesView) => void;
  /** The account's storage, when PikPak reported it. */
  quota: Quota | undefined;
  locale: string | undefined;
};

interface Place {
  view: FilesView;
  label: string;
  icon: LucideIcon;
}

/** Where a view's link points: its hash, or the page itself for My Drive (so "open in new tab" works too). */
export const hrefForView = (view: FilesView) => hashForView(view) || './index.html';

/** The place a view is in: a share is in Shares, as a folder is in My Drive. */
const placeOf = (view: FilesView): FilesView['kind'] => (view.kind === 'share' ? 'shares' : view.kind);

/** The places of the drive (My Drive, Starred, Trash, Shares) and the storage used. */
export function Sidebar({ view, onNavigate, quota, locale }: SidebarProps) {
  const places: Place[] = [
    { view: MY_DRIVE, label: t('driveRoot'), icon: HardDrive },
    { view: { kind: 'starred' }, label: t('filesStarred'), icon: Star },
    { view: { kind: 'trash' }, label: t('filesTrash'), icon: Trash2 },
    { view: SHARES, label: t('sharesPlace'), icon: Share2 },
  ];
  return (
    <aside class="files-sidebar">
      <nav aria-label={t('filesSidebarLabel')}>
        <ul class="files-sidebar__places">
          {places.map(({ view: place, label, icon: Icon }) => {
            // My Drive is where every folder is: it stays marked inside them, and is the page at its root; Shares
            // stays marked inside a share.
            const here = place.kind === placeOf(view);
            const exact = here && place.kind === view.kind && (view.kind !== 'folder' || view.id === '');
            return (
              <li key={place.kind}>
                <a
                  class={`files-sidebar__place${here ? ' files-sidebar__place--here' : ''}`}
                  href={hrefForView(place)}
                  aria-current={exact ? 'page' : here ? 'true' : undefined}
                  title={label}
                  onClick={(event) => {
                    event.preventDefault();
                    onNavigate(place);
                  }}
                >
                  <Icon class="files-sidebar__icon" aria-hidden="true" />
                  <span class="files-sidebar__label">{label}</span>
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {quota !== undefined && (
        <section class="files-sidebar__storage" aria-label={t('accountStorageTitle')}>
          <h2 class="files-sidebar__heading">{t('accountStorageTitle')}</h2>
          <QuotaMeter quota={quota} locale={locale} layout="bar-first" />
        </section>
      )}
    </aside>
  );
}
