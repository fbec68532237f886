// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../../../test/setup/extension-browser.ts';
import { accountState } from '../../../shared/account.ts';
import type { FolderRef } from '../../../shared/folders.ts';
import type { FolderActions } from '../../../ui/folder-actions.ts';
import { BatchShares, BatchSharesPanel } from './BatchShares.tsx';
import { fakeBatchDeps, type FakeShare } from './test/fake-batch-deps.ts';

afterEach(cleanup);

const FORUM: FolderRef = { id: 'VForum', name: 'From the forum' };

const SHARES: Record<string, FakeShare> = {
  VOfilms01: { title: 'Nosferatu (1922).mp4', fileCount: 1, size: 802_160_640 },
  VOfilms02: { title: 'Public Domain Films', fileCount: 3, size: 0 },
  VOcoded03: { passCode: 'ab12', title: 'Lectures' },
  VOgone004: { status: 'expired' },
  VOregion5: { status: 'prohibited' },
};

const TEXT = [
  'Films for the weekend:',
  'https://mypikpak.com/s/VOfilms01',
  'mypikpak.net/s/VOfilms02',
  'https://drive.mypikpak.com/s/VOcoded03',
  'https://mypikpak.com/s/VOgone004',
  'https://mypikpak.com/s/VOregion5',
  'https://mypikpak.com/s/VOfilms01?pwd=zzzz',
  'enjoy!',
].join('\n');

function setUp(options: { shares?: Record<string, FakeShare>; text?: string; signedOut?: boolean } = {}) {
  const fake = fakeBatchDeps(options.shares ?? SHARES);
  const folders: FolderActions = {
    listFolders: vi.fn(() => Promise.resolve({ folders: [FORUM] })),
    createFolder: vi.fn((_parentId: string, name: string) => Promise.resolve({ id: `V${name}`, name })),
  };
  const onOpen = vi.fn<(shareId: string) => void>();
  const signIn = vi.fn<() => void>();
  render(
    <BatchSharesPanel
      text={options.text ?? TEXT}
      onOpen={onOpen}
      deps={fake.deps}
      folders={folders}
      signedOut={options.signedOut ?? false}
      signIn={signIn}
      locale="en"
    />,
  );
  return { fake, onOpen, signIn };
}

const table = () => screen.getByRole('table', { name: 'Shares in the pasted text' });
const row = (name: string) => within(table()).getByRole('row', { name: new RegExp(`^${name}`) });
const live = () => screen.getByRole('status');
const opened = () =>
  waitFor(() => expect(live().textContent).toBe('2 ready, 1 need a pass code, 1 expired, 1 prohibited'));

/** Save all, then the folder "From the forum" in the picker. */
async function saveAllInto() {
  const saveAll = screen.getByRole('button', { name: 'Save all' });
  // A click focuses a button in the browser; the picker gives the focus back to what had it.
  saveAll.focus();
  fireEvent.click(saveAll);
  const picker = screen.getByRole('dialog', { name: 'Save the shares into a folder' });
  fireEvent.click(await within(picker).findByRole('button', { name: 'From the forum' }));
  await waitFor(() =>
    expect(within(picker).getByText('From the forum', { selector: '[aria-current] *, [aria-current]' })).toBeTruthy(),
  );
  fireEvent.click(within(picker).getByRole('button', { name: 'Save here' }));
}

