// @vitest-environment happy-dom
// The lint keeps shipped code from importing test code; this is a test importing its set-up.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OfflineTask } from '../../shared/domain.ts';
import type { TaskSnapshot } from '../../shared/task-snapshot.ts';
import type { TaskActions } from '../task-actions.ts';
import { TaskMonitor } from './TaskMonitor.tsx';

afterEach(cleanup);

const NOW = 1_800_000_000_000;
const GB = 1024 ** 3;

function task(id: string, name: string, fields: Partial<OfflineTask>): OfflineTask {
  return {
    id,
    name,
    phase: 'running',
    progress: 0,
    message: '',
    fileSize: { bytes: 2 * GB, exact: String(2 * GB) },
    sourceUrl: `magnet:?xt=urn:btih:${id.padEnd(40, '0')}`,
    createdAt: NOW - 3_600_000,
    updatedAt: NOW - 300_000,
    ...fields,
  };
}

const TASKS = [
  task('c', 'done.mp4', {
    phase: 'complete',
    progress: 100,
    resource: {
      id: 'f',
      kind: 'file',
      name: 'done.mp4',
      parentId: 'folder',
      size: { bytes: 1, exact: '1' },
      phase: 'complete',
    },
  }),
  task('r', 'running.iso', { progress: 40 }),
  task('e', 'failed.iso', { phase: 'error', message: 'Task timeout' }),
];

function snapshot(tasks: OfflineTask[], fields: Partial<TaskSnapshot> = {}): TaskSnapshot {
  return {
    sub: 'me',
    takenAt: NOW - 1_000,
    tasks,
    rates: { r: { anchorProgress: 40, anchorAt: NOW - 2_000, bytesPerSecond: 10 * 1024 ** 2 } },
    ...fields,
  };
}

function actions() {
  return {
    refresh: vi.fn<TaskActions['refresh']>().mockResolvedValue(undefined),
    retry: vi.fn<TaskActions['retry']>().mockResolvedValue(undefined),
    retryAllFailed: vi.fn<TaskActions['retryAllFailed']>().mockResolvedValue({ retried: 2, failed: 0 }),
    delete: vi.fn<TaskActions['delete']>().mockResolvedValue(undefined),
    clearCompleted: vi.fn<TaskActions['clearCompleted']>().mockResolvedValue({ cleared: 1 }),
    openResult: vi.fn<TaskActions['openResult']>().mockResolvedValue(undefined),
    copyLink: vi.fn<TaskActions['copyLink']>().mockResolvedValue(undefined),
  };
}

const rowOf = (name: string) => {
  const item = screen.getByText(name).closest('li');
  if (item === null) throw new Error(`No row ${name}`);
  return within(item);
};

