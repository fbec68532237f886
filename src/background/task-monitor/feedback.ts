import type { OfflineTask } from '../../shared/domain.ts';
import { t } from '../../shared/i18n.ts';
import { getSettings } from '../../shared/settings.ts';
import { setBadgeResting } from '../feedback/badge.ts';
import { showNotification, type NotificationSpec } from '../feedback/notifications.ts';
import type { BadgeInfo } from './types.ts';

/**
 * What the user sees of the monitor outside the popup: a notification per finished or failed task (one summary
 * when several arrive together), and the badge. Both follow Options › Notifications.
 */

/** More than this many at once become one summary notification. */
const MAX_SEPARATE = 3;

/** Where a task's result lives: the folder holding its file (or the folder it filled). */
function resultFolder(task: OfflineTask): string | undefined {
  return task.resource?.parentId || undefined;
}

export function completedNotification(task: OfflineTask): NotificationSpec {
  const folderId = resultFolder(task);
  const open = { type: 'open-files', ...(folderId ? { folderId } : {}) } as const;
  return {
    id: `task-complete:${task.id}`,
    title: t('taskNotifyCompleteTitle'),
    message: task.name,
    click: open,
    buttons: [{ title: t('taskActionShowInFiles'), action: open }],
  };
}

export function failedNotification(task: OfflineTask): NotificationSpec {
  return {
    id: `task-failed:${task.id}`,
    title: t('taskNotifyFailedTitle'),
    message: task.name,
    ...(task.message ? { context: task.message } : {}),
    buttons: [{ title: t('taskActionRetry'), action: { type: 'retry-task', taskId: task.id } }],
  };
}

function summary(kind: 'complete' | 'failed', tasks: readonly OfflineTask[]): NotificationSpec {
  const names = tasks.slice(0, 3).map((task) => task.name);
  return {
    id: `task-${kind}:batch`,
    title: t(kind === 'complete' ? 'taskNotifyCompleteMany' : 'taskNotifyFailedMany', String(tasks.length)),
    message: names.join('\n'),
    click: { type: 'open-files' },
  };
}

/** The notifications for one poll's findings, as the settings allow. */
export function notificationsFor(
  events: { completed: readonly OfflineTask[]; failed: readonly OfflineTask[] },
  settings: { notifyTaskComplete: boolean; notifyTaskFailed: boolean },
): NotificationSpec[] {
  const specs: NotificationSpec[] = [];
  if (settings.notifyTaskComplete && events.completed.length > 0) {
    if (events.completed.length > MAX_SEPARATE) specs.push(summary('complete', events.completed));
    else specs.push(...events.completed.map(completedNotification));
  }
  if (settings.notifyTaskFailed && events.failed.length > 0) {
    if (events.failed.length > MAX_SEPARATE) specs.push(summary('failed', events.failed));
    else specs.push(...events.failed.map(failedNotification));
  }
  return specs;
}

export async function notifyTaskEvents(events: {
  completed: readonly OfflineTask[];
  failed: readonly OfflineTask[];
}): Promise<void> {
  for (const spec of notificationsFor(events, await getSettings())) await showNotification(spec);
}

export async function showTaskBadge(badge: BadgeInfo): Promise<void> {
  const { showBadge } = await getSettings();
  await setBadgeResting(showBadge ? badge : { running: 0, failed: false });
}
