// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Aria2Settings } from '../../shared/aria2-settings.ts';
import { RequestError } from '../../shared/messages.ts';
import type { Aria2Access } from '../aria2-access.ts';
import { Aria2Section } from './Aria2Section.tsx';

afterEach(cleanup);

const STORED: Aria2Settings = { endpoint: 'http://localhost:6800/jsonrpc', secret: 'hunter2', dir: '/srv/dl' };

function setUp(overrides: Partial<Aria2Access> = {}) {
  const access = {
    read: vi.fn<Aria2Access['read']>().mockResolvedValue(STORED),
    save: vi.fn<Aria2Access['save']>().mockResolvedValue(undefined),
    requestOrigin: vi.fn<Aria2Access['requestOrigin']>().mockResolvedValue(true),
    test: vi.fn<Aria2Access['test']>().mockResolvedValue({ version: '1.36.0' }),
    ...overrides,
  };
  render(<Aria2Section access={access} />);
  const section = screen.getByRole('region', { name: 'aria2' });
  const field = (label: string) => within(section).getByLabelText<HTMLInputElement>(label);
  return { access, section, field, status: within(section).getByRole('status') };
}

async function loaded(field: (label: string) => HTMLInputElement) {
  await waitFor(() => expect(field('RPC address').value).toBe(STORED.endpoint));
}

describe('Aria2Section', () => {
  it('shows the stored settings, the secret hidden until asked, and the Motrix port', async () => {
    const { section, field } = setUp();
    await loaded(field);
    expect(field('Secret').type).toBe('password');
    expect(field('Secret').value).toBe('hunter2');
    expect(field('Download folder').value).toBe('/srv/dl');
    within(section).getByText(/Motrix uses port 16800/);

    const toggle = within(section).getByRole('button', { name: 'Show secret' });
    fireEvent.click(toggle);
    expect(field('Secret').type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(field('Secret').type).toBe('password');
  });

  it('tests the typed settings: asks for the host inside the click, then shows the version', async () => {
    const { access, section, field, status } = setUp();
    await loaded(field);
    fireEvent.input(field('Secret'), { target: { value: 'typed secret' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Test connection' }));
    // Called inside the click, before anything was awaited.
    expect(access.requestOrigin).toHaveBeenCalledWith('http://localhost/*');
    await within(status).findByText('Connected to aria2 1.36.0');
    expect(access.test).toHaveBeenCalledWith('http://localhost:6800/jsonrpc', 'typed secret');
    expect(access.save).not.toHaveBeenCalled();
  });

  it.each([
    ['aria2-secret', 'Unauthorized', 'aria2 refused the secret.'],
    [
      'aria2-unreachable',
      'fetch failed',
      'aria2 is not reachable at http://localhost:6800/jsonrpc: is it running with --enable-rpc?',
    ],
    ['aria2-refused', 'HTTP 404 from http://localhost:6800', 'aria2 said: HTTP 404 from http://localhost:6800'],
    ['aria2-timeout', 'slow', 'aria2 did not answer within 10 seconds.'],
  ])('says why a test failed (%s)', async (kind, message, sentence) => {
    const { section, field, status } = setUp({
      test: vi.fn<Aria2Access['test']>().mockRejectedValue(new RequestError(kind, message)),
    });
    await loaded(field);
    fireEvent.click(within(section).getByRole('button', { name: 'Test connection' }));
    await within(status).findByText(sentence);
    expect(status.textContent).not.toContain('hunter2');
  });

  it('saves the normalised settings after the host permission was granted', async () => {
    const { access, section, field, status } = setUp();
    await loaded(field);
    fireEvent.input(field('RPC address'), { target: { value: 'ws://127.0.0.1:16800' } });
    fireEvent.input(field('Download folder'), { target: { value: '  D:\\Downloads  ' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save' }));
    expect(access.requestOrigin).toHaveBeenCalledWith('http://127.0.0.1/*');
    await within(status).findByText('Saved.');
    expect(access.save).toHaveBeenCalledWith({
      endpoint: 'http://127.0.0.1:16800/jsonrpc',
      secret: 'hunter2',
      dir: 'D:\\Downloads',
    });
    expect(field('RPC address').value).toBe('http://127.0.0.1:16800/jsonrpc');
    // Editing again clears the stale "Saved."
    fireEvent.input(field('Secret'), { target: { value: 'new' } });
    expect(within(status).queryByText('Saved.')).toBeNull();
  });

  it('does not save when access to the host is refused', async () => {
    const { access, section, field, status } = setUp({
      requestOrigin: vi.fn<Aria2Access['requestOrigin']>().mockResolvedValue(false),
    });
    await loaded(field);
    fireEvent.click(within(section).getByRole('button', { name: 'Save' }));
    await within(status).findByText('Access to http://localhost:6800 was not allowed, so the settings were not saved.');
    expect(access.save).not.toHaveBeenCalled();
  });

  it('refuses an address that is not http(s), under the field, without asking for anything', async () => {
    const { access, section, field } = setUp();
    await loaded(field);
    fireEvent.input(field('RPC address'), { target: { value: 'ftp://nas/rpc' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Test connection' }));
    within(section).getByText('Enter an http:// or https:// address, like http://localhost:6800/jsonrpc.');
    expect(field('RPC address').getAttribute('aria-invalid')).toBe('true');
    expect(access.requestOrigin).not.toHaveBeenCalled();
    expect(access.save).not.toHaveBeenCalled();
    expect(access.test).not.toHaveBeenCalled();
  });
});
