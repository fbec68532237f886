// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
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
  page: { title: 'Mirrors', url: 'https://example.test/' },
  createdAt: 0,
};

function setUp(shown: PendingSelection | null | undefined = selection) {
  const actions = {
    confirm: vi.fn<ConfirmActions['confirm']>().mockResolvedValue({ added: 2, alreadyQueued: 0 }),
    discard: vi.fn<ConfirmActions['discard']>().mockResolvedValue(undefined),
    close: vi.fn<ConfirmActions['close']>(),
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
    screen.getByText(/2 PikPak share links are not included/);
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

  it('says so when the selection was already sent or cancelled', () => {
    const actions = setUp(null);
    screen.getByRole('heading', { name: 'Nothing left to send' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(actions.close).toHaveBeenCalled();
  });
});
