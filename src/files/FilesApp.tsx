import type { ReadonlySignal } from '@preact/signals';
import { FolderOpen, Settings } from 'lucide-preact';
import { t } from '../shared/i18n.ts';
import { AppHeader } from '../ui/components/AppHeader.tsx';
import { EmptyState } from '../ui/components/EmptyState.tsx';
import { IconButton } from '../ui/components/IconButton.tsx';
import { SearchField } from '../ui/components/SearchField.tsx';
import { SignInPanel } from '../ui/components/SignInPanel.tsx';
import { openOptions } from '../ui/open-page.ts';
import type { SessionState } from '../ui/session-state.ts';
import { AccountChip } from './components/AccountChip.tsx';
import { FileListSkeleton } from './components/FileListSkeleton.tsx';
import { FilesToolbar } from './components/FilesToolbar.tsx';

export type FilesAppProps = {
  session: ReadonlySignal<SessionState>;
};

/** Opens the options page (at a section) without leaving a promise unhandled. */
function showOptions(section?: string): () => void {
  return () => {
    openOptions(section).catch((error: unknown) => console.error('Could not open the options page', error));
  };
}

/** The file-browser tab: header with search and account, a toolbar, then the folder's content. */
export function FilesApp({ session }: FilesAppProps) {
  const state = session.value;
  const signedIn = state.status === 'signed-in';
  const openAccount = showOptions('account');
  return (
    <div class="files">
      <AppHeader
        title={t('extName')}
        context={t('filesTitle')}
        center={<SearchField label={t('filesSearchLabel')} placeholder={t('filesSearchPlaceholder')} disabled={!signedIn} />}
      >
        <AccountChip session={state} onSignIn={openAccount} />
        <IconButton icon={Settings} label={t('actionOpenSettings')} onClick={showOptions()} />
      </AppHeader>
      <main class="files__main">
        <FilesToolbar disabled={!signedIn} />
        <div class="files__content">
          {state.status === 'signed-out' && (
            <div class="files__signed-out">
              <SignInPanel text={t('filesSignInText')} onPasteToken={openAccount} onPasswordSignIn={openAccount} />
            </div>
          )}
          {state.status === 'checking' && <FileListSkeleton />}
          {signedIn && (
            <EmptyState icon={FolderOpen} title={t('filesEmptyTitle')}>
              {t('filesEmptyText')}
            </EmptyState>
          )}
        </div>
      </main>
    </div>
  );
}
