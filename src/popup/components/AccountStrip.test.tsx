// @vitest-environment happy-dom
// The lint keeps shipped code from importing test code; this is a test importing its set-up.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountStrip } from './AccountStrip.tsx';

afterEach(cleanup);

const text = (element: Element) => element.textContent?.replace(/\s/g, ' ');

describe('AccountStrip', () => {
  it('names the signed-in account, its plan and its storage as "used of limit" with a meter', () => {
    render(
      <AccountStrip
        locale="en"
        account={{
          status: 'signed-in',
          sub: 'u1',
          name: 'Tester',
          email: 'tester@example.com',
          source: 'web',
          quota: { usedBytes: 5_113_157_556_024, limitBytes: 10_995_116_277_760 },
          membership: 'Premium',
        }}
      />,
    );
    const strip = screen.getByRole('region', { name: 'Account' });
    within(strip).getByText('Tester');
    within(strip).getByText('tester@example.com');
    within(strip).getByText('Premium');
    within(strip).getByText((_, element) => element?.tagName === 'SPAN' && text(element) === '4.7 TB of 10 TB');
    const meter = within(strip).getByRole('meter', { name: 'Storage used' });
    expect(meter.getAttribute('aria-valuenow')).toBe('47');
    expect(meter.getAttribute('aria-valuetext')?.replace(/\s/g, ' ')).toBe('4.7 TB of 10 TB');
    expect(within(strip).queryByRole('alert')).toBeNull();
  });

  it('falls back to the email as the name, and shows no meter without a limit', () => {
    render(
      <AccountStrip
        locale="en"
        account={{
          status: 'signed-in',
          sub: 'u1',
          email: 'only@example.com',
          source: 'token',
          quota: { usedBytes: 1024 },
        }}
      />,
    );
    expect(screen.getAllByText('only@example.com')).toHaveLength(1);
    screen.getByText('Signed in');
    screen.getByText((_, element) => element?.tagName === 'SPAN' && text(element) === '1 kB used');
    expect(screen.queryByRole('meter')).toBeNull();
  });

  it('says why the user is signed out and what to do, as a link to mypikpak.com', () => {
    render(<AccountStrip account={{ status: 'signed-out', reason: 'signed-out' }} />);
    const strip = screen.getByRole('region', { name: 'Account' });
    within(strip).getByText('Not signed in');
    const alert = within(strip).getByRole('alert');
    within(alert).getByText('You are signed out of PikPak.');
    const link = within(alert).getByRole('link', { name: /Open mypikpak\.com to sign in/ });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/mypikpak\.com\//);
  });

  it('shows a problem while signed in as a warning, and a failed refresh with a retry button', () => {
    const onRetry = vi.fn();
    const { rerender } = render(
      <AccountStrip
        account={{ status: 'signed-in', sub: 'u1', name: 'Tester', source: 'web', problem: 'captcha-needed' }}
      />,
    );
    within(screen.getByRole('status')).getByText('PikPak wants to check you are human.');
    rerender(
      <AccountStrip
        account={{ status: 'signed-in', sub: 'u1', name: 'Tester', source: 'web' }}
        error="network"
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    within(alert).getByText('You seem to be offline.');
    within(alert).getByRole('button', { name: 'Check your connection and try again' }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('says it is checking before storage answered', () => {
    render(<AccountStrip account={{ status: 'checking' }} />);
    screen.getByText('Checking your account…');
    expect(screen.getByRole('region', { name: 'Account' }).getAttribute('aria-busy')).toBe('true');
  });
});
