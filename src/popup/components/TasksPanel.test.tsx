// @vitest-environment happy-dom
// The lint keeps shipped code from importing test code; this is a test importing its set-up.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueueEntry } from '../../shared/send-queue.ts';
import type { SendActions } from '../send-actions.ts';
import { TasksPanel } from './TasksPanel.tsx';

afterEach(cleanup);

const NOW = 1_800_000_000_000;

function entry(id: string, displayName: string, fields: Partial<QueueEntry>): QueueEntry {
  return {
    id,
    url: `magnet:?xt=urn:btih:${id.padEnd(40, '0')}`,
    key: `btih:${id}`,
    displayName,
    destination: { kind: 'my-pack' },
    state: 'pending',
    attempts: 0,
    createdAt: NOW - 60_000,
    updatedAt: NOW - 60_000,
    ...fields,
  };
}

const ENTRIES: QueueEntry[] = [
  entry('a', 'waiting.iso', { state: 'pending', nextAttemptAt: NOW }),
  entry('b', 'sending.iso', { state: 'sending', nextAttemptAt: NOW + 30_000 }),
  entry('c', 'signin.iso', { state: 'held', heldReason: 'session' }),
  entry('d', 'captcha.iso', { state: 'held', heldReason: 'captcha' }),
  entry('e', 'limit.iso', { state: 'held', heldReason: 'daily-limit', nextAttemptAt: NOW + 3_600_000 }),
  entry('f', 'full.iso', { state: 'failed', lastError: { kind: 'storage-full', at: NOW } }),
  entry('g', 'sent.iso', { state: 'done', sentAt: NOW - 60_000, taskId: 't1' }),
  entry('h', 'old.iso', { state: 'done', sentAt: NOW - 3_600_000, taskId: 't2' }),
];

function actions() {
  return {
    retry: vi.fn<SendActions['retry']>().mockResolvedValue(undefined),
    retryAllFailed: vi.fn<SendActions['retryAllFailed']>().mockResolvedValue(undefined),
    dismiss: vi.fn<SendActions['dismiss']>().mockResolvedValue(undefined),
  };
}

const stateOf = (name: string) => {
  const item = screen.getByText(name).closest('li');
  if (item === null) throw new Error(`No entry ${name}`);
  return item.querySelector('.send-queue__state')?.textContent;
};

describe('TasksPanel', () => {
  it('lists each queue state, recent sends as "Sent", and hides older sends', () => {
    render(<TasksPanel loading={false} entries={ENTRIES} actions={actions()} now={NOW} />);
    const tasks = screen.getByRole('region', { name: 'Tasks' });
    expect(within(tasks).getAllByRole('listitem')).toHaveLength(7);
    expect(stateOf('waiting.iso')).toBe('Waiting');
    expect(stateOf('sending.iso')).toBe('Sending…');
    expect(stateOf('signin.iso')).toBe('Paused: sign in');
    expect(stateOf('captcha.iso')).toBe('Paused: captcha');
    expect(stateOf('limit.iso')).toBe('Paused: daily task limit');
    expect(stateOf('full.iso')).toBe('Failed: Your PikPak storage is full.');
    expect(stateOf('sent.iso')).toBe('Sent');
    expect(screen.queryByText('old.iso')).toBeNull();
    // One failed entry: no "Retry all failed".
    expect(screen.queryByRole('button', { name: 'Retry all failed' })).toBeNull();
  });

  it('retries and dismisses a failed entry by its name', async () => {
    const spy = actions();
    render(<TasksPanel loading={false} entries={ENTRIES} actions={spy} now={NOW} />);
    screen.getByRole('button', { name: 'Retry full.iso' }).click();
    screen.getByRole('button', { name: 'Dismiss full.iso' }).click();
    expect(spy.retry).toHaveBeenCalledWith('f');
    expect(spy.dismiss).toHaveBeenCalledWith('f');
    expect(screen.queryByRole('button', { name: /Retry waiting\.iso/ })).toBeNull();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('offers "Retry all failed" from two failed entries, and shows a failed request', async () => {
    const spy = actions();
    spy.retryAllFailed.mockRejectedValue(Object.assign(new Error('offline'), { kind: 'network' }));
    const entries = [
      entry('f', 'one.iso', { state: 'failed', lastError: { kind: 'network', at: NOW } }),
      entry('g', 'two.iso', { state: 'failed' }),
    ];
    render(<TasksPanel loading={false} entries={entries} actions={spy} now={NOW} />);
    expect(stateOf('one.iso')).toBe('Failed: You seem to be offline.');
    expect(stateOf('two.iso')).toBe('Failed: Something went wrong while talking to PikPak.');
    screen.getByRole('button', { name: 'Retry all failed' }).click();
    expect(spy.retryAllFailed).toHaveBeenCalledTimes(1);
    await within(await screen.findByRole('alert')).findByText('You seem to be offline.');
  });

  it('keeps the empty state for an empty queue, and placeholders before storage answered', () => {
    const { rerender } = render(<TasksPanel loading={false} entries={undefined} now={NOW} />);
    screen.getByText('Loading tasks…', { exact: false });
    rerender(<TasksPanel loading={false} entries={[]} now={NOW} />);
    screen.getByRole('heading', { name: 'No downloads yet' });
  });
});
