import './SendQueueList.css';
import {
  CircleAlert,
  CircleCheck,
  CirclePause,
  Clock,
  LoaderCircle,
  RotateCw,
  X,
  type LucideIcon,
} from 'lucide-preact';
import { describeError } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import type { QueueEntry } from '../../shared/send-queue.ts';
import { IconButton } from '../../ui/components/IconButton.tsx';

export { visibleEntries } from './visible-entries.ts';

type Tone = 'neutral' | 'active' | 'warning' | 'danger' | 'success';

function stateOf(entry: QueueEntry): { label: string; tone: Tone; icon: LucideIcon } {
  switch (entry.state) {
    case 'pending':
      return { label: t('queueStateWaiting'), tone: 'neutral', icon: Clock };
    case 'sending':
      return { label: t('queueStateSending'), tone: 'active', icon: LoaderCircle };
    case 'held':
      switch (entry.heldReason) {
        case 'session':
          return { label: t('queueStatePausedSession'), tone: 'warning', icon: CirclePause };
        case 'captcha':
          return { label: t('queueStatePausedCaptcha'), tone: 'warning', icon: CirclePause };
        case 'daily-limit':
          return { label: t('queueStatePausedDailyLimit'), tone: 'warning', icon: CirclePause };
        case undefined:
          return { label: t('queueStateWaiting'), tone: 'neutral', icon: Clock };
      }
      break;
    case 'failed':
      return {
        label: t('queueStateFailed', t(describeError(entry.lastError?.kind ?? 'unknown').messageKey)),
        tone: 'danger',
        icon: CircleAlert,
      };
    case 'done':
      return { label: t('queueStateSent'), tone: 'success', icon: CircleCheck };
  }
}

export type SendQueueListProps = {
  /** The entries to show, in queue order (see `visibleEntries`). */
  entries: readonly QueueEntry[];
  onRetry: (id: string) => void;
  onDismiss: (id: string) => void;
};

/** The send queue's entries: name, state, and for failed ones Retry and Dismiss. */
export function SendQueueList({ entries, onRetry, onDismiss }: SendQueueListProps) {
  return (
    <ul class="send-queue">
      {entries.map((entry) => {
        const { label, tone, icon: Icon } = stateOf(entry);
        return (
          <li key={entry.id} class={`send-queue__entry send-queue__entry--${tone}`}>
            <Icon class={`send-queue__icon${entry.state === 'sending' ? ' ui-spin' : ''}`} aria-hidden="true" />
            <div class="send-queue__text">
              <p class="send-queue__name" title={entry.displayName}>
                {entry.displayName}
              </p>
              <p class="send-queue__state">{label}</p>
            </div>
            {entry.state === 'failed' && (
              <div class="send-queue__actions">
                <IconButton
                  icon={RotateCw}
                  size="sm"
                  label={t('queueRetry', entry.displayName)}
                  onClick={() => onRetry(entry.id)}
                />
                <IconButton
                  icon={X}
                  size="sm"
                  label={t('queueDismiss', entry.displayName)}
                  onClick={() => onDismiss(entry.id)}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
