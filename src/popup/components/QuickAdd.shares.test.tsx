// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SendActions } from '../send-actions.ts';
import { QuickAdd } from './QuickAdd.tsx';

afterEach(cleanup);

const HASH_A = 'a'.repeat(40);
type OpenShare = (shareId: string, passCode: string | undefined) => Promise<void>;

function setUp(openShare = vi.fn<OpenShare>().mockResolvedValue(undefined)) {
  const enqueue = vi.fn<SendActions['enqueue']>().mockResolvedValue({ added: 1, alreadyQueued: 0 });
  render(<QuickAdd enqueue={enqueue} openShare={openShare} />);
  const box = screen.getByRole('textbox', { name: 'Links' });
  const type = (value: string) => fireEvent.input(box, { target: { value } });
  return { enqueue, openShare, box, type };
}

describe('QuickAdd with PikPak share links', () => {
  it('says each share line is a share and offers Open, which opens it with its pass code', async () => {
    const { openShare, type } = setUp();
    type(
      [
        'https://mypikpak.com/s/VOabc123def456 提取码: ab12',
        `magnet:?xt=urn:btih:${HASH_A}`,
        'https://mypikpak.net/s/VOzzz999yyy888?pwd=x1y2',
      ].join('\n'),
    );
    const shares = await screen.findByRole('list', { name: 'PikPak shares' });
    expect(
      within(shares)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Line 1: PikPak share mypikpak.com/s/VOabc123def456Open',
      'Line 3: PikPak share mypikpak.net/s/VOzzz999yyy888Open',
    ]);
    // Shares are not problems: the box is not marked invalid, and no line is listed as one that will not be sent.
    expect(screen.queryByRole('list', { name: 'Lines that will not be sent' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Links' }).getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('status', { name: 'Line check' }).textContent).toBe('1 link ready');
    expect(screen.getByRole('status', { name: 'PikPak shares' }).textContent).toBe('2 PikPak shares to open');

    fireEvent.click(within(shares).getByRole('button', { name: 'Open share mypikpak.com/s/VOabc123def456' }));
    await waitFor(() => expect(openShare).toHaveBeenCalledWith('VOabc123def456', 'ab12'));
    fireEvent.click(within(shares).getByRole('button', { name: 'Open share mypikpak.net/s/VOzzz999yyy888' }));
    await waitFor(() => expect(openShare).toHaveBeenCalledWith('VOzzz999yyy888', 'x1y2'));
  });

  it('sends no share: with only a share there is nothing to send, and sending the rest keeps the share line', async () => {
    const { enqueue, box, type } = setUp();
    type('https://mypikpak.com/s/VOabc123def456');
    await screen.findByRole('button', { name: 'Open share mypikpak.com/s/VOabc123def456' });
    screen.getByText('No links to send yet');
    expect(screen.getByRole('status', { name: 'PikPak shares' }).textContent).toBe('1 PikPak share to open');
    expect(screen.getByRole('button', { name: 'Send to PikPak' })).toHaveProperty('disabled', true);

    type(`https://mypikpak.com/s/VOabc123def456\nmagnet:?xt=urn:btih:${HASH_A}`);
    await screen.findByText('1 link ready');
    screen.getByRole('button', { name: 'Send to PikPak' }).click();
    await screen.findByText('1 link queued');
    expect(enqueue.mock.calls[0]?.[0].map((link) => link.url)).toEqual([`magnet:?xt=urn:btih:${HASH_A}`]);
    expect((box as HTMLTextAreaElement).value).toBe('https://mypikpak.com/s/VOabc123def456');
    screen.getByRole('button', { name: 'Open share mypikpak.com/s/VOabc123def456' });
  });

  it('flags a repeated share as a repeat, offering it once', async () => {
    const { type } = setUp();
    type('https://mypikpak.com/s/VOabc123def456\nhttps://www.mypikpak.com/s/VOabc123def456/');
    await screen.findByText('Line 2 repeats line 1');
    expect(screen.getAllByRole('button', { name: /^Open share/ })).toHaveLength(1);
  });

  it('says why a share could not be opened', async () => {
    const failing = vi.fn<OpenShare>().mockRejectedValue(Object.assign(new Error('offline'), { kind: 'network' }));
    const { type } = setUp(failing);
    type('https://mypikpak.com/s/VOabc123def456');
    fireEvent.click(await screen.findByRole('button', { name: 'Open share mypikpak.com/s/VOabc123def456' }));
    await within(await screen.findByRole('alert')).findByText('You seem to be offline.');
  });
});