describe('TaskMonitor', () => {
  it('renders the stored snapshot at once: running first with progress, speed and time left, then failed, then completed', () => {
    render(<TaskMonitor snapshot={snapshot(TASKS)} sub="me" actions={actions()} now={NOW} locale="en" />);
    expect(screen.queryByRole('status', { name: /Loading/ })).toBeNull();
    expect(screen.queryByText('Loading downloads…')).toBeNull();
    const items = within(screen.getByRole('list', { name: 'Offline downloads' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'running.iso',
      'failed.iso',
      'done.mp4',
    ]);
    const bar = rowOf('running.iso').getByRole('progressbar', { name: 'Progress of running.iso' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    rowOf('running.iso').getByText('40%');
    // 60 % of 2 GB at 10 MB/s.
    rowOf('running.iso').getByText(/10 MB\/s/);
    rowOf('running.iso').getByText(/2 min left/);
    rowOf('failed.iso').getByText(/Task timeout/);
    rowOf('done.mp4').getByText('Completed');
    screen.getByText('1 running · 1 failed · 1 completed');
  });

  it('retries, opens, copies and clears', async () => {
    const spy = actions();
    render(<TaskMonitor snapshot={snapshot(TASKS)} sub="me" actions={spy} now={NOW} />);
    rowOf('failed.iso').getByRole('button', { name: 'Retry failed.iso' }).click();
    expect(spy.retry).toHaveBeenCalledWith('e');
    rowOf('done.mp4').getByRole('button', { name: 'Show done.mp4 in the file browser' }).click();
    expect(spy.openResult).toHaveBeenCalledWith(TASKS[0]);
    rowOf('running.iso').getByRole('button', { name: 'Copy the source link of running.iso' }).click();
    expect(spy.copyLink).toHaveBeenCalledWith(TASKS[1]?.sourceUrl);
    await screen.findByText('Link copied');
    screen.getByRole('button', { name: 'Clear completed' }).click();
    expect(spy.clearCompleted).toHaveBeenCalled();
    // One failed task: its own Retry is enough.
    expect(screen.queryByRole('button', { name: 'Retry all failed' })).toBeNull();
  });

  it('asks before deleting, and whether the files go too', async () => {
    const spy = actions();
    render(<TaskMonitor snapshot={snapshot(TASKS)} sub="me" actions={spy} now={NOW} />);
    rowOf('done.mp4').getByRole('button', { name: 'Delete done.mp4' }).click();
    const dialog = await screen.findByRole('dialog', { name: 'Delete this task?' });
    const files = within(dialog).getByRole('checkbox', { name: 'Also delete the downloaded files' });
    expect((files as HTMLInputElement).checked).toBe(false);
    fireEvent.click(files);
    within(dialog).getByRole('button', { name: 'Delete' }).click();
    expect(spy.delete).toHaveBeenCalledWith(['c'], true);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('offers Retry all failed with two failures, and reports a failed action', async () => {
    const spy = actions();
    spy.retry.mockRejectedValue(Object.assign(new Error('offline'), { kind: 'network' }));
    const two = [...TASKS, task('e2', 'failed-too.iso', { phase: 'error', message: 'Storage space is not enough' })];
    render(<TaskMonitor snapshot={snapshot(two)} sub="me" actions={spy} now={NOW} />);
    screen.getByRole('button', { name: 'Retry all failed' }).click();
    expect(spy.retryAllFailed).toHaveBeenCalled();
    rowOf('failed.iso').getByRole('button', { name: 'Retry failed.iso' }).click();
    await screen.findByRole('alert');
  });

  it('draws only the rows in view of a long list', () => {
    const many = Array.from({ length: 200 }, (_, i) => task(`t${i}`, `file ${i}.mkv`, { progress: i % 100 }));
    render(<TaskMonitor snapshot={snapshot(many)} sub="me" actions={actions()} now={NOW} />);
    const items = within(screen.getByRole('list', { name: 'Offline downloads' })).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(40);
    expect(items[0]?.getAttribute('aria-setsize')).toBe('200');
  });

  it('has designed loading, empty and error states', () => {
    const { rerender } = render(<TaskMonitor snapshot={undefined} sub="me" actions={actions()} now={NOW} />);
    screen.getByText('Loading downloads…');
    rerender(<TaskMonitor snapshot={null} sub="me" actions={actions()} now={NOW} />);
    screen.getByText('Loading downloads…');
    rerender(<TaskMonitor snapshot={snapshot([])} sub="me" actions={actions()} now={NOW} />);
    screen.getByRole('heading', { name: 'No offline downloads' });
    rerender(
      <TaskMonitor
        snapshot={snapshot([], { takenAt: 0, error: { kind: 'network', at: NOW } })}
        sub="me"
        actions={actions()}
        now={NOW}
      />,
    );
    screen.getByRole('alert');
    rerender(
      <TaskMonitor
        snapshot={snapshot(TASKS, { error: { kind: 'network', at: NOW } })}
        sub="me"
        actions={actions()}
        now={NOW}
      />,
    );
    screen.getByText(/Could not refresh/);
    // Another account's snapshot is never shown.
    rerender(<TaskMonitor snapshot={snapshot(TASKS)} sub="someone-else" actions={actions()} now={NOW} />);
    expect(screen.queryByText('running.iso')).toBeNull();
  });
});
