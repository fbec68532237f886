import { CloudDownload } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import { EmptyState } from '../../ui/components/EmptyState.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SkeletonRows } from '../../ui/components/SkeletonRows.tsx';

export type TasksPanelProps = {
  /** Shows placeholder rows until the first snapshot arrives. */
  loading: boolean;
};

/** The popup's task monitor. For now: loading and empty; the task list comes with the poller. */
export function TasksPanel({ loading }: TasksPanelProps) {
  return (
    <Section id="tasks" title={t('tasksTitle')}>
      {loading ? (
        <SkeletonRows variant="task" rows={3} label={t('tasksLoading')} />
      ) : (
        <EmptyState icon={CloudDownload} title={t('tasksEmptyTitle')} headingLevel={3} compact>
          {t('tasksEmptyText')}
        </EmptyState>
      )}
    </Section>
  );
}
