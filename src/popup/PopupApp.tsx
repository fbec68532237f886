import { FolderOpen, Settings } from 'lucide-preact';
import { t } from '../shared/i18n.ts';
import type { ReadonlySignal } from '@preact/signals';
import type { QueueEntry } from '../shared/send-queue.ts';
import type { TaskSnapshot } from '../shared/task-snapshot.ts';
import type { AccountStore } from '../ui/account-store.ts';
import type { AccountActions } from '../ui/browser-account.ts';
import type { DestinationStore } from '../ui/destination-store.ts';
import type { FolderActions } from '../ui/folder-actions.ts';
import { AppHeader } from '../ui/components/AppHeader.tsx';
import { IconButton } from '../ui/components/IconButton.tsx';
import { LazySessionQuestionPanel } from '../ui/components/LazySessionQuestionPanel.tsx';
import type { SessionQuestionStore } from '../ui/session-question-store.ts';
import { useAccountActions } from '../ui/use-account-actions.ts';
import { openFileBrowser, openOptions } from '../ui/open-page.ts';
import { AccountStrip } from './components/AccountStrip.tsx';
import { QuickAdd } from './components/QuickAdd.tsx';
import { TaskMonitor } from './components/TaskMonitor.tsx';
import { visibleEntries } from './components/visible-entries.ts';
import { lazyComponent } from '../ui/lazy-component.tsx';
import type { SendActions } from './send-actions.ts';
import type { TaskActions } from './task-actions.ts';

export type PopupAppProps = {
  store: AccountStore;
  actions: Pick<AccountActions, 'useWebSession'>;
  /** A question about the session that waits for the user (switch account? the web app signed out). */
  questions?: Pick<SessionQuestionStore, 'question' | 'answer'> | undefined;
  /** The send queue's entries (`undefined` until storage answered). */
  queue: ReadonlySignal<QueueEntry[] | undefined>;
  send: SendActions;
  /** Where quick add saves: the default destination and recent folders. */
  destinations?: Pick<DestinationStore, 'defaultDestination' | 'recentFolders' | 'pageRule'> | undefined;
  folders?: FolderActions | undefined;
  /** The task monitor's snapshot (`undefined` until storage answered). */
  tasks: ReadonlySignal<TaskSnapshot | null | undefined>;
  taskActions: TaskActions;
  /** After the task list first painted (the popup's performance mark). */
  onTasksPainted?: () => void;
  locale?: string | undefined;
};

/**
 * The send queue's panel, loaded when the queue has something to show (most opens it has not), so the popup's
 * load carries neither the list nor its state icons.
 */
const QueuePanel = lazyComponent(
  () => import('./components/TasksPanel.tsx').then((module) => module.TasksPanel),
  'the send queue',
);

/**
 * The ways to sign in, loaded when the popup is signed out: once signed in (the popup's usual state, and the one it
 * paints from its cache) it never shows them.
 */
const SignInPanel = lazyComponent(
  () => import('../ui/components/SignInPanel.tsx').then((module) => module.SignInPanel),
  'the sign-in choices',
);

/** Opens another extension page, then closes the popup (Chrome closes it by itself; Firefox may not). */
function thenClose(open: () => Promise<void>): () => void {
  return () => {
    open().then(
      () => window.close(),
      (error: unknown) => console.error('Could not open the page', error),
    );
  };
}

/** The toolbar popup: header, account strip, then the sign-in choices, or quick add and the send queue. */
export function PopupApp({
  store,
  actions,
  questions,
  queue,
  send,
  destinations,
  folders,
  tasks,
  taskActions,
  onTasksPainted,
  locale,
}: PopupAppProps) {
  const account = store.account.value;
  const { actionError, resumeWebSession, retry } = useAccountActions(store, actions);
  const question = questions?.question.value ?? null;
  return (
    <div class="popup">
      <AppHeader title={t('extName')} compact>
        <IconButton icon={FolderOpen} label={t('actionOpenFiles')} onClick={thenClose(openFileBrowser)} />
        <IconButton icon={Settings} label={t('actionOpenSettings')} onClick={thenClose(() => openOptions())} />
      </AppHeader>
      <AccountStrip account={account} error={actionError ?? store.error.value} onRetry={retry} locale={locale} />
      <main class="popup__main">
        {question !== null && questions && (
          <LazySessionQuestionPanel compact question={question} onAnswer={questions.answer} />
        )}
        {account.status === 'signed-out' ? (
          // The paused session's question is the way forward; the ways in come back once it is answered.
          question?.kind !== 'web-signed-out' && (
            <SignInPanel
              compact
              webSessionPaused={account.webSessionPaused === true}
              onUseWebSession={resumeWebSession}
              onPasteToken={thenClose(() => openOptions('account-token'))}
              onPasswordSignIn={thenClose(() => openOptions('account-password'))}
            />
          )
        ) : (
          <>
            <QuickAdd
              enqueue={send.enqueue}
              defaultDestination={destinations?.defaultDestination.value}
              recentFolders={destinations?.recentFolders.value}
              rule={destinations?.pageRule.value}
              folders={folders}
            />
            {/* Links on their way to PikPak; once sent they are PikPak's tasks, listed under Downloads. */}
            {queue.value !== undefined && visibleEntries(queue.value, Date.now()).length > 0 && (
              <QueuePanel title={t('queueTitle')} loading={false} entries={queue.value} actions={send} />
            )}
            {account.status === 'signed-in' && (
              <TaskMonitor
                snapshot={tasks.value}
                sub={account.sub}
                actions={taskActions}
                locale={locale}
                onPainted={onTasksPainted}
              />
            )}
          </>
        )}
      </main>
    </div>
  );
}
