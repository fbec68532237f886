import browser from 'webextension-polyfill';
import { accountState } from '../shared/account.ts';
import { checkConnection, clearErrors } from './handlers/diagnostics.ts';
import { createSendHandlers } from './handlers/send.ts';
import { createTaskHandlers, retryOfflineTask } from './handlers/tasks.ts';
import {
  captchaVerified,
  offerSession,
  sessionStatus,
  signIn,
  signOut,
  useRefreshToken,
  useWebSession,
} from './handlers/session.ts';
import { createRouter } from './router.ts';
import { createBackgroundSendQueue } from './send-queue/index.ts';
import { registerNotificationListeners } from './feedback/notifications.ts';
import { performNotificationAction } from './notification-actions.ts';
import { pikpak } from './session/client.ts';
import { createBackgroundTaskMonitor, startTaskMonitor } from './task-monitor/index.ts';

// One queue per worker life: its in-memory part only knows which requests this worker has in flight; every
// entry lives in storage.
const sendQueue = createBackgroundSendQueue();
// The task monitor: its state is in storage and its timer is the `task-poll` alarm.
const taskMonitor = createBackgroundTaskMonitor();
const taskActions = { monitor: taskMonitor, client: pikpak };

// Every listener is registered synchronously at start-up: the worker can be stopped between any two events,
// and Chrome only delivers an event that woke the worker to listeners that exist in the first turn.
browser.runtime.onMessage.addListener(
  createRouter(
    {
      'diagnostics.checkConnection': checkConnection,
      'diagnostics.clearErrors': clearErrors,
      'session.offer': offerSession,
      'session.captchaVerified': async (payload, sender) => {
        await captchaVerified(payload, sender);
        // A solved check lets links held for a captcha go out again.
        await sendQueue.resumeHeld('captcha');
      },
      'session.status': sessionStatus,
      'session.useRefreshToken': useRefreshToken,
      'session.signIn': signIn,
      'session.signOut': signOut,
      'session.useWebSession': useWebSession,
      ...createSendHandlers(sendQueue),
      ...createTaskHandlers(taskActions),
    },
    browser.runtime.id,
    browser.runtime.getURL(''),
  ),
);

browser.alarms.onAlarm.addListener((alarm) => {
  sendQueue.handleAlarm(alarm.name).catch((error: unknown) => console.error('The send queue failed', error));
  taskMonitor.handleAlarm(alarm.name).catch((error: unknown) => console.error('The task monitor failed', error));
});

startTaskMonitor(taskMonitor);
registerNotificationListeners((action) =>
  performNotificationAction(action, {
    retryTask: (taskId) => retryOfflineTask(taskActions, taskId),
    retryFailedSends: async () => void (await sendQueue.retryAllFailed()),
  }),
);

// Links held while signed out go out as soon as a session exists again.
accountState.onChanged((state) => {
  if (state.status !== 'signed-in') return;
  sendQueue.resumeHeld('session').catch((error: unknown) => console.error('The send queue failed', error));
});

// A worker start (browser start, or woken by any event) picks up what is due; it makes no request when
// nothing waits, and restores an alarm lost with a browser restart.
sendQueue.processQueue().catch((error: unknown) => console.error('The send queue failed', error));
