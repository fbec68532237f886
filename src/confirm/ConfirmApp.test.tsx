// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PendingSelection } from '../shared/pending-selection.ts';
import { ConfirmApp, type ConfirmActions } from './ConfirmApp.tsx';

afterEach(cleanup);

const link = (name: string) => ({ url: `https://example.test/${name}`, key: `url:${name}`, displayName: name });
const selection: PendingSelection = {
  id: 'sel-1',
  links: [link('a.iso'), link('b.iso'), link('c.iso')],
  destination: { kind: 'folder', id: 'VNmovies', name: 'Movies' },
  skipped: { shares: 2, unreadable: 0 },
  shares: [
    { shareId: 'VNone', passCode: 'ab12', displayName: 'mypikpak.com/s/VNone' },
    { shareId: 'VNtwo', displayName: 'mypikpak.com/s/VNtwo' },
  ],
  page: { title: 'Mirrors', url: 'https://example.test/' },
  createdAt: 0,
};

function setUp(shown: PendingSelection | null | undefined = selection) {
  const actions = {
    confirm: vi.fn<ConfirmActions['confirm']>().mockResolvedValue({ added: 2, alreadyQueued: 0 }),
    discard: vi.fn<ConfirmActions['discard']>().mockResolvedValue(undefined),
    close: vi.fn<ConfirmActions['close']>(),
    openShare: vi.fn<ConfirmActions['openShare']>().mockResolvedValue(undefined),
  };
  render(<ConfirmApp selection={shown} actions={actions} />);
  return actions;
}

describe('the confirm window', () => {
  it('lists every link ticked, with where they go and why share links stay behind', () => {
    setUp();
    screen.getByRole('heading', { name: '3 links found' });
    screen.getByText('Saves to Movies');
    screen.getByText('From “Mirrors”');
    screen.getByText(/2 PikPak share links are not sent/);
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(4); // select all + 3
    screen.getByText('3 of 3 selected');
  });

  it('sends only the ticked links, then closes', async () => {
    const actions = setUp();
    fireEvent.click(screen.getByRole('checkbox', { name: /b\.iso/ }));
    screen.getByText('2 of 3 selected');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Select all' }).indeterminate).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Send 2 links' }));
    await waitFor(() => expect(actions.close).toHaveBeenCalled());
    expect(actions.confirm).toHaveBeenCalledWith(['url:a.iso', 'url:c.iso']);
  });

  it('select all off leaves nothing to send; Escape cancels', async () => {
    const actions = setUp();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all' }));
    screen.getByText('0 of 3 selected');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Send/ }).disabled).toBe(true);
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(actions.close).toHaveBeenCalled());
    expect(actions.discard).toHaveBeenCalled();
    expect(actions.confirm).not.toHaveBeenCalled();
  });

  it('offers each share link of the selection to open, with its pass code, and keeps the window open', async () => {
    const actions = setUp();
    const shares = screen.getByRole('list', { name: 'PikPak shares' });
    expect(
      within(shares)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['mypikpak.com/s/VNoneOpen', 'mypikpak.com/s/VNtwoOpen']);
    fireEvent.click(within(shares).getByRole('button', { name: 'Open share mypikpak.com/s/VNone' }));
    await waitFor(() => expect(actions.openShare).toHaveBeenCalledWith('VNone', 'ab12'));
    fireEvent.click(within(shares).getByRole('button', { name: 'Open share mypikpak.com/s/VNtwo' }));
    await waitFor(() => expect(actions.openShare).toHaveBeenCalledWith('VNtwo', undefined));
    expect(actions.close).not.toHaveBeenCalled();
  });

  it('with only share links, lists them to open and has nothing to send', () => {
    const actions = setUp({ ...selection, links: [] });
    screen.getByRole('heading', { name: 'PikPak shares in the selection' });
    expect(screen.queryByRole('button', { name: /Send/ })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    screen.getByRole('button', { name: 'Open share mypikpak.com/s/VNone' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(actions.discard).toHaveBeenCalled();
  });

  it('says so when the selection was already sent or cancelled', () => {
    const actions = setUp(null);
    screen.getByRole('heading', { name: 'Nothing left to send' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(actions.close).toHaveBeenCalled();
  });
});
