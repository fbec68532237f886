import browser from 'webextension-polyfill';
import type { NotificationAction } from './feedback/notifications.ts';
import type { SendQueue } from './send-queue/index.ts';

const FILES_PAGE = 'src/files/index.html';
const OPTIONS_PAGE = 'src/options/index.html';
const PIKPAK_WEB = 'https://mypikpak.com/drive';

/** What a notification's click or button does (see feedback/notifications.ts). */
export function createNotificationActions(sendQueue: SendQueue): (action: NotificationAction) => Promise<void> {
  return async (action) => {
    switch (action.type) {
      case 'open-files': {
        // The file browser opens at the folder (`#folder=<id>`), or at its start.
        const hash = action.folderId === undefined ? '' : `#folder=${encodeURIComponent(action.folderId)}`;
        await browser.tabs.create({ url: browser.runtime.getURL(`${FILES_PAGE}${hash}`) });
        return;
      }
      case 'open-options':
        await browser.tabs.create({ url: browser.runtime.getURL(`${OPTIONS_PAGE}${action.section ? `#${action.section}` : ''}`) });
        return;
      case 'open-pikpak':
        await browser.tabs.create({ url: PIKPAK_WEB });
        return;
      case 'retry-failed-sends':
        await sendQueue.retryAllFailed();
        return;
      case 'retry-task':
        // The task monitor's retry (issue 5) plugs in here.
        return;
    }
  };
}
