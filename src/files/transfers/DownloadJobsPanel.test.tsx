// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DownloadJob } from '../../shared/download-jobs.ts';
import { DownloadJobsPanel } from './DownloadJobsPanel.tsx';

afterEach(cleanup);

function job(init: Partial<DownloadJob>): DownloadJob {
  return {
    id: 'job1',
    title: '“Show”',
    createdAt: 0,
    state: 'running',
    files: [
      { id: 'a', path: 'Show/a.mkv', size: 1000, state: 'done' },
      { id: 'b', path: 'Show/b.mkv', size: 1000, state: 'waiting' },
    ],
    ...init,
  };
}

function show(value: DownloadJob) {
  const actions = { cancel: vi.fn(), retryFailed: vi.fn(), dismiss: vi.fn() };
  render(<DownloadJobsPanel jobs={signal([value])} actions={actions} locale="en" />);
  return actions;
}

describe('the downloads panel', () => {
  it('says a job held while signed out waits for a sign-in, with nothing failed and Cancel still there', () => {
    const actions = show(job({ held: { kind: 'signed-out', message: 'no session', until: 60_000 } }));
    expect(screen.getByRole('status').textContent).toBe(
      'Paused: You are signed out of PikPak. The downloads go on when you sign in.',
    );
    expect(screen.queryByText(/failed/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Cancel/ }));
    expect(actions.cancel).toHaveBeenCalledWith('job1');
  });

  it('says a job held for a rate limit goes on by itself', () => {
    show(job({ held: { kind: 'rate-limited', message: 'slow down', until: 60_000 } }));
    expect(screen.getByRole('status').textContent).toBe(
      'Paused: PikPak is getting too many requests from you right now. The downloads go on by themselves in a minute.',
    );
  });

  it('says a one-file job was downloaded, or not, without "1 of 1 files"', () => {
    const file = { id: 'a', path: 'a.mkv', size: 10 };
    show(job({ state: 'finished', files: [{ ...file, state: 'done' }] }));
    expect(screen.getByText('Downloaded')).toBeTruthy();
    cleanup();
    show(job({ state: 'finished', files: [{ ...file, state: 'failed', failure: { kind: 'no-link', message: '' } }] }));
    expect(screen.getByText(/^Not downloaded/)).toBeTruthy();
    cleanup();
    show(job({ state: 'finished' }));
    expect(screen.getByText('Downloaded 1 of 2 files')).toBeTruthy();
  });

  it('shows no pause for a running job that is not held', () => {
    show(job({}));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
  });
});