describe('BatchSharesPanel', () => {
  it('lists each pasted share once, with what was not a share link, and opens them with a summary', async () => {
    setUp();
    expect(
      screen.getByText('5 share links found. 2 lines were not share links. 1 link named a share already listed.'),
    ).toBeTruthy();
    const rows = within(table()).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    // Every row loads until its answer arrives.
    expect(rows[0]?.getAttribute('aria-busy')).toBe('true');
    expect(live().textContent).toBe('Opening shares: 0 of 5…');
    await opened();

    const cells = (name: string) =>
      within(row(name))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(within(row('Nosferatu')).getByRole('rowheader').textContent).toBe('Nosferatu (1922).mp4VOfilms01');
    expect(cells('Nosferatu').slice(0, 3)).toEqual(['1', '765 MB', 'Ready']);
    // A folder's size is not summed by PikPak: no size rather than "0 B".
    expect(cells('Public Domain Films').slice(0, 3)).toEqual(['3', '—', 'Ready']);
    expect(cells('VOcoded03').slice(0, 3)).toEqual(['—', '—', 'Needs a pass code']);
    expect(cells('VOgone004')[2]).toBe('Expired');
    expect(cells('VOregion5')[2]).toBe('Prohibited in this region');
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Share', 'Files', 'Size', 'Status', 'Actions']);
  });

  it('opens a ready share through onOpen', async () => {
    const { onOpen } = setUp();
    await opened();
    fireEvent.click(screen.getByRole('button', { name: 'Open Nosferatu (1922).mp4' }));
    expect(onOpen).toHaveBeenCalledWith('VOfilms01');
    expect(screen.queryByRole('button', { name: 'Open VOgone004' })).toBeNull();
  });

  it('takes a pass code inline and opens that share again with it', async () => {
    const { fake } = setUp();
    await opened();
    const enter = screen.getByRole('button', { name: 'Enter a pass code for VOcoded03' });
    fireEvent.click(enter);
    const field = screen.getByRole('textbox', { name: 'Pass code for VOcoded03' });
    await waitFor(() => expect(document.activeElement).toBe(field));

    fireEvent.click(screen.getByRole('button', { name: 'Open with this code' }));
    expect(screen.getByText('Type the pass code first.')).toBeTruthy();
    expect(fake.callsOf('open')).toHaveLength(5);

    fireEvent.input(field, { target: { value: ' ab12 ' } });
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    await waitFor(() => expect(within(row('Lectures')).getByText('Ready')).toBeTruthy());
    expect(fake.callsOf('open').at(-1)?.args).toEqual(['VOcoded03', 'ab12']);
    expect(live().textContent).toBe('3 ready, 1 expired, 1 prohibited');
    expect(screen.getByRole('button', { name: 'Open Lectures' })).toBeTruthy();
  });

  it('closes the pass-code field with Escape and gives the focus back to its row', async () => {
    setUp();
    await opened();
    fireEvent.click(screen.getByRole('button', { name: 'Enter a pass code for VOcoded03' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Pass code for VOcoded03' }), { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Enter a pass code for VOcoded03' })),
    );
  });

  it('removes a share from the list, the focus moving to the next row', async () => {
    setUp();
    await opened();
    fireEvent.click(screen.getByRole('button', { name: 'Remove VOgone004 from the list' }));
    expect(within(table()).queryByRole('row', { name: /^VOgone004/ })).toBeNull();
    expect(live().textContent).toBe('2 ready, 1 need a pass code, 1 prohibited');
    await waitFor(() => expect(row('VOregion5').contains(document.activeElement)).toBe(true));
  });

  it('says so when the last share is removed, and keeps the focus on that line', async () => {
    setUp({ shares: { VOone0001: {}, VOtwo0002: {} }, text: 'mypikpak.com/s/VOone0001 mypikpak.com/s/VOtwo0002' });
    await waitFor(() => expect(live().textContent).toBe('2 ready'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove VOone0001 from the list' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove VOtwo0002 from the list' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(live().textContent).toBe('No shares are left in the list.');
    expect(document.activeElement).toBe(live());
    expect(screen.getByRole('button', { name: 'Save all' })).toHaveProperty('disabled', true);
  });

  it('saves every ready share into its own folder with progress, lists the others with reasons, and retries only them', async () => {
    const { fake } = setUp();
    await opened();
    fake.hold();
    await saveAllInto();
    const progress = await screen.findByRole('progressbar', { name: 'Saving shares' });
    // Save all stays focusable while it is busy, so the focus the picker gave back stays on it.
    const saveAll = screen.getByRole('button', { name: 'Save all' });
    expect(document.activeElement).toBe(saveAll);
    expect(saveAll.getAttribute('aria-disabled')).toBe('true');
    expect(progress.getAttribute('aria-valuemax')).toBe('5');
    expect(progress.getAttribute('aria-valuenow')).toBe('0');
    await waitFor(() => expect(live().textContent).toMatch(/^Saving into “From the forum”: \d of 5…$/));
    fake.release();

    await waitFor(() =>
      expect(live().textContent).toBe(
        'Saved 2 shares into “From the forum”, each in a folder of its own. 3 shares could not be saved.',
      ),
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(fake.callsOf('createFolder').map((call) => call.args)).toEqual(
      expect.arrayContaining([
        ['VForum', 'Nosferatu (1922).mp4'],
        ['VForum', 'Public Domain Films'],
      ]),
    );
    expect(within(row('Nosferatu')).getByText('Saved to “From the forum/Nosferatu (1922).mp4”')).toBeTruthy();
    expect(screen.getByText('2 ready, 1 need a pass code, 1 expired, 1 prohibited')).toBeTruthy();
    const failures = screen.getByRole('list', { name: 'Shares that were not saved' });
    expect(
      within(failures)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'VOcoded03Needs a pass code: This share needs a pass code, or the pass code is wrong.',
      'VOgone004Expired: This share has expired or is no longer available.',
      'VOregion5Prohibited in this region: PikPak is not available from your network or region.',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Enter a pass code for VOcoded03' }));
    const field = screen.getByRole('textbox', { name: 'Pass code for VOcoded03' });
    fireEvent.input(field, { target: { value: 'ab12' } });
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    fireEvent.click(screen.getByRole('button', { name: 'Retry failed' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save all' }));
    await waitFor(() =>
      expect(live().textContent).toBe(
        'Saved 1 share into “From the forum”, each in a folder of its own. 2 shares could not be saved.',
      ),
    );
    expect(fake.callsOf('restore').map((call) => call.args[0])).toEqual(
      expect.arrayContaining(['VOfilms01', 'VOfilms02', 'VOcoded03']),
    );
    expect(fake.callsOf('restore')).toHaveLength(3);

    await saveAllInto();
    await waitFor(() =>
      expect(live().textContent).toBe(
        'Nothing new was saved into “From the forum”. 2 shares could not be saved. 3 shares saved before were skipped.',
      ),
    );
    expect(fake.callsOf('restore')).toHaveLength(3);
  });

  it('says one’s own share is not saved, in its own words', async () => {
    setUp({
      shares: { VOmine001: { own: true, title: 'notes.md' }, VOother02: {} },
      text: 'mypikpak.com/s/VOmine001\nmypikpak.com/s/VOother02',
    });
    await waitFor(() => expect(live().textContent).toBe('1 ready, 1 your own'));
    expect(within(row('notes.md')).getByText('Your own share')).toBeTruthy();
    await saveAllInto();
    const failures = await screen.findByRole('list', { name: 'Shares that were not saved' });
    expect(failures.textContent).toBe('notes.mdThis is your own share: its files are already in your PikPak.');
  });

  it('asks to sign in first instead of choosing a folder when signed out', async () => {
    const { fake, signIn } = setUp({ signedOut: true });
    await opened();
    fireEvent.click(screen.getByRole('button', { name: 'Save all' }));
    expect(screen.getByText('Sign in to PikPak first: saving shares needs your account.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsOf('restore')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in in Options' }));
    expect(signIn).toHaveBeenCalled();
  });

  it('offers Try again for a share whose opening failed, with the reason in the list after Save all', async () => {
    setUp({
      shares: { VOnet0001: { openFails: 'network' }, VOfine002: {} },
      text: 'mypikpak.com/s/VOnet0001 mypikpak.com/s/VOfine002',
    });
    await waitFor(() => expect(live().textContent).toBe('1 ready, 1 could not be opened'));
    expect(within(row('VOnet0001')).getByText('Could not open')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open VOnet0001 again' })).toBeTruthy();
  });
});

describe('BatchShares', () => {
  /** The worker, as the page reaches it: every request answered from `answers`, and recorded. */
  function worker(answers: Partial<Record<string, (payload: Record<string, unknown>) => unknown>>) {
    const requests: { name: string; payload: Record<string, unknown> }[] = [];
    // The fake browser hands the answer over through sendResponse, as Chrome does for a listener returning true.
    const listener = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      const { name, payload } = message as { name: string; payload: Record<string, unknown> };
      requests.push({ name, payload });
      const answer = answers[name];
      sendResponse(
        answer ? { ok: true, value: answer(payload) } : { ok: false, error: { kind: 'unknown', message: name } },
      );
      return true as const;
    };
    fakeBrowser.runtime.onMessage.addListener(listener);
    return requests;
  }

  it('opens the shares through shares.open, with the pasted pass code', async () => {
    const requests = worker({
      'shares.open': ({ shareId }) => ({ shareId, status: 'ok', title: `Title of ${String(shareId)}`, fileCount: 2 }),
    });
    render(<BatchShares text={'mypikpak.com/s/VOone0001?pwd=ab12\nmypikpak.com/s/VOtwo0002'} onOpen={vi.fn()} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 ready'));
    expect(requests.filter((each) => each.name === 'shares.open').map((each) => each.payload)).toEqual([
      { shareId: 'VOone0001', passCode: 'ab12' },
      { shareId: 'VOtwo0002' },
    ]);
  });

  it('follows the stored account: signed out, Save all asks to sign in; signed in, it opens the picker', async () => {
    worker({
      'shares.open': ({ shareId }) => ({ shareId, status: 'ok' }),
      'drive.listFolders': () => ({ folders: [] }),
    });
    render(<BatchShares text={'mypikpak.com/s/VOone0001\nmypikpak.com/s/VOtwo0002'} onOpen={vi.fn()} />);
    await waitFor(() => expect(screen.getAllByRole('status')[0]?.textContent).toBe('2 ready'));
    fireEvent.click(screen.getByRole('button', { name: 'Save all' }));
    expect(screen.getByText('Sign in to PikPak first: saving shares needs your account.')).toBeTruthy();

    await accountState.set({ status: 'signed-in', sub: 'YgDemoUser000001', source: 'token' });
    await waitFor(() => expect(screen.queryByText(/Sign in to PikPak first/)).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Save all' }));
    expect(screen.getByRole('dialog', { name: 'Save the shares into a folder' })).toBeTruthy();
  });
});
