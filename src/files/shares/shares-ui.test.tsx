// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecentShare } from '../../shared/shares.ts';
import { file } from '../test/items.ts';
import { fakeShareStore } from '../test/shares.ts';
import { PassCodeDialog } from './PassCodeDialog.tsx';
import { SharesHome } from './SharesHome.tsx';

afterEach(cleanup);

const SHARES = {
  VOopenShare1: { title: 'Open one', folders: { '': [file('a.txt')] } },
  VOcodedShare: { title: 'Coded', passCode: 'ab12', folders: { '': [file('b.txt')] } },
  VOblockedShr: { title: 'Blocked', status: 'prohibited' as const, folders: {} },
};

function home(recent: RecentShare[] = [{ shareId: 'VOopenShare1', title: 'Open one', fileCount: 1, openedAt: 0 }]) {
  const { store, requests } = fakeShareStore(SHARES, { recent });
  store.start();
  const onOpenShare = vi.fn();
  render(
    <>
      <SharesHome shares={store} onOpenShare={onOpenShare} locale="en" />
      <PassCodeDialog shares={store} onOpened={onOpenShare} />
    </>,
  );
  const box = screen.getByRole('textbox', { name: 'Share link' });
  const type = (text: string) => fireEvent.input(box, { target: { value: text } });
  const open = () => fireEvent.click(screen.getByRole('button', { name: 'Open' }));
  return { store, requests, onOpenShare, type, open };
}

describe('the Shares place', () => {
  it('opens a pasted link with the pass code written next to it', async () => {
    const { requests, onOpenShare, type, open } = home();
    type('看这个 mypikpak.com/s/VOcodedShare 提取码：ab12');
    open();
    await waitFor(() => expect(onOpenShare).toHaveBeenCalledWith('VOcodedShare'));
    expect(requests.open).toHaveBeenCalledWith('VOcodedShare', 'ab12');
  });

  it('says when the text holds no share link, and shows many links together', () => {
    const { type, open } = home();
    type('https://example.com/file.zip');
    open();
    expect(screen.getByText('There is no PikPak share link in this text.')).toBeTruthy();
    type('https://mypikpak.com/s/VOopenShare1\nhttps://mypikpak.com/s/VOcodedShare');
    expect(screen.queryByRole('button', { name: 'Open' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Shares in the pasted text' })).toBeTruthy();
  });

  it('asks for a missing pass code, says a wrong one is wrong, and opens the share with the right one', async () => {
    const { onOpenShare, type, open } = home();
    type('https://mypikpak.com/s/VOcodedShare');
    open();
    const dialog = await screen.findByRole('dialog', { name: 'Pass code for this share' });
    expect(within(dialog).getByText('This share needs a pass code')).toBeTruthy();
    const field = within(dialog).getByLabelText('Pass code');
    const submit = within(dialog).getByRole('button', { name: 'Open share' });
    fireEvent.click(submit);
    expect(within(dialog).getByText('Enter the pass code you were given with the link.')).toBeTruthy();
    fireEvent.input(field, { target: { value: 'nope' } });
    fireEvent.click(submit);
    await waitFor(() => expect(within(dialog).getAllByText('That pass code is wrong').length).toBeGreaterThan(0));
    fireEvent.input(field, { target: { value: 'ab12' } });
    fireEvent.click(submit);
    await waitFor(() => expect(onOpenShare).toHaveBeenCalledWith('VOcodedShare'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('explains a share blocked in this region', async () => {
    const { type, open } = home();
    type('https://mypikpak.com/s/VOblockedShr');
    open();
    await screen.findByText('PikPak does not let this share be opened from where you are.');
    expect(screen.getByText(/a proxy or VPN for this browser is the way to open it/)).toBeTruthy();
  });

  it('lists recent shares, finds them and removes them', async () => {
    const recent = [
      { shareId: 'VOcodedShare', title: 'Coded films', fileCount: 3, openedAt: 2 },
      { shareId: 'VOopenShare1', title: 'Open one', openedAt: 1 },
    ];
    const { requests, onOpenShare } = home(recent);
    const list = await screen.findByRole('list', { name: 'Recent shares' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([expect.stringContaining('Coded films'), expect.stringContaining('Open one')]);
    expect(within(list).getAllByRole('link')[0]?.textContent).toContain('3 items');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search recent shares' }), { target: { value: 'OPEN' } });
    expect(within(list).getAllByRole('link')).toHaveLength(1);
    fireEvent.click(within(list).getByRole('link'));
    expect(onOpenShare).toHaveBeenCalledWith('VOopenShare1');
    fireEvent.click(within(list).getByRole('button', { name: 'Remove “Open one” from recent shares' }));
    await waitFor(() => expect(requests.forget).toHaveBeenCalledWith('VOopenShare1'));
    await screen.findByText('No recent share matches “OPEN”.');
  });
});
