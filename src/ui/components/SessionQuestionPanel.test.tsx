// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestError } from '../../shared/messages.ts';
import type { SessionQuestion } from '../../shared/session-question.ts';
import { SessionQuestionPanel } from './SessionQuestionPanel.tsx';

afterEach(cleanup);

const SWITCH: SessionQuestion = {
  kind: 'switch-account',
  offered: { sub: 'YgB', email: 'b@x.com', name: 'Bee' },
  current: { sub: 'YgA', email: 'a@y.com' },
  askedAt: 1,
};
const PAUSED: SessionQuestion = { kind: 'web-signed-out', account: { sub: 'YgA', name: 'Ann' }, askedAt: 1 };

describe('SessionQuestionPanel', () => {
  it('names both accounts by email and answers for the account it named', async () => {
    const onAnswer = vi.fn(() => Promise.resolve());
    render(<SessionQuestionPanel question={SWITCH} onAnswer={onAnswer} />);
    screen.getByRole('region', { name: 'Use another PikPak account?' });
    screen.getByText('mypikpak.com is signed in as b@x.com. Use that account instead of a@y.com?');
    fireEvent.click(screen.getByRole('button', { name: 'Keep a@y.com' }));
    await waitFor(() => expect(onAnswer).toHaveBeenCalledWith({ kind: 'switch-account', sub: 'YgB', choice: 'keep' }));
    fireEvent.click(screen.getByRole('button', { name: 'Switch' }));
    await waitFor(() =>
      expect(onAnswer).toHaveBeenLastCalledWith({ kind: 'switch-account', sub: 'YgB', choice: 'switch' }),
    );
  });

  it('says so when mypikpak.com no longer holds the account', async () => {
    render(
      <SessionQuestionPanel question={SWITCH} onAnswer={() => Promise.reject(new RequestError('not-found', 'gone'))} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Switch' }));
    expect((await screen.findByRole('alert')).textContent).toBe('mypikpak.com is no longer signed in as b@x.com.');
  });

  it('after a sign-out on mypikpak.com, offers to keep using the session or sign out here too', async () => {
    const onAnswer = vi.fn(() => Promise.resolve());
    render(<SessionQuestionPanel question={PAUSED} onAnswer={onAnswer} />);
    screen.getByText('You signed out of mypikpak.com, so the extension paused that session.');
    screen.getByText('Keep using Ann in the extension only, or sign out here too.');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out here too' }));
    await waitFor(() => expect(onAnswer).toHaveBeenCalledWith({ kind: 'web-signed-out', choice: 'sign-out' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep using it' }));
    await waitFor(() => expect(onAnswer).toHaveBeenLastCalledWith({ kind: 'web-signed-out', choice: 'keep-using' }));
  });
});
