import { Settings } from 'lucide-preact';
import { t } from '../shared/i18n.ts';
import type { AccountStore } from '../ui/account-store.ts';
import { accountProblem } from '../ui/account-text.ts';
import type { AccountActions } from '../ui/browser-account.ts';
import { AppHeader } from '../ui/components/AppHeader.tsx';
import { ErrorNotice } from '../ui/components/ErrorNotice.tsx';
import { IconButton } from '../ui/components/IconButton.tsx';
import { SearchField } from '../ui/components/SearchField.tsx';
import { SignInPanel } from '../ui/components/SignInPanel.tsx';
import { useAccountActions } from '../ui/use-account-actions.ts';
import { openOptions } from '../ui/open-page.ts';
import { AccountChip } from './components/AccountChip.tsx';
import { DriveConnected } from './components/DriveConnected.tsx';
import { FileListSkeleton } from './components/FileListSkeleton.tsx';
import { FilesToolbar } from './components/FilesToolbar.tsx';

export type FilesAppProps = {
  store: AccountStore;
  actions: Pick<AccountActions, 'useWebSession'>;
};

/** Opens the options page (at a section) without leaving a promise unhandled. */
function showOptions(section?: string): () => void {
  return () => {
    openOptions(section).catch((error: unknown) => console.error('Could not open the options page', error));
  };
}

/** The file-browser tab: header with search and account, a toolbar, then the folder's content. */
export function FilesApp({ store, actions }: FilesAppProps) {
  const account = store.account.value;
  const signedIn = account.status === 'signed-in';
  const { actionError, resumeWebSession, retry } = useAccountActions(store, actions);
  const problem = accountProblem(account, actionError ?? store.error.value);
  return (
    <div class="files">
      <AppHeader
        title={t('extName')}
        context={t('filesTitle')}
        // Search, reload and views work once browsing lands (the file-browser issue); until then they are off.
        center={<SearchField label={t('filesSearchLabel')} placeholder={t('filesSearchPlaceholder')} disabled />}
      >
        <AccountChip account={account} onSignIn={showOptions('account')} onOpenAccount={showOptions('account')} />
        <IconButton icon={Settings} label={t('actionOpenSettings')} onClick={showOptions()} />
      </AppHeader>
      <main class="files__main">
        <FilesToolbar disabled />
        <div class="files__content">
          {problem !== undefined && (
            <div class={`files__notice${signedIn ? '' : ' files__notice--narrow'}`}>
              <ErrorNotice kind={problem.kind} tone={problem.tone} onRetry={retry} />
            </div>
          )}
          {account.status === 'signed-out' && (
            <div class="files__signed-out">
              <SignInPanel
                text={t('filesSignInText')}
                webSessionPaused={account.webSessionPaused === true}
                onUseWebSession={resumeWebSession}
                onPasteToken={showOptions('account-token')}
                onPasswordSignIn={showOptions('account-password')}
              />
            </div>
          )}
          {account.status === 'checking' && <FileListSkeleton />}
          {signedIn && <DriveConnected />}
        </div>
      </main>
    </div>
  );
}
