// Notification texts come from the extension's English catalogue.
import { describe, expect, it } from 'vitest';
import type { OfflineTask } from '../../shared/domain.ts';
import { notificationsFor } from './feedback.ts';

const task = (id: string, fields: Partial<OfflineTask> = {}): OfflineTask => ({
  id,
  name: `${id}.iso`,
  phase: 'complete',
  progress: 100,
  message: '',
  fileSize: { bytes: 1, exact: '1' },
  ...fields,
});
const ALL_ON = { notifyTaskComplete: true, notifyTaskFailed: true };

describe('notificationsFor', () => {
  it("names the task, opens its folder, and offers Retry for a failure with PikPak's reason", () => {
    const done = task('a', {
      resource: {
        id: 'f',
        kind: 'file',
        name: 'a.iso',
        parentId: 'folder-1',
        size: { bytes: 1, exact: '1' },
        phase: 'complete',
      },
    });
    const failed = task('b', { phase: 'error', message: 'Task timeout' });
    const [complete, failure] = notificationsFor({ completed: [done], failed: [failed] }, ALL_ON);
    expect(complete).toMatchObject({
      id: 'task-complete:a',
      title: 'Download finished',
      message: 'a.iso',
      click: { type: 'open-files', folderId: 'folder-1' },
    });
    expect(failure).toMatchObject({ id: 'task-failed:b', title: 'Download failed', context: 'Task timeout' });
    expect(failure?.buttons).toEqual([{ title: 'Retry', action: { type: 'retry-task', taskId: 'b' } }]);
  });

  it('sums up a burst in one notification, and follows the switches', () => {
    const burst = ['a', 'b', 'c', 'd'].map((id) => task(id));
    expect(notificationsFor({ completed: burst, failed: [] }, ALL_ON)).toEqual([
      expect.objectContaining({ title: '4 downloads finished' }),
    ]);
    expect(
      notificationsFor(
        { completed: burst, failed: [task('e', { phase: 'error' })] },
        { notifyTaskComplete: false, notifyTaskFailed: false },
      ),
    ).toEqual([]);
  });
});
