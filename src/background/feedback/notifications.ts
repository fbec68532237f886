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

/**
 * Firefox shows no notification buttons (its schema marks them unsupported). It is also the browser with
 * `runtime.getBrowserInfo`, which Chrome lacks: that tells them apart without a build flag.
 */
export function notificationButtonsShown(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function';
}

export async function showNotification(spec: NotificationSpec): Promise<void> {
  const shown = notificationButtonsShown();
  const buttons = shown ? (spec.buttons ?? []).slice(0, 2) : [];
  // Where buttons are not shown (Firefox), a click on a notification that has no click action of its own does
  // what its first button does (Retry on a failed send or task), so that action is not lost.
  const click = spec.click ?? (shown ? undefined : spec.buttons?.[0]?.action);
  const actions = await actionsItem.get();
  await actionsItem.set({
    ...actions,
    [spec.id]: { ...(click ? { click } : {}), buttons: buttons.map((button) => button.action) },
  });
  const options: ChromeOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: spec.title,
    message: spec.message,
    ...(spec.context ? { contextMessage: spec.context } : {}),
    ...(click ? { isClickable: true } : {}),
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
  // Optional: an event a browser without notification buttons may not have (a throw here would stop start-up).
  browser.notifications.onButtonClicked?.addListener((id, index) => run(id, (actions) => actions.buttons[index]));
  browser.notifications.onClosed.addListener((id) => {
    takeActions(id).catch((error: unknown) => console.error('Could not forget a notification', error));
  });
}
