import {
  CircleAlert,
  CircleCheck,
  Clock,
  CloudDownload,
  FolderOpen,
  Link2,
  RotateCw,
  Trash2,
  type LucideIcon,
} from 'lucide-preact';
import type { OfflineTask } from '../../shared/domain.ts';
import { t } from '../../shared/i18n.ts';
import type { TaskRate } from '../../shared/task-snapshot.ts';
import { IconButton } from '../../ui/components/IconButton.tsx';
import { describeTask, formatPercent } from '../task-view.ts';

/** Every row has this height, so the list can show only the rows in view. Matches `.task-row` in tasks.css. */
export const TASK_ROW_HEIGHT = 64;

export interface TaskRowHandlers {
  onRetry: (task: OfflineTask) => void;
  onDelete: (task: OfflineTask) => void;
  onOpen: (task: OfflineTask) => void;
  onCopy: (task: OfflineTask) => void;
}

export type TaskRowProps = TaskRowHandlers & {
  task: OfflineTask;
  rate: TaskRate | undefined;
  now: number;
  locale?: string | undefined;
  /** Position in the whole list (the rendered rows are a window of it). */
  index: number;
  total: number;
};

const ICONS: Record<OfflineTask['phase'], LucideIcon> = {
  pending: Clock,
  running: CloudDownload,
  error: CircleAlert,
  complete: CircleCheck,
  unknown: Clock,
};

/** One offline task: name, progress, what it is doing and its actions. */
export function TaskRow({ task, rate, now, locale, index, total, onRetry, onDelete, onOpen, onCopy }: TaskRowProps) {
  const { state, details } = describeTask(task, rate, now, locale);
  const Icon = ICONS[task.phase];
  const moving = task.phase === 'running' || task.phase === 'pending';
  const percent = formatPercent(task.progress, locale);
  const name = task.name || task.fileName || task.id;
  return (
    <li
      class={`task-row task-row--${task.phase}`}
      aria-posinset={index + 1}
      aria-setsize={total}
      style={{ top: `${index * TASK_ROW_HEIGHT}px` }}
    >
      <Icon class="task-row__icon" aria-hidden="true" />
      <div class="task-row__body">
        <p class="task-row__name" title={name} elementtiming="task-row">
          {name}
        </p>
        {moving && (
          <div class="task-row__progress">
            <div
              class="task-row__bar"
              role="progressbar"
              aria-label={t('taskProgressLabel', name)}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={task.progress}
              aria-valuetext={percent}
            >
              <div class="task-row__fill" style={{ width: `${task.progress}%` }} />
            </div>
            <span class="task-row__percent">{percent}</span>
          </div>
        )}
        <p class="task-row__meta">
          <span class="task-row__state">{state}</span>
          {details.map((detail, at) => (
            <span key={at} class={task.phase === 'error' && at === 0 ? 'task-row__message' : undefined}>
              {' · '}
              {detail}
            </span>
          ))}
        </p>
      </div>
      <div class="task-row__actions">
        {task.phase === 'error' && (
          <IconButton icon={RotateCw} size="sm" label={t('taskRetry', name)} onClick={() => onRetry(task)} />
        )}
        {task.phase === 'complete' && (
          <IconButton icon={FolderOpen} size="sm" label={t('taskOpen', name)} onClick={() => onOpen(task)} />
        )}
        {task.sourceUrl && (
          <IconButton icon={Link2} size="sm" label={t('taskCopyLink', name)} onClick={() => onCopy(task)} />
        )}
        <IconButton icon={Trash2} size="sm" label={t('taskDelete', name)} onClick={() => onDelete(task)} />
      </div>
    </li>
  );
}
