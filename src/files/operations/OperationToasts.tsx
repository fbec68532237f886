import { CircleAlert, CircleCheck, LoaderCircle, X } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { IconButton } from '../../ui/components/IconButton.tsx';
import { focusList } from './focus.ts';
import { operationText, reasonText } from './operation-text.ts';
import type { OperationEntry, OperationRunner } from './runner.ts';

const ICONS = { running: LoaderCircle, done: CircleCheck, failed: CircleAlert } as const;

/** One operation's message: what is happening or happened, with Undo, Retry and Dismiss as they apply. */
/** Failures Retry cannot cure: the user's own share is never saved. */
const FINAL_FAILURES: ReadonlySet<string> = new Set(['own-share']);

type ToastProps = {
  entry: OperationEntry;
  runner: OperationRunner;
  onOpen?: ((entry: OperationEntry) => void) | undefined;
};

function Toast({ entry, runner, onOpen }: ToastProps) {
  const { operation, state, error } = entry;
  const text = operationText(operation, state);
  const Icon = ICONS[state];
  // The button pressed goes away with the message it was on: the list takes the focus back.
  const then = (action: () => unknown) => () => {
    action();
    focusList();
  };
  return (
    <li class={`files-toast files-toast--${state}`}>
      <Icon class={`files-toast__icon${state === 'running' ? ' ui-spin' : ''}`} aria-hidden="true" />
      <div class="files-toast__text">
        <p class="files-toast__title">{text}</p>
        {error !== undefined && <p class="files-toast__reason">{reasonText(error)}</p>}
      </div>
      <div class="files-toast__actions">
        {onOpen !== undefined && state === 'done' && operation.kind === 'save' && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              runner.dismiss(entry.id);
              onOpen(entry);
            }}
          >
            {t('filesActionOpen')}
          </Button>
        )}
        {entry.undo !== undefined && (
          <Button variant="ghost" size="sm" onClick={then(() => runner.undo(entry.id))}>
            {t('filesOpsUndo')}
          </Button>
        )}
        {state === 'failed' && !FINAL_FAILURES.has(error ?? '') && (
          <Button variant="ghost" size="sm" onClick={then(() => runner.retry(entry.id))}>
            {t('filesOpsRetry')}
          </Button>
        )}
        {state !== 'running' && (
          <IconButton icon={X} size="sm" label={t('filesOpsDismiss')} onClick={then(() => runner.dismiss(entry.id))} />
        )}
      </div>
      {/* PikPak reports no progress for its tasks: an indeterminate bar, named with the count. */}
      {state === 'running' && <div class="files-toast__progress" role="progressbar" aria-label={text} />}
    </li>
  );
}

/**
 * The operations' messages at the bottom of the list, and the live regions that say them: progress and results
 * politely, failures at once. Done messages stay while the pointer or the focus is on them.
 */
export function OperationToasts({ runner, onOpen }: Omit<ToastProps, 'entry'>) {
  const entries = runner.entries.value;
  const said = runner.announcement.value;
  const hold = (on: boolean) => () => runner.hold(on);
  return (
    <>
      <section
        class="files-toasts"
        aria-label={t('filesOpsRegion')}
        onMouseEnter={hold(true)}
        onMouseLeave={hold(false)}
        onFocusIn={hold(true)}
        onFocusOut={hold(false)}
      >
        {entries.length > 0 && (
          <ul class="files-toasts__list">
            {entries.map((entry) => (
              <Toast key={entry.id} entry={entry} runner={runner} onOpen={onOpen} />
            ))}
          </ul>
        )}
      </section>
      {/* A new element per sentence, so a sentence said twice is said again. */}
      <div class="visually-hidden" role="status">
        {!said.urgent && said.text !== '' && <span key={said.seq}>{said.text}</span>}
      </div>
      <div class="visually-hidden" role="alert">
        {said.urgent && <span key={said.seq}>{said.text}</span>}
      </div>
    </>
  );
}
