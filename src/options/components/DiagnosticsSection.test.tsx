// @vitest-environment happy-dom
// The lint keeps shipped code from importing test code; this is a test importing its set-up.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecentError } from '../../shared/diagnostics.ts';
import { DiagnosticsSection, type DiagnosticsSectionProps } from './DiagnosticsSection.tsx';

afterEach(cleanup);

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

function renderSection(props: Partial<DiagnosticsSectionProps>) {
  const onClearErrors = vi.fn();
  render(
    <DiagnosticsSection
      lastCheck={null}
      state={{ kind: 'idle' }}
      onCheck={vi.fn()}
      errors={[]}
      clearState="idle"
      onClearErrors={onClearErrors}
      locale="en"
      now={NOW}
      {...props}
    />,
  );
  return { onClearErrors };
}

describe('DiagnosticsSection › Recent API errors', () => {
  it('shows the designed empty state and no Clear button when nothing is recorded', () => {
    renderSection({ errors: [] });
    screen.getByRole('heading', { name: 'No errors recorded' });
    screen.getByText(/without tokens or passwords/);
    expect(screen.queryByRole('list', { name: 'Recent API errors' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear' })).toBeNull();
  });

  it('lists the errors newest first with the time, the sentence, the endpoint and the status', () => {
    const errors: RecentError[] = [
      {
        at: NOW - 3 * 3_600_000,
        kind: 'server',
        request: 'session.status',
        endpoint: 'GET /drive/v1/about',
        status: 502,
      },
      {
        at: NOW - 5 * 60_000,
        kind: 'signed-out',
        request: 'session.useRefreshToken',
        endpoint: 'POST /v1/auth/token',
        status: 400,
      },
      { at: NOW - 2 * 86_400_000, kind: 'network', request: 'session.signIn', endpoint: 'POST /v1/auth/signin' },
      { at: NOW - 10_000, kind: 'timeout', request: 'session.status' },
    ];
    renderSection({ errors });

    const items = within(screen.getByRole('list', { name: 'Recent API errors' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'PikPak took too long to answer.session.statusnow',
      'You are signed out of PikPak.POST /v1/auth/token · HTTP 4005 minutes ago',
      'PikPak is having trouble right now.GET /drive/v1/about · HTTP 5023 hours ago',
      'You seem to be offline.POST /v1/auth/signin2 days ago',
    ]);
    expect(within(items[1]!).getByText('5 minutes ago').getAttribute('datetime')).toBe(
      new Date(NOW - 300_000).toISOString(),
    );
    expect(screen.queryByRole('heading', { name: 'No errors recorded' })).toBeNull();
  });

  it('clears through the Clear button, which is busy while clearing, and says when clearing failed', () => {
    const errors: RecentError[] = [{ at: NOW, kind: 'server', endpoint: 'GET /drive/v1/about', status: 500 }];
    const { onClearErrors } = renderSection({ errors });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onClearErrors).toHaveBeenCalledTimes(1);

    cleanup();
    renderSection({ errors, clearState: 'clearing' });
    expect(screen.getByRole('button', { name: 'Clear' }).getAttribute('aria-busy')).toBe('true');

    cleanup();
    renderSection({ errors, clearState: 'failed' });
    expect(screen.getByRole('alert').textContent).toBe('The list could not be cleared. Try again.');
  });
});

describe('DiagnosticsSection › Copy report', () => {
  it('copies the report through its button and says so', async () => {
    const onCopyReport = vi.fn(() => Promise.resolve());
    renderSection({ onCopyReport });
    const button = screen.getByRole('button', { name: 'Copy report' });
    expect(button.getAttribute('aria-describedby')).toBe('diagnostics-report-text');
    fireEvent.click(button);
    expect(onCopyReport).toHaveBeenCalledTimes(1);
    await screen.findByText('Report copied. Paste it into your bug report.');
  });

  it('says when the report could not be copied', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderSection({ onCopyReport: () => Promise.reject(new Error('denied')) });
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await screen.findByText('The report could not be copied. Try again.');
    vi.restoreAllMocks();
  });
});
