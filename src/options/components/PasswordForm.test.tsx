// @vitest-environment happy-dom
// The lint keeps shipped code from importing test code; this is a test importing its set-up.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestError } from '../../shared/messages.ts';
import type { SignInAnswer } from '../../ui/browser-account.ts';
import type { PasswordSignInDeps } from '../use-password-sign-in.ts';
import { PasswordForm } from './PasswordForm.tsx';

afterEach(cleanup);

const CHECK_URL = 'https://user.mypikpak.com/captcha/v2/spritePuzzle.html?action=POST:/v1/auth/signin';

/** Dependencies whose captcha watcher the test can fire, as the background writing `verifiedCaptcha` would. */
function fakeDeps(answers: Array<SignInAnswer | Error>) {
  const watchers: Array<{ callback: (token: string) => void; signal: AbortSignal }> = [];
  const deps: PasswordSignInDeps = {
    signIn: vi.fn(() => {
      const answer = answers.shift() ?? { signedIn: true as const };
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    }),
    openTab: vi.fn(() => Promise.resolve()),
    watchVerifiedCaptcha: (callback, signal) => watchers.push({ callback, signal }),
  };
  const verify = (token: string) => watchers.filter((w) => !w.signal.aborted).forEach((w) => w.callback(token));
  return { deps, watchers, verify };
}

function fillAndSubmit(username = 'me@example.com', password = 'secret') {
  fireEvent.input(screen.getByLabelText('Email or phone'), { target: { value: username } });
  fireEvent.input(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('PasswordForm', () => {
  it('opens PikPak’s check, waits for it, then signs in again with the verified captcha token', async () => {
    const { deps, verify } = fakeDeps([{ humanCheckUrl: CHECK_URL }, { signedIn: true }]);
    render(<PasswordForm deps={deps} />);
    fillAndSubmit();

    await screen.findByText('Waiting for you to finish PikPak’s check in the other tab…');
    expect(deps.openTab).toHaveBeenCalledWith(CHECK_URL);
    expect(deps.signIn).toHaveBeenCalledWith({ username: 'me@example.com', password: 'secret' });
    expect(screen.getByLabelText<HTMLInputElement>('Password').disabled).toBe(true);
    screen.getByRole('button', { name: 'Cancel' });
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();

    verify('ck0.verified');
    await waitFor(() =>
      expect(deps.signIn).toHaveBeenLastCalledWith({
        username: 'me@example.com',
        password: 'secret',
        captchaToken: 'ck0.verified',
      }),
    );
    await waitFor(() => expect(screen.queryByText(/Waiting for you/)).toBeNull());
  });

  it('stops waiting on Cancel, keeps what was typed and ignores a token that comes later', async () => {
    const { deps, watchers, verify } = fakeDeps([{ humanCheckUrl: CHECK_URL }]);
    render(<PasswordForm deps={deps} />);
    fillAndSubmit();
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));

    expect(screen.queryByText(/Waiting for you/)).toBeNull();
    expect(watchers[0]?.signal.aborted).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('me@example.com');
    verify('ck0.late');
    expect(deps.signIn).toHaveBeenCalledTimes(1);
  });

  it('opens a human check only on PikPak’s own https pages', async () => {
    const { deps, watchers } = fakeDeps([{ humanCheckUrl: 'https://evil.example/captcha?redirect=mypikpak.com' }]);
    render(<PasswordForm deps={deps} />);
    fillAndSubmit();
    await screen.findByText('PikPak sent an answer the extension does not understand.');
    expect(deps.openTab).not.toHaveBeenCalled();
    expect(watchers).toHaveLength(0);
    expect(screen.queryByText(/Waiting for you/)).toBeNull();
  });

  it('explains wrong credentials, including the Google or Facebook case', async () => {
    const { deps } = fakeDeps([new RequestError('bad-credentials', 'invalid_account_or_password')]);
    render(<PasswordForm deps={deps} />);
    fillAndSubmit();
    await screen.findByText(/Accounts created with Google or Facebook have no password/);
    expect(screen.queryByText(/invalid_account_or_password/)).toBeNull();
  });

  it('asks for the missing field instead of signing in', () => {
    const { deps } = fakeDeps([]);
    render(<PasswordForm deps={deps} />);
    fillAndSubmit('me@example.com', '');
    screen.getByText('Enter your password.');
    expect(deps.signIn).not.toHaveBeenCalled();
  });
});
