import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../ui/styles/base.css';
import './options.css';
import { recentErrors } from '../shared/diagnostics.ts';
import { request } from '../shared/messages.ts';
import { lastConnectionCheck } from '../shared/diagnostics.ts';
import { browserAccountActions, createBrowserAccountStore } from '../ui/browser-account.ts';
import { itemSource } from '../ui/stored-signal.ts';
import { createBrowserDestinationStore } from '../ui/destination-store.ts';
import { browserFolderActions } from '../ui/folder-actions.ts';
import { pageLocale } from '../ui/format-bytes.ts';
import { setUpPage } from '../ui/page-setup.ts';
import { createBrowserSessionQuestionStore } from '../ui/session-question-store.ts';
import { createDiagnosticsStore } from './diagnostics-store.ts';
import { gatherDiagnosticsReport } from './diagnostics-report.ts';
import { OptionsApp } from './OptionsApp.tsx';
import { takeSignInMethodFromHash } from './sign-in-link.ts';

setUpPage('optionsTitle');
const initialMethod = takeSignInMethodFromHash();
const account = createBrowserAccountStore();
account.start();
const questions = createBrowserSessionQuestionStore(account);
questions.start();
const diagnostics = createDiagnosticsStore({
  checkConnection: () => request('diagnostics.checkConnection', undefined),
  loadLastCheck: () => lastConnectionCheck.get(),
  errors: itemSource(recentErrors),
  clearErrors: () => request('diagnostics.clearErrors', undefined),
});
const destinations = createBrowserDestinationStore();

render(
  <OptionsApp
    account={account}
    actions={browserAccountActions(account)}
    questions={questions}
    initialMethod={initialMethod}
    diagnostics={diagnostics}
    destinations={destinations}
    folders={browserFolderActions}
    version={browser.runtime.getManifest().version}
    locale={pageLocale()}
    onCopyReport={async () => {
      const report = await gatherDiagnosticsReport(browser.runtime.getManifest().version, navigator);
      await navigator.clipboard.writeText(report);
    }}
  />,
  document.getElementById('app')!,
);
