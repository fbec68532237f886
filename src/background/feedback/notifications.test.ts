import { describe, expect, it, vi } from 'vitest';

import { fakeBrowser } from '@webext-core/fake-browser';
const { registerNotificationListeners, showNotification } = await import('./notifications.ts');

const until = async (check: () => boolean) => {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('notifications', () => {
  it('shows the notification and keeps what its click and buttons do in session storage', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await showNotification({
      id: 'send-failed',
      title: 'PikPak refused a link',
      message: 'bad.iso: storage full',
      click: { type: 'open-files' },
      buttons: [{ title: 'Retry', action: { type: 'retry-failed-sends' } }],
    });
    expect(create).toHaveBeenCalledWith(
      'send-failed',
      expect.objectContaining({
        type: 'basic',
        title: 'PikPak refused a link',
        buttons: [{ title: 'Retry' }],
        isClickable: true,
      }),
    );
    expect(await fakeBrowser.notifications.getAll()).toEqual({ 'send-failed': true });
    expect(await fakeBrowser.storage.session.get('notificationActions')).toEqual({
      notificationActions: {
        'send-failed': { click: { type: 'open-files' }, buttons: [{ type: 'retry-failed-sends' }] },
      },
    });
  });

  it('a button pressed after the worker restarted still does its action, once', async () => {
    await showNotification({
      id: 'send-sent',
      title: 'Sent',
      message: 'x',
      buttons: [{ title: 'Open', action: { type: 'open-files', folderId: 'VN1' } }],
    });
    // A new worker: only storage is left; it registers its listeners at start-up.
    const perform = vi.fn(() => Promise.resolve());
    registerNotificationListeners(perform);
    await fakeBrowser.notifications.onButtonClicked.trigger('send-sent', 0);
    await until(() => perform.mock.calls.length > 0);
    expect(perform).toHaveBeenCalledWith({ type: 'open-files', folderId: 'VN1' });
    await fakeBrowser.notifications.onClicked.trigger('send-sent');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(perform).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.session.get('notificationActions')).toEqual({ notificationActions: {} });
  });

  it('without buttons (Firefox): none are passed, and a click does what the first button does', async () => {
    // Firefox is the browser with runtime.getBrowserInfo; it shows no notification buttons.
    const runtime = fakeBrowser.runtime as { getBrowserInfo?: () => Promise<unknown> };
    runtime.getBrowserInfo = () => Promise.resolve({ name: 'Firefox' });
    try {
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      await showNotification({
        id: 'task-failed:T1',
        title: 'Download failed',
        message: 'debian.iso',
        buttons: [{ title: 'Retry', action: { type: 'retry-task', taskId: 'T1' } }],
      });
      const options = create.mock.calls.at(-1)?.[1] as unknown as Record<string, unknown>;
      expect(options).not.toHaveProperty('buttons');
      expect(options.isClickable).toBe(true);
      const perform = vi.fn(() => Promise.resolve());
      registerNotificationListeners(perform);
      await fakeBrowser.notifications.onClicked.trigger('task-failed:T1');
      await until(() => perform.mock.calls.length > 0);
      expect(perform).toHaveBeenCalledWith({ type: 'retry-task', taskId: 'T1' });
    } finally {
      delete runtime.getBrowserInfo;
    }
  });
});
