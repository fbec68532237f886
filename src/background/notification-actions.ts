import browser from 'webextension-polyfill';
import { filesPagePath, optionsPagePath, PIKPAK_WEB_URL } from '../shared/pages.ts';
import type { NotificationAction } from './feedback/notifications.ts';

export interface NotificationActionDeps {
  retryTask: (taskId: string) => Promise<void>;
  retryFailedSends: () => Promise<void>;
  openShare: (shareId: string, passCode: string | undefined) => Promise<void>;
}

/** What a click on a notification (or one of its buttons) does; registered with registerNotificationListeners. */
export async function performNotificationAction(
  action: NotificationAction,
  deps: NotificationActionDeps,
): Promise<void> {
  switch (action.type) {
    case 'open-files':
      await browser.tabs.create({ url: browser.runtime.getURL(filesPagePath(action.folderId)) });
      return;
    case 'open-options':
      if (action.section === undefined) await browser.runtime.openOptionsPage();
      else await browser.tabs.create({ url: browser.runtime.getURL(optionsPagePath(action.section)) });
      return;
    case 'open-pikpak':
      await browser.tabs.create({ url: PIKPAK_WEB_URL });
      return;
    case 'open-share':
      await deps.openShare(action.shareId, action.passCode);
      return;
    case 'retry-failed-sends':
      await deps.retryFailedSends();
      return;
    case 'retry-task':
      await deps.retryTask(action.taskId);
      return;
  }
}
