import browser, { type Runtime } from 'webextension-polyfill';
import { accountState } from '../../shared/account.ts';
import { sendQueueItem } from '../../shared/send-queue.ts';
import { onSettingsChanged } from '../../shared/settings.ts';
import { pikpak } from '../session/client.ts';
import { notifyTaskEvents, showTaskBadge } from './feedback.ts';
import { createTaskMonitor, TASK_WATCH_PORT, type TaskMonitor } from './monitor.ts';

/** How recent a sent link must be for the monitor to go and look for its task. */
const RECENT_SEND_MS = 10 * 60_000;

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
 * - a `task-watch` port from a page: poll fast until it closes;
 * - the account: a new account is read once, signing out forgets the snapshot;
 * - the send queue: a link just sent has a task to watch;
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
  sendQueueItem.onChanged((queue) => {
    const at = Date.now();
    const sent = queue.entries.filter((entry) => entry.state === 'done' && entry.taskId !== undefined && at - (entry.sentAt ?? 0) < RECENT_SEND_MS);
    if (sent.length === 0) return;
    monitor
      .snapshot()
      .then((snapshot) => {
        const known = new Set(snapshot?.tasks.map((task) => task.id));
        if (sent.some((entry) => !known.has(entry.taskId ?? ''))) return monitor.poll();
        return undefined;
      })
      .catch(report);
  });
  onSettingsChanged(() => {
    monitor.refreshBadge().catch(report);
  });
  // No request at start: only the alarm is put back if tasks were running.
  monitor.resume().catch(report);
}

export { createTaskMonitor, TASK_POLL_ALARM, TASK_WATCH_PORT } from './monitor.ts';
export type { TaskMonitor, TaskMonitorDeps } from './monitor.ts';
