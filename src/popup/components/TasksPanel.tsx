import { CloudDownload, RotateCw } from 'lucide-preact';
import { useState } from 'preact/hooks';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import type { QueueEntry } from '../../shared/send-queue.ts';
import { Button } from '../../ui/components/Button.tsx';
import { EmptyState } from '../../ui/components/EmptyState.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SkeletonRows } from '../../ui/components/SkeletonRows.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';
import type { SendActions } from '../send-actions.ts';
import { SendQueueList, visibleEntries } from './SendQueueList.tsx';

export type TasksPanelProps = {
  /** The section's heading; default "Tasks". */
  title?: string;
  /** Shows placeholder rows until the first snapshot arrives. */
  loading: boolean;
  /** The send queue's entries; `undefined` until storage answered. */
  entries: readonly QueueEntry[] | undefined;
  actions?: Pick<SendActions, 'retry' | 'retryAllFailed' | 'dismiss'>;
  /** The clock that decides which sent entries are still shown (tests pass their own). */
  now?: number;
};

/** The popup's task area. For now the send queue; PikPak's own task list comes with the task monitor. */
export function TasksPanel({ title = t('tasksTitle'), loading, entries, actions, now = Date.now() }: TasksPanelProps) {
  const [error, setError] = useState<ErrorKind | null>(null);
  const shown = entries === undefined ? [] : visibleEntries(entries, now);
  const failed = shown.filter((entry) => entry.state === 'failed').length;

  const run = (action: () => Promise<void>) => {
    setError(null);
    action().catch((caught: unknown) => setError(errorKindOf(caught)));
  };

  return (
    <Section
      id="tasks"
      title={title}
      actions={
        actions !== undefined && failed >= 2 ? (
          <Button variant="ghost" size="sm" icon={RotateCw} onClick={() => run(() => actions.retryAllFailed())}>
            {t('queueRetryAllFailed')}
          </Button>
        ) : undefined
      }
    >
      {error !== null && <ErrorNotice kind={error} />}
      {loading || entries === undefined ? (
        <SkeletonRows variant="task" rows={3} label={t('tasksLoading')} />
      ) : shown.length === 0 ? (
        <EmptyState icon={CloudDownload} title={t('tasksEmptyTitle')} headingLevel={3} compact>
          {t('tasksEmptyText')}
        </EmptyState>
      ) : (
        <SendQueueList
          entries={shown}
          onRetry={(id) => actions && run(() => actions.retry(id))}
          onDismiss={(id) => actions && run(() => actions.dismiss(id))}
        />
      )}
    </Section>
  );
}
