// @vitest-environment happy-dom
// The lint keeps shipped code from importing test code; this is a test importing its set-up.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestError } from '../../shared/messages.ts';
import { TokenForm } from './TokenForm.tsx';

afterEach(cleanup);

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Use this token' }));

describe('TokenForm', () => {
  it('asks for a token instead of sending an empty one', () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    render(<TokenForm onSubmit={onSubmit} />);
    const field = screen.getByLabelText('Refresh token');
    fireEvent.input(field, { target: { value: '   ' } });
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    screen.getByText('Paste a refresh token first.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(screen.getByText('Paste a refresh token first.').id);
  });

  it('sends the trimmed token with the chosen platform, and shows where to find it', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    render(<TokenForm onSubmit={onSubmit} />);
    screen.getByText(/credentials_YUMx5nI8ZU8Ap8pm/);
    const platform = screen.getByRole('group', { name: 'Platform' });
    fireEvent.click(within(platform).getByRole('radio', { name: 'Android' }));
    screen.getByText(/OpenList or rclone/);
    fireEvent.input(screen.getByLabelText('Refresh token'), { target: { value: '  r1.token \n' } });
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('r1.token', 'android'));
    expect(screen.queryByText('Paste a refresh token first.')).toBeNull();
  });

  it('says PikPak refused the token, not the server’s text', async () => {
    const onSubmit = vi.fn(() => Promise.reject(new RequestError('signed-out', 'invalid_grant 4126 raw')));
    render(<TokenForm onSubmit={onSubmit} />);
    fireEvent.input(screen.getByLabelText('Refresh token'), { target: { value: 'dead' } });
    submit();
    await screen.findByText('PikPak did not accept this refresh token.');
    expect(screen.queryByText(/invalid_grant/)).toBeNull();
  });

  it('shows other failures with the sentence for their kind', async () => {
    const onSubmit = vi.fn(() => Promise.reject(new RequestError('network', 'fetch failed')));
    render(<TokenForm onSubmit={onSubmit} />);
    fireEvent.input(screen.getByLabelText('Refresh token'), { target: { value: 'r1' } });
    submit();
    await screen.findByText('You seem to be offline.');
    screen.getByText('Check your connection and try again');
  });
});
