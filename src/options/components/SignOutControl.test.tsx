// @vitest-environment happy-dom
// The lint keeps shipped code from importing test code; this is a test importing its set-up.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignOutControl } from './SignOutControl.tsx';

afterEach(cleanup);

describe('SignOutControl', () => {
  it('asks inline first, says mypikpak.com stays signed in, and signs out only on confirmation', async () => {
    const onSignOut = vi.fn(() => Promise.resolve());
    render(<SignOutControl fromWebSession onSignOut={onSignOut} />);
    screen.getByText(/does not sign you out of mypikpak\.com/);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).not.toHaveBeenCalled();

    const question = screen.getByRole('group', { name: 'Sign out of PikPak in this extension?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(onSignOut).toHaveBeenCalledTimes(1));
  });

  it('goes back on Cancel, and explains an own session is ended for good', () => {
    const onSignOut = vi.fn(() => Promise.resolve());
    render(<SignOutControl fromWebSession={false} onSignOut={onSignOut} />);
    screen.getByText(/paste a token or sign in again/);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).not.toHaveBeenCalled();
  });
});
