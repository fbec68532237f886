import { describeError } from '../../shared/errors.ts';
import { destinationName } from '../../shared/destination.ts';
import { t } from '../../shared/i18n.ts';
import type { Destination } from '../../shared/destination.ts';
import type { QueueEntry } from '../../shared/send-queue.ts';
import type { Settings } from '../../shared/settings.ts';
import type { NotificationAction, NotificationSpec } from './notifications.ts';

/**
 * What the user sees when queued links reach PikPak or are refused: a badge flash every time, and a
 * notification (switchable in Options) that stays one notification however many links a burst holds — a
 * thousand-link selection updates one "1000 links sent" notification instead of stacking a thousand.
 */

export interface SendFeedbackDeps {
  notify(spec: NotificationSpec): Promise<void>;
  flash(kind: 'sent' | 'failed'): Promise<void>;
  settings(): Promise<Pick<Settings, 'notifySent' | 'notifySendFailed'>>;
  now?: () => number;
}

export interface SendFeedback {
  sent: (entry: QueueEntry) => Promise<void>;
  failed: (entry: QueueEntry) => Promise<void>;
  dailyLimit: (waiting: number) => Promise<void>;
  held: (reason: 'session' | 'captcha', entries: readonly QueueEntry[]) => Promise<void>;
}

/** Results this close together count as one burst (one notification, updated). */
export const BURST_GAP_MS = 20_000;
/** A burst's notification and badge are redrawn at most this often (the last state always shows). */
export const REDRAW_MS = 1_000;

interface Burst {
  count: number;
  lastAt: number;
}

function openAction(destination: Destination): NotificationAction {
  return destination.kind === 'folder' ? { type: 'open-files', folderId: destination.id } : { type: 'open-files' };
}

export function createSendFeedback(deps: SendFeedbackDeps): SendFeedback {
  const now = deps.now ?? Date.now;
  const bursts: Record<'sent' | 'failed', Burst> = { sent: { count: 0, lastAt: 0 }, failed: { count: 0, lastAt: 0 } };
  // Serialised: each result reads and updates its burst, and notifications must not arrive out of order.
  let chain: Promise<void> = Promise.resolve();
  const serial = (work: () => Promise<void>): Promise<void> => {
    chain = chain.then(work).catch((error: unknown) => console.error('Could not show send feedback', error));
    return chain;
  };

  // Per notification id: when it was last drawn, and the newest version waiting for its turn. Whether the user
  // wants it is read when it is drawn, not for every result of a burst.
  type Switch = 'notifySent' | 'notifySendFailed';
  type Pending = { spec: NotificationSpec; switchedBy: Switch };
  const redraws = new Map<string, { at: number; next?: Pending; timer?: ReturnType<typeof setTimeout> }>();
  const show = async ({ spec, switchedBy }: Pending): Promise<void> => {
    if ((await deps.settings())[switchedBy]) await deps.notify(spec);
  };
  const draw = async (pending: Pending): Promise<void> => {
    const state = redraws.get(pending.spec.id) ?? { at: -Infinity };
    redraws.set(pending.spec.id, state);
    const wait = state.at + REDRAW_MS - now();
    if (wait <= 0) {
      state.at = now();
      await show(pending);
      return;
    }
    state.next = pending;
    state.timer ??= setTimeout(() => {
      state.timer = undefined;
      const next = state.next;
      state.next = undefined;
      if (next === undefined) return;
      // Its turn has come: drawn now, whatever the clock says.
      void serial(async () => {
        state.at = now();
        await show(next);
      });
    }, wait);
  };
  let flashedAt = -Infinity;
  const flash = async (kind: 'sent' | 'failed'): Promise<void> => {
    // A failure always shows; a run of successes flashes once a second, not a thousand times.
    if (kind === 'sent') {
      if (now() - flashedAt < REDRAW_MS) return;
      flashedAt = now();
    }
    await deps.flash(kind);
  };

  const countIn = (kind: 'sent' | 'failed'): number => {
    const burst = bursts[kind];
    const at = now();
    burst.count = at - burst.lastAt > BURST_GAP_MS ? 1 : burst.count + 1;
    burst.lastAt = at;
    return burst.count;
  };

  return {
    sent: (entry) =>
      serial(async () => {
        await flash('sent');
        const count = countIn('sent');
        const open = openAction(entry.destination);
        const spec: NotificationSpec = {
          id: 'send-sent',
          title: count === 1 ? t('notifySentTitle') : t('notifySentManyTitle', String(count)),
          message: entry.taskName ?? entry.displayName,
          context: t('notifySentTo', destinationName(entry.destination)),
          click: open,
          buttons: [{ title: t('notifyActionOpen'), action: open }],
        };
        await draw({ spec, switchedBy: 'notifySent' });
      }),
    failed: (entry) =>
      serial(async () => {
        await flash('failed');
        const count = countIn('failed');
        const description = describeError(entry.lastError?.kind ?? 'unknown');
        const spec: NotificationSpec = {
          id: 'send-failed',
          title: count === 1 ? t('notifySendFailedTitle') : t('notifySendFailedManyTitle', String(count)),
          message: `${entry.displayName}: ${t(description.messageKey)}`,
          context: t(description.actionKey),
          buttons: [
            {
              title: t(count === 1 ? 'notifyActionRetry' : 'queueRetryAllFailed'),
              action: { type: 'retry-failed-sends' },
            },
          ],
        };
        await draw({ spec, switchedBy: 'notifySendFailed' });
      }),
    dailyLimit: (waiting) =>
      serial(async () => {
        await show({
          spec: {
            id: 'send-daily-limit',
            title: t('notifyDailyLimitTitle'),
            message: t('notifyDailyLimitText', String(waiting)),
          },
          switchedBy: 'notifySendFailed',
        });
      }),
    held: (reason, entries) =>
      serial(async () => {
        await show({
          spec: {
            id: 'send-held',
            title: t(reason === 'session' ? 'notifyHeldSessionTitle' : 'notifyHeldCaptchaTitle'),
            message: t('notifyHeldText', String(entries.length)),
            click: reason === 'session' ? { type: 'open-options', section: 'account' } : { type: 'open-pikpak' },
          },
          switchedBy: 'notifySendFailed',
        });
      }),
  };
}
