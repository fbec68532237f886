import { FolderOpen } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import { EmptyState } from '../../ui/components/EmptyState.tsx';
import { LinkButton } from '../../ui/components/LinkButton.tsx';
import { PIKPAK_WEB_URL } from '../../shared/pages.ts';

/** The signed-in content until browsing lands: the list's frame, with a designed "coming soon" inside it. */
export function DriveConnected() {
  return (
    <div class="files-list">
      <div class="files-list__header" aria-hidden="true">
        <span class="files-list__col files-list__col--name">{t('filesColumnName')}</span>
        <span class="files-list__col files-list__col--size">{t('filesColumnSize')}</span>
        <span class="files-list__col files-list__col--modified">{t('filesColumnModified')}</span>
      </div>
      <EmptyState
        icon={FolderOpen}
        title={t('filesConnectedTitle')}
        actions={
          <LinkButton href={PIKPAK_WEB_URL} external>
            {t('actionOpenWebsite')}
          </LinkButton>
        }
      >
        {t('filesConnectedText')}
      </EmptyState>
    </div>
  );
}
