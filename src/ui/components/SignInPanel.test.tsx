// @vitest-environment happy-dom
// The lint keeps shipped code from importing test code; this is a test importing its set-up.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInPanel } from './SignInPanel.tsx';

afterEach(cleanup);

describe('SignInPanel', () => {
  it('offers the website first, as a link', () => {
    render(<SignInPanel onPasteToken={vi.fn()} onPasswordSignIn={vi.fn()} />);
    const choices = within(screen.getByRole('list', { name: 'Ways to sign in' })).getAllByRole('listitem');
    expect(choices).toHaveLength(3);
    const web = within(choices[0]!).getByRole('link', { name: /^Open mypikpak\.com to sign in/ });
    expect(web.getAttribute('href')).toBe('https://mypikpak.com/drive/all');
  });

  it('after a sign-out, offers to use the mypikpak.com session again instead', () => {
    const onUseWebSession = vi.fn();
    render(
      <SignInPanel
        webSessionPaused
        onUseWebSession={onUseWebSession}
        onPasteToken={vi.fn()}
        onPasswordSignIn={vi.fn()}
      />,
    );
    expect(screen.queryByRole('link', { name: /^Open mypikpak\.com to sign in/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Use my mypikpak\.com session/ }));
    expect(onUseWebSession).toHaveBeenCalledTimes(1);
  });
});
