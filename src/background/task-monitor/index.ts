import browser, { type Runtime } from 'webextension-polyfill';
import { accountState } from '../../shared/account.ts';
import type { QueueEntry } from '../../shared/send-queue.ts';
import { onSettingsChanged } from '../../shared/settings.ts';
import { TASK_WATCH_PORT } from '../../shared/task-snapshot.ts';
import { pikpak } from '../session/client.ts';
import { notifyTaskEvents, showTaskBadge } from './feedback.ts';
import { createTaskMonitor } from './monitor.ts';
import type { TaskMonitor } from './types.ts';

/** After a link was sent, the task list is read this soon, and at most this often during a burst of sends. */
const AFTER_SEND_MS = 3_000;

/** The worker's task monitor, wired to the worker's API client, account, notifications and badge. */
export function createBackgroundTaskMonitor(): TaskMonitor {
  return createTaskMonitor({
    client: pikpak,
    account: async () => {
      const state = await accountState.get();
      return state.status === 'signed-in' ? state.sub : undefined;
    },
    onEvents: notifyTaskEvents,
    onBadge: showTaskBadge,
  });
}

const report = (error: unknown) => console.error('The task monitor failed', error);

/**
 * Registers the monitor's listeners; call once, synchronously, at worker start-up (the alarm goes through the
 * worker's single `alarms.onAlarm` listener: `monitor.handleAlarm`).
 * - a `TASK_WATCH_PORT` port from a page: poll fast until it closes;
 * - the account: a new account is read once, signing out forgets the snapshot;
 * - settings: the badge follows "Count on the toolbar icon" at once.
 */
export function startTaskMonitor(monitor: TaskMonitor): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== TASK_WATCH_PORT) return;
    // Only the extension's own pages (a content script's port has a tab and a web URL).
    if (port.sender?.id !== browser.runtime.id || !(port.sender.url ?? '').startsWith(browser.runtime.getURL(''))) {
      port.disconnect();
      return;
    }
    const unwatch = monitor.watch();
    port.onDisconnect.addListener(unwatch);
    // The page pings now and then; answering keeps the worker's idle clock from running out.
    port.onMessage.addListener(() => undefined);
  });
  accountState.onChanged((state) => {
    monitor.accountChanged(state.status === 'signed-in' ? state.sub : undefined).catch(report);
  });
  onSettingsChanged(() => {
    monitor.refreshBadge().catch(report);
  });
  // No request at start: only the alarm is put back if tasks were running.
  monitor.resume().catch(report);
}

export { createTaskMonitor, TASK_POLL_ALARM } from './monitor.ts';
export type { TaskMonitor, TaskMonitorDeps } from './types.ts';

/**
 * For the send queue's `onSent`: a link just sent has a task to watch. A burst of a thousand sends reads the
 * task list a few times, not a thousand (and the worker does not listen to the queue's storage item, whose every
 * change would be handed to it whole).
 */
export function createSentWatcher(monitor: TaskMonitor): (entry: QueueEntry) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waiting = new Set<string>();
  return (entry) => {
    if (entry.taskId === undefined) return;
    waiting.add(entry.taskId);
    timer ??= setTimeout(() => {
      timer = undefined;
      const taskIds = [...waiting];
      waiting.clear();
      monitor
        .snapshot()
        .then((snapshot) => {
          const known = new Set(snapshot?.tasks.map((task) => task.id));
          return taskIds.some((id) => !known.has(id)) ? monitor.poll() : undefined;
        })
        .catch(report);
    }, AFTER_SEND_MS);
  };
}
