import browser from 'webextension-polyfill';
import { filesPagePath } from '../shared/pages.ts';
import type { NotificationAction } from './feedback/notifications.ts';

export interface NotificationActionDeps {
  retryTask: (taskId: string) => Promise<void>;
  retryFailedSends: () => Promise<void>;
}

const OPTIONS_PAGE = 'src/options/index.html';
const PIKPAK_WEB = 'https://mypikpak.com/drive';

/** What a click on a notification (or one of its buttons) does; registered with registerNotificationListeners. */
export async function performNotificationAction(action: NotificationAction, deps: NotificationActionDeps): Promise<void> {
  switch (action.type) {
    case 'open-files':
      await browser.tabs.create({ url: browser.runtime.getURL(filesPagePath(action.folderId)) });
      return;
    case 'open-options':
      if (action.section === undefined) await browser.runtime.openOptionsPage();
      else await browser.tabs.create({ url: browser.runtime.getURL(`${OPTIONS_PAGE}#${action.section}`) });
      return;
    case 'open-pikpak':
      await browser.tabs.create({ url: PIKPAK_WEB });
      return;
    case 'retry-failed-sends':
      await deps.retryFailedSends();
      return;
    case 'retry-task':
      await deps.retryTask(action.taskId);
      return;
  }
}
