import browser from 'webextension-polyfill';
import { defineItem, isRecord, takeFromRecord } from '../../shared/storage.ts';

/**
 * System notifications with actions that survive the worker: what a click or a button does is stored with
 * the notification (storage.session), so a worker started by the click still knows. One listener of each kind
 * is registered at start-up (`registerNotificationListeners`); features only describe actions as data.
 */

/** What clicking a notification (or one of its buttons) does. Plain data: it is stored. */
export type NotificationAction =
  | { type: 'open-files'; folderId?: string }
  | { type: 'open-options'; section?: string }
  | { type: 'open-pikpak' }
  /** The file browser at a share, its pass code remembered first. */
  | { type: 'open-share'; shareId: string; passCode?: string }
  | { type: 'retry-failed-sends' }
  | { type: 'retry-task'; taskId: string };

export interface NotificationSpec {
  /** Showing a notification with the id of one still on screen replaces it (used to coalesce bursts). */
  id: string;
  title: string;
  message: string;
  /** A smaller line under the message (Chrome shows it in grey). */
  context?: string;
  /** What a click on the body does; absent: it just closes. */
  click?: NotificationAction;
  /** Up to two buttons (Chrome; Firefox shows none, so every button action must also be reachable elsewhere). */
  buttons?: readonly { title: string; action: NotificationAction }[];
}

interface StoredActions {
  click?: NotificationAction;
  buttons: NotificationAction[];
}

const isActionMap = (value: unknown): value is Record<string, StoredActions> => isRecord(value);
const actionsItem = defineItem<Record<string, StoredActions>>('session', 'notificationActions', {}, isActionMap);

const ICON = 'icons/icon-128.png';

type ChromeOptions = browser.Notifications.CreateNotificationOptions & { buttons?: { title: string }[] };

export async function showNotification(spec: NotificationSpec): Promise<void> {
  const buttons = (spec.buttons ?? []).slice(0, 2);
  const actions = await actionsItem.get();
  await actionsItem.set({
    ...actions,
    [spec.id]: { ...(spec.click ? { click: spec.click } : {}), buttons: buttons.map((button) => button.action) },
  });
  const options: ChromeOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: spec.title,
    message: spec.message,
    ...(spec.context ? { contextMessage: spec.context } : {}),
    ...(spec.click ? { isClickable: true } : {}),
    ...(buttons.length > 0 ? { buttons: buttons.map(({ title }) => ({ title })) } : {}),
  };
  await browser.notifications.create(spec.id, options);
}

const takeActions = (id: string): Promise<StoredActions | undefined> => takeFromRecord(actionsItem, id);

/** Registers the click, button and close listeners; call once, synchronously, at worker start-up. */
export function registerNotificationListeners(perform: (action: NotificationAction) => Promise<void>): void {
  const run = (id: string, pick: (actions: StoredActions) => NotificationAction | undefined) => {
    takeActions(id)
      .then(async (actions) => {
        await browser.notifications.clear(id);
        const action = actions && pick(actions);
        if (action) await perform(action);
      })
      .catch((error: unknown) => console.error('A notification action failed', error));
  };
  browser.notifications.onClicked.addListener((id) => run(id, (actions) => actions.click));
  browser.notifications.onButtonClicked.addListener((id, index) => run(id, (actions) => actions.buttons[index]));
  browser.notifications.onClosed.addListener((id) => {
    takeActions(id).catch((error: unknown) => console.error('Could not forget a notification', error));
  });
}
