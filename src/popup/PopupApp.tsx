import { FolderOpen, Settings } from 'lucide-preact';
import { t } from '../shared/i18n.ts';
import type { AccountStore } from '../ui/account-store.ts';
import type { AccountActions } from '../ui/browser-account.ts';
import { AppHeader } from '../ui/components/AppHeader.tsx';
import { IconButton } from '../ui/components/IconButton.tsx';
import { SignInPanel } from '../ui/components/SignInPanel.tsx';
import { useAccountActions } from '../ui/use-account-actions.ts';
import { openFileBrowser, openOptions } from '../ui/open-page.ts';
import { AccountStrip } from './components/AccountStrip.tsx';
import { TasksPanel } from './components/TasksPanel.tsx';

export type PopupAppProps = {
  store: AccountStore;
  actions: Pick<AccountActions, 'useWebSession'>;
  locale?: string | undefined;
};

/** Opens another extension page, then closes the popup (Chrome closes it by itself; Firefox may not). */
function thenClose(open: () => Promise<void>): () => void {
  return () => {
    open().then(
      () => window.close(),
      (error: unknown) => console.error('Could not open the page', error),
    );
  };
}

/** The toolbar popup: header, account strip, then the sign-in choices or the task monitor. */
export function PopupApp({ store, actions, locale }: PopupAppProps) {
  const account = store.account.value;
  const { actionError, resumeWebSession, retry } = useAccountActions(store, actions);
  return (
    <div class="popup">
      <AppHeader title={t('extName')} compact>
        <IconButton icon={FolderOpen} label={t('actionOpenFiles')} onClick={thenClose(openFileBrowser)} />
        <IconButton icon={Settings} label={t('actionOpenSettings')} onClick={thenClose(() => openOptions())} />
      </AppHeader>
      <AccountStrip account={account} error={actionError ?? store.error.value} onRetry={retry} locale={locale} />
      <main class="popup__main">
        {account.status === 'signed-out' ? (
          <SignInPanel
            compact
            webSessionPaused={account.webSessionPaused === true}
            onUseWebSession={resumeWebSession}
            onPasteToken={thenClose(() => openOptions('account-token'))}
            onPasswordSignIn={thenClose(() => openOptions('account-password'))}
          />
        ) : (
          <TasksPanel loading={account.status === 'checking'} />
        )}
      </main>
    </div>
  );
}
