import type { ReadonlySignal } from '@preact/signals';
import { FolderOpen, Settings } from 'lucide-preact';
import { t } from '../shared/i18n.ts';
import { AppHeader } from '../ui/components/AppHeader.tsx';
import { IconButton } from '../ui/components/IconButton.tsx';
import { SignInPanel } from '../ui/components/SignInPanel.tsx';
import { openFileBrowser, openOptions } from '../ui/open-page.ts';
import type { SessionState } from '../ui/session-state.ts';
import { AccountStrip } from './components/AccountStrip.tsx';
import { TasksPanel } from './components/TasksPanel.tsx';

export type PopupAppProps = {
  session: ReadonlySignal<SessionState>;
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
export function PopupApp({ session }: PopupAppProps) {
  const state = session.value;
  return (
    <div class="popup">
      <AppHeader title={t('extName')} compact>
        <IconButton icon={FolderOpen} label={t('actionOpenFiles')} onClick={thenClose(openFileBrowser)} />
        <IconButton icon={Settings} label={t('actionOpenSettings')} onClick={thenClose(() => openOptions())} />
      </AppHeader>
      <AccountStrip session={state} />
      <main class="popup__main">
        {state.status === 'signed-out' ? (
          <SignInPanel
            compact
            onPasteToken={thenClose(() => openOptions('account'))}
            onPasswordSignIn={thenClose(() => openOptions('account'))}
          />
        ) : (
          <TasksPanel loading={state.status === 'checking'} />
        )}
      </main>
    </div>
  );
}
