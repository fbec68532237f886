import browser from 'webextension-polyfill';
import { accountState } from '../shared/account.ts';
import { createAria2Handlers } from './handlers/aria2.ts';
import { createDiagnosticsHandlers } from './handlers/diagnostics.ts';
import { createDownloadHandlers } from './handlers/downloads.ts';
import { createFilesHandlers } from './handlers/files.ts';
import { createDriveHandlers } from './handlers/drive.ts';
import { createDriveBrowseHandlers } from './handlers/drive-browse.ts';
import { createSendHandlers } from './handlers/send.ts';
import { createTaskHandlers, retryOfflineTask } from './handlers/tasks.ts';
import { createSessionHandlers } from './handlers/session.ts';
import { createShareHandlers } from './handlers/shares.ts';
import { flashBadge } from './feedback/badge.ts';
import { registerNotificationListeners, showNotification } from './feedback/notifications.ts';
import { createSendFeedback } from './feedback/send-feedback.ts';
import { performNotificationAction } from './notification-actions.ts';
import { createRouter } from './router.ts';
import { createBackgroundDownloads, DOWNLOADS_ALARM, listenToBrowserDownloads } from './downloads/index.ts';
import { browserSendDeps } from './send-menu/browser-deps.ts';
import { createShareOpener } from './send-menu/open-share.ts';
import { handleMenuClick } from './send-menu/menu-click.ts';
import { installMenu } from './send-menu/menus.ts';
import { handleShortcut } from './send-menu/shortcut.ts';
import { createBackgroundSendQueue } from './send-queue/index.ts';
import { pikpak } from './session/client.ts';
import { createBackgroundTaskMonitor, createSentWatcher, startTaskMonitor } from './task-monitor/index.ts';
import { getSettings, onSettingsChanged, recentFoldersItem } from '../shared/settings.ts';
import { followPopupAccount } from './popup-account.ts';

const sendFeedback = createSendFeedback({ notify: showNotification, flash: flashBadge, settings: getSettings });

// The task monitor: its state is in storage and its timer is the `task-poll` alarm.
const taskMonitor = createBackgroundTaskMonitor();
const watchSentTask = createSentWatcher(taskMonitor);
// One queue per worker life: its in-memory part only knows which requests this worker has in flight; every
// entry lives in storage. Feedback does not hold up the queue: the next link goes out while it is drawn.
const sendQueue = createBackgroundSendQueue({
  onSent: (entry) => {
    watchSentTask(entry);
    void sendFeedback.sent(entry);
  },
  onFailed: (entry) => void sendFeedback.failed(entry),
  onDailyLimit: (waiting) => void sendFeedback.dailyLimit(waiting),
  onHeld: (reason, entries) => void sendFeedback.held(reason, entries),
});
// "Open in PikPak Companion" (menu, notifications) remembers a pass code through the `shares.open` handler itself:
// one code path with the pages', and a code read off a web page is checked as a page's request would be.
const shareHandlers = createShareHandlers();
const openShare = createShareOpener((shareId, passCode) =>
  shareHandlers['shares.open']({ shareId, passCode }, { id: browser.runtime.id }),
);
const sendDeps = browserSendDeps(sendQueue, openShare);
// Browser downloads of drive files: jobs in storage, the next file started as the browser finishes one.
const downloadJobs = createBackgroundDownloads();
const taskActions = { monitor: taskMonitor, client: pikpak };
const logFailure = (what: string) => (error: unknown) => console.error(what, error);

// Every listener is registered synchronously at start-up: the worker can be stopped between any two events,
// and Chrome only delivers an event that woke the worker to listeners that exist in the first turn.
browser.runtime.onMessage.addListener(
  createRouter(
    {
      ...createDiagnosticsHandlers(),
      // A solved check lets links held for a captcha go out again.
      ...createSessionHandlers({
        onCaptchaVerified: async () => {
          await Promise.all([sendQueue.resumeHeld('captcha'), downloadJobs.wake()]);
        },
      }),
      ...createSendHandlers({ queue: sendQueue }),
      ...createDriveHandlers(),
      ...createDriveBrowseHandlers(),
      ...createFilesHandlers(),
      ...createDownloadHandlers({ jobs: downloadJobs }),
      ...createAria2Handlers(),
      ...shareHandlers,
      ...createTaskHandlers(taskActions),
    },
    browser.runtime.id,
    browser.runtime.getURL(''),
  ),
);

browser.contextMenus.onClicked.addListener((info, tab) => {
  handleMenuClick(info, tab, sendDeps).catch(logFailure('Send to PikPak failed'));
});

browser.commands.onCommand.addListener((command, tab) => {
  handleShortcut(command, tab, sendDeps).catch(logFailure('The shortcut failed'));
});

// Chrome keeps menu items across restarts, Firefox does not: build the menu on install/update and browser start,
// and again when the destinations it lists may have changed (installMenu skips a menu it already built).
const rebuildMenu = () => {
  installMenu().catch(logFailure('Could not build the context menu'));
};
browser.runtime.onInstalled.addListener(rebuildMenu);
browser.runtime.onStartup.addListener(rebuildMenu);
recentFoldersItem.onChanged(rebuildMenu);
onSettingsChanged(rebuildMenu);

browser.alarms.onAlarm.addListener((alarm) => {
  sendQueue.handleAlarm(alarm.name).catch(logFailure('The send queue failed'));
  taskMonitor.handleAlarm(alarm.name).catch(logFailure('The task monitor failed'));
  if (DOWNLOADS_ALARM.handles(alarm.name)) downloadJobs.resume().catch(logFailure('Downloads failed'));
});
listenToBrowserDownloads(downloadJobs, logFailure('Downloads failed'));

startTaskMonitor(taskMonitor);
registerNotificationListeners((action) =>
  performNotificationAction(action, {
    retryTask: (taskId) => retryOfflineTask(taskActions, taskId),
    retryFailedSends: async () => void (await sendQueue.retryAllFailed()),
    openShare: (shareId, passCode) => openShare(shareId, passCode),
  }),
);

// Links held while signed out go out as soon as a session exists again, and held downloads go on.
accountState.onChanged((state) => {
  if (state.status !== 'signed-in') return;
  sendQueue.resumeHeld('session').catch(logFailure('The send queue failed'));
  downloadJobs.wake().catch(logFailure('Downloads failed'));
});

followPopupAccount();

// A worker start (browser start, or woken by any event) picks up what is due; it makes no request when
// nothing waits, and restores an alarm lost with a browser restart.
sendQueue.processQueue().catch(logFailure('The send queue failed'));
downloadJobs.resume().catch(logFailure('Downloads failed'));
