import { CloudDownload, RefreshCw, RotateCw } from 'lucide-preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OfflineTask } from '../../shared/domain.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import type { TaskSnapshot } from '../../shared/task-snapshot.ts';
import { Button } from '../../ui/components/Button.tsx';
import { EmptyState } from '../../ui/components/EmptyState.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { IconButton } from '../../ui/components/IconButton.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SkeletonRows } from '../../ui/components/SkeletonRows.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';
import { formatRelativeTime } from '../../ui/format-relative-time.ts';
import type { TaskActions } from '../task-actions.ts';
import { countTasks, orderTasks } from '../task-view.ts';
import { lazyComponent } from '../../ui/lazy-component.tsx';
import type { DeleteTaskDialogProps } from './DeleteTaskDialog.tsx';
import { TaskList } from './TaskList.tsx';

/** Asked only when the user deletes a task: loaded then, not with the popup's first paint. */
const DeleteTaskDialog = lazyComponent<DeleteTaskDialogProps>(
  () => import('./DeleteTaskDialog.tsx').then((module) => module.DeleteTaskDialog),
  'the delete dialog',
);

export type TaskMonitorProps = {
  /** `undefined` until storage answered; `null` before the first list was read. */
  snapshot: TaskSnapshot | null | undefined;
  /** The signed-in account: a snapshot of another account is not shown. */
  sub: string;
  actions: TaskActions;
  locale?: string | undefined;
  /** The clock for "5 min ago" and time left (tests pass their own). */
  now?: number;
  onPainted?: () => void;
};

/** How often "5 min ago" and the time left move on while the popup is open and no new snapshot came. */
const TICK_MS = 15_000;

function useNow(fixed: number | undefined, snapshot: TaskSnapshot | null | undefined): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (fixed !== undefined) return undefined;
    const timer = setInterval(() => setTick((value) => value + 1), TICK_MS);
    return () => clearInterval(timer);
  }, [fixed]);
  // Each render (a new snapshot, or a tick) reads the clock.
  return fixed ?? (snapshot ? Math.max(Date.now(), snapshot.takenAt) : Date.now());
}

/** PikPak's offline downloads: the stored snapshot at once, then every new one, with their actions. */
export function TaskMonitor({ snapshot, sub, actions, locale, now: fixedNow, onPainted }: TaskMonitorProps) {
  const now = useNow(fixedNow, snapshot);
  const [error, setError] = useState<ErrorKind | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [deleting, setDeleting] = useState<OfflineTask | null>(null);

  const mine = snapshot && snapshot.sub === sub ? snapshot : snapshot === undefined ? undefined : null;
  const listed = mine !== undefined && mine !== null && mine.takenAt > 0;
  const tasks = useMemo(() => (listed ? orderTasks(mine.tasks) : []), [listed, mine]);
  const counts = useMemo(() => countTasks(tasks), [tasks]);

  const run = (name: string, action: () => Promise<unknown>, done?: (value: unknown) => string | undefined) => {
    setError(null);
    setBusy(name);
    action().then(
      (value) => {
        setBusy(null);
        const message = done?.(value);
        if (message !== undefined) setStatus(message);
      },
      (caught: unknown) => {
        setBusy(null);
        setError(errorKindOf(caught));
      },
    );
  };

  const handlers = {
    onRetry: (task: OfflineTask) =>
      run(
        `retry:${task.id}`,
        () => actions.retry(task.id),
        () => t('taskRetried', task.name),
      ),
    onDelete: (task: OfflineTask) => setDeleting(task),
    onOpen: (task: OfflineTask) => run('open', () => actions.openResult(task)),
    onCopy: (task: OfflineTask) =>
      run(
        'copy',
        () => actions.copyLink(task.sourceUrl ?? ''),
        () => t('taskLinkCopied'),
      ),
  };

  const headerActions = (
    <>
      {counts.failed >= 2 && (
        <Button
          variant="ghost"
          size="sm"
          icon={RotateCw}
          busy={busy === 'retry-all'}
          onClick={() =>
            run(
              'retry-all',
              () => actions.retryAllFailed(),
              () => t('taskRetriedAll'),
            )
          }
        >
          {t('taskRetryAllFailed')}
        </Button>
      )}
      {counts.complete >= 1 && (
        <Button
          variant="ghost"
          size="sm"
          busy={busy === 'clear'}
          onClick={() =>
            run(
              'clear',
              () => actions.clearCompleted(),
              () => t('taskClearedCompleted'),
            )
          }
        >
          {t('taskClearCompleted')}
        </Button>
      )}
      <IconButton
        icon={RefreshCw}
        size="sm"
        label={t('taskRefresh')}
        class={busy === 'refresh' ? 'task-monitor__refreshing' : undefined}
        aria-busy={busy === 'refresh' || undefined}
        onClick={() => run('refresh', () => actions.refresh())}
      />
    </>
  );

  let body;
  if (mine === undefined || (!listed && mine?.error === undefined)) {
    body = <SkeletonRows variant="task" rows={3} label={t('taskListLoading')} />;
  } else if (!listed) {
    body = (
      <ErrorNotice kind={mine?.error?.kind ?? 'unknown'} onRetry={() => run('refresh', () => actions.refresh())} />
    );
  } else if (tasks.length === 0) {
    body = (
      <EmptyState icon={CloudDownload} title={t('taskEmptyTitle')} headingLevel={3} compact>
        {t('taskEmptyText')}
      </EmptyState>
    );
  } else {
    body = (
      <>
        <p class="task-monitor__counts">
          {t('taskCounts', [String(counts.active), String(counts.failed), String(counts.complete)])}
        </p>
        {mine.error !== undefined && (
          <p class="task-monitor__stale" role="status">
            {t('taskStale', formatRelativeTime(mine.takenAt, now, locale))}
          </p>
        )}
        <TaskList tasks={tasks} rates={mine.rates} now={now} locale={locale} onPainted={onPainted} {...handlers} />
      </>
    );
  }

  return (
    <Section id="downloads" title={t('downloadsTitle')} actions={listed ? headerActions : undefined}>
      {error !== null && <ErrorNotice kind={error} />}
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {body}
      {deleting !== null && (
        <DeleteTaskDialog
          name={deleting.name}
          busy={busy === 'delete'}
          onCancel={() => setDeleting(null)}
          onConfirm={(deleteFiles) =>
            run(
              'delete',
              async () => {
                await actions.delete([deleting.id], deleteFiles);
                setDeleting(null);
              },
              () => t('taskDeleted', deleting.name),
            )
          }
        />
      )}
    </Section>
  );
}
