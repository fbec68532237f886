// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILES_PER_JOB } from '../../shared/file-transfer.ts';
import { TransferDialog } from './TransferDialog.tsx';
import type { Transfers, TransferState } from './transfers.ts';

afterEach(cleanup);

function show(state: TransferState) {
  const transfers: Transfers = {
    state: signal(state),
    begin: vi.fn(),
    confirm: vi.fn(),
    retryFailed: vi.fn(),
    close: vi.fn(),
  };
  render(<TransferDialog transfers={transfers} locale="en" />);
  return transfers;
}

const files = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `V${i}`, path: `F/${i}`, size: 10 }));

describe('the transfer dialog', () => {
  it('counts while walking, with Cancel', () => {
    const transfers = show({
      phase: 'counting',
      purpose: 'download',
      title: '“Show”',
      progress: { files: 1, folders: 2, bytes: 2048 },
    });
    expect(screen.getByRole('dialog', { name: 'Download “Show”' })).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe(
      'Counting… 1 file (2 kB) in 2 folders so far',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(transfers.close).toHaveBeenCalled();
  });

  it('says what was found and starts on the user’s word', () => {
    const transfers = show({
      phase: 'ready',
      purpose: 'sendToAria2',
      title: '“Show”',
      plan: { files: files(3), folders: 1, totalBytes: 30 },
    });
    expect(screen.getByText('3 files (30 B) in 1 folder')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send 3 files' }));
    expect(transfers.confirm).toHaveBeenCalled();
  });

  it('refuses a download bigger than a job can hold and says what to do instead', () => {
    show({
      phase: 'ready',
      purpose: 'download',
      title: '“Camera”',
      plan: { files: files(MAX_FILES_PER_JOB + 1), folders: 1, totalBytes: 1 },
    });
    expect(screen.getByRole('alert').textContent).toContain('Send this folder to aria2');
    expect(screen.queryByRole('button', { name: /^Download/ })).toBeNull();
  });

  it('shows the result once, the files that failed with their reasons, and Retry', () => {
    const transfers = show({
      phase: 'done',
      purpose: 'copyLinks',
      title: '2 items',
      ok: 1,
      failed: [{ id: 'VB', path: 'b.mkv', kind: 'no-link', message: 'x' }],
    });
    expect(screen.getByRole('status').textContent).toBe('Copied 1 link.');
    expect(screen.getAllByText('Copied 1 link.')).toHaveLength(1);
    const failures = screen.getByRole('list', { name: 'Files that failed' });
    expect(failures.textContent).toContain('b.mkv');
    expect(failures.textContent).toContain('PikPak gave no download link for this file.');
    fireEvent.click(screen.getByRole('button', { name: 'Retry 1 failed' }));
    expect(transfers.retryFailed).toHaveBeenCalled();
  });
});
