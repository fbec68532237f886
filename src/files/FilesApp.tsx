import { Settings, Share2 } from 'lucide-preact';
import { t } from '../shared/i18n.ts';
import type { AccountStore } from '../ui/account-store.ts';
import { accountProblem } from '../ui/account-text.ts';
import type { AccountActions } from '../ui/browser-account.ts';
import { AppHeader } from '../ui/components/AppHeader.tsx';
import { ErrorNotice } from '../ui/components/ErrorNotice.tsx';
import { IconButton } from '../ui/components/IconButton.tsx';
import { LinkButton } from '../ui/components/LinkButton.tsx';
import { SearchField } from '../ui/components/SearchField.tsx';
import { SignInPanel } from '../ui/components/SignInPanel.tsx';
import { useAccountActions } from '../ui/use-account-actions.ts';
import { openOptions } from '../ui/open-page.ts';
import { NO_COMMANDS, type FileCommands } from './commands.ts';
import { AccountChip } from './components/AccountChip.tsx';
import { Breadcrumbs } from './components/Breadcrumbs.tsx';
import { DriveBrowser } from './components/DriveBrowser.tsx';
import { viewName } from './components/ViewLocation.tsx';
import { FilesToolbar } from './components/FilesToolbar.tsx';
import { ListSkeleton } from './components/ListStates.tsx';
import type { FilesPage } from './files-page.ts';
import { hashForView, isSharesView, SHARES } from './model/route.ts';

export type FilesAppProps = {
  store: AccountStore;
  actions: Pick<AccountActions, 'useWebSession'>;
  page: FilesPage;
  /** The file operations (src/files/commands.ts); none by default. */
  commands?: FileCommands;
  locale?: string | undefined;
};

const noop = () => undefined;

/** Opens the options page (at a section) without leaving a promise unhandled. */
function showOptions(section?: string): () => void {
  return () => {
    openOptions(section).catch((error: unknown) => console.error('Could not open the options page', error));
  };
}

/** The file-browser tab: header with the name filter and the account, then the drive (or how to sign in). */
export function FilesApp({ store, actions, page, commands = NO_COMMANDS, locale }: FilesAppProps) {
  const account = store.account.value;
  const signedIn = account.status === 'signed-in';
  const { actionError, resumeWebSession, retry } = useAccountActions(store, actions);
  const problem = accountProblem(account, actionError ?? store.error.value);
  const view = page.navigation.view.value;
  const name = viewName(view, page);
  // Shares are read without an account: signed out, the Shares place and shares are browsed as signed in.
  const browsing = signedIn || (account.status === 'signed-out' && isSharesView(view));
  return (
    <div class="files">
      <AppHeader
        title={t('extName')}
        context={t('filesTitle')}
        center={
          // The Shares place lists no items (its recent shares have their own search).
          view.kind === 'shares' ? undefined : (
            <SearchField
              label={t('filesSearchLabel')}
              placeholder={name === undefined ? t('filesSearchLabel') : t('filesSearchPlaceholder', name)}
              value={page.query.value}
              disabled={!browsing}
              onInput={(query) => (page.query.value = query)}
            />
          )
        }
      >
        <AccountChip account={account} onSignIn={showOptions('account')} onOpenAccount={showOptions('account')} />
        <IconButton icon={Settings} label={t('actionOpenSettings')} onClick={showOptions()} />
      </AppHeader>
      {problem !== undefined && (
        <div class={`files__notice${browsing ? '' : ' files__notice--narrow'}`}>
          <ErrorNotice kind={problem.kind} tone={problem.tone} onRetry={retry} />
        </div>
      )}
      {browsing && (
        <DriveBrowser
          page={page}
          commands={commands}
          quota={account.status === 'signed-in' ? account.quota : undefined}
          locale={locale}
        />
      )}
      {!browsing && (
        <main class="files__waiting">
          <FilesToolbar
            disabled
            canGoBack={false}
            canGoForward={false}
            canGoUp={false}
            onBack={noop}
            onForward={noop}
            onUp={noop}
            onReload={noop}
            reloading={false}
            location={<Breadcrumbs path={[]} hrefFor={() => './index.html'} onNavigate={noop} />}
            prefs={page.prefs.prefs.value}
            onPrefs={noop}
          />
          {account.status === 'checking' ? (
            <div class="files-browser__content">
              <ListSkeleton layout={page.prefs.prefs.value.layout} />
            </div>
          ) : (
            <div class="files__signed-out">
              <SignInPanel
                text={t('filesSignInText')}
                webSessionPaused={account.webSessionPaused === true}
                onUseWebSession={resumeWebSession}
                onPasteToken={showOptions('account-token')}
                onPasswordSignIn={showOptions('account-password')}
              />
              {/* Shares are read without an account: the way there when the drive is out of reach. */}
              <p class="files__without-account">
                <LinkButton
                  href={hashForView(SHARES)}
                  variant="ghost"
                  icon={Share2}
                  onClick={(event) => {
                    event.preventDefault();
                    page.navigation.go(SHARES);
                  }}
                >
                  {t('sharesWithoutAccount')}
                </LinkButton>
              </p>
            </div>
          )}
        </main>
      )}
      {commands.Background !== undefined && <commands.Background />}
    </div>
  );
}
