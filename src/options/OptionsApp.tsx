import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { AccountStore } from '../ui/account-store.ts';
import type { AccountActions } from '../ui/browser-account.ts';
import type { DestinationStore } from '../ui/destination-store.ts';
import type { FolderActions } from '../ui/folder-actions.ts';
import type { SessionQuestionStore } from '../ui/session-question-store.ts';
import { AppHeader } from '../ui/components/AppHeader.tsx';
import { AboutSection } from './components/AboutSection.tsx';
import { AccountSection } from './components/AccountSection.tsx';
import { Aria2Section } from './components/Aria2Section.tsx';
import { BackupSection } from './components/BackupSection.tsx';
import { DiagnosticsSection } from './components/DiagnosticsSection.tsx';
import { DownloadsSection } from './components/DownloadsSection.tsx';
import { NotificationsSection } from './components/NotificationsSection.tsx';
import { OptionsNav } from './components/OptionsNav.tsx';
import { ShortcutSection } from './components/ShortcutSection.tsx';
import type { SignInMethod } from './components/SignInMethods.tsx';
import type { DiagnosticsStore } from './diagnostics-store.ts';
import { OPTIONS_SECTION_IDS, OPTIONS_SECTIONS } from './sections.ts';
import { useCurrentSection } from './use-current-section.ts';

export type OptionsAppProps = {
  account: AccountStore;
  actions: AccountActions;
  /** A question about the session that waits for the user. */
  questions?: Pick<SessionQuestionStore, 'question' | 'answer'> | undefined;
  /** The sign-in form to open first, from the `#account-token` / `#account-password` links. */
  initialMethod?: SignInMethod | undefined;
  diagnostics: DiagnosticsStore;
  destinations: DestinationStore;
  folders: FolderActions;
  version: string;
  locale?: string | undefined;
  /** Diagnostics › Copy report: puts the report on the clipboard. */
  onCopyReport?: (() => Promise<void>) | undefined;
};

/** The options page: a side navigation and every section on one scrolling page, addressable by fragment. */
export function OptionsApp({
  account,
  actions,
  questions,
  initialMethod,
  diagnostics,
  destinations,
  folders,
  version,
  locale,
  onCopyReport,
}: OptionsAppProps) {
  // An import may change the aria2 address: the section then shows the stored fields again.
  const [aria2Generation, setAria2Generation] = useState(0);
  const current = useCurrentSection(OPTIONS_SECTION_IDS);
  useEffect(() => diagnostics.start(), [diagnostics]);
  useEffect(() => destinations.start(), [destinations]);

  return (
    <>
      <AppHeader title={t('extName')} context={t('optionsTitle')} />
      <div class="options-layout">
        <OptionsNav sections={OPTIONS_SECTIONS} current={current} />
        <main class="options-content">
          <AccountSection
            account={account.account.value}
            error={account.error.value}
            onRetry={() => void account.refresh()}
            actions={actions}
            question={questions?.question.value ?? null}
            onAnswer={questions?.answer}
            initialMethod={initialMethod}
            locale={locale}
          />
          <DownloadsSection
            destination={destinations.defaultDestination.value}
            onChange={destinations.setDefault}
            folders={folders}
          />
          <Aria2Section key={aria2Generation} />
          <NotificationsSection />
          <ShortcutSection />
          <BackupSection onApplied={() => setAria2Generation((generation) => generation + 1)} />
          <DiagnosticsSection
            lastCheck={diagnostics.lastCheck.value}
            state={diagnostics.state.value}
            onCheck={() => void diagnostics.check()}
            errors={diagnostics.errors.value}
            clearState={diagnostics.clearState.value}
            onClearErrors={() => void diagnostics.clearErrors()}
            locale={locale}
            onCopyReport={onCopyReport}
          />
          <AboutSection version={version} />
        </main>
      </div>
    </>
  );
}
