// @vitest-environment happy-dom
// The lint keeps shipped code from importing test code; this is a test importing its set-up.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FolderActions } from '../../ui/folder-actions.ts';
import type { SendActions } from '../send-actions.ts';
import { QuickAdd } from './QuickAdd.tsx';

afterEach(cleanup);

const HASH_A = 'a'.repeat(40);
const HASH_B = 'b'.repeat(40);
const ED2K = `ed2k://|file|movie.mkv|1048576|${'c'.repeat(32)}|/`;

function setUp(answer = { added: 4, alreadyQueued: 0 }) {
  const enqueue = vi.fn<SendActions['enqueue']>().mockResolvedValue(answer);
  render(<QuickAdd enqueue={enqueue} />);
  const box = screen.getByRole('textbox', { name: 'Links' });
  const type = (value: string) => fireEvent.input(box, { target: { value } });
  return { enqueue, box, type };
}

describe('QuickAdd', () => {
  it('names the bad line with its reason and sends exactly the good links', async () => {
    const { enqueue, box, type } = setUp();
    const send = screen.getByRole('button', { name: 'Send to PikPak' });
    expect(send).toHaveProperty('disabled', true);
    expect(box.getAttribute('placeholder')).toBe('Paste magnet, ed2k or web links, one per line');

    type(
      [
        `magnet:?xt=urn:btih:${HASH_A}&dn=First`,
        ED2K,
        'hello there',
        'https://example.com/files/report.pdf',
        `magnet:?xt=urn:btih:${HASH_B}&dn=Second`,
      ].join('\n'),
    );
    await screen.findByText('4 links ready');
    const problems = screen.getByRole('list', { name: 'Lines that will not be sent' });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Line 3: not a magnet, ed2k or web link']);
    // Painted and spoken: the check's outcome goes to a live region, since the list is only read on focus.
    expect(screen.getByRole('status', { name: 'Line check' }).textContent).toBe(
      '4 links ready. 1 line will not be sent: Line 3: not a magnet, ed2k or web link',
    );
    // Where the links go: the default destination, My Pack unless Options says otherwise.
    const saveTo = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Save to' });
    expect(saveTo.selectedOptions[0]?.textContent).toBe('My Pack (default)');
    expect(send).toHaveProperty('disabled', false);

    send.click();
    await waitFor(() =>
      expect(within(screen.getByRole('status', { name: 'Sent' })).getByText('4 links queued')).toBeDefined(),
    );
    expect(enqueue).toHaveBeenCalledTimes(1);
    const [links, destination] = enqueue.mock.calls[0] ?? [];
    expect(destination).toEqual({ kind: 'my-pack' });
    expect(links?.map((link) => link.displayName)).toEqual(['First', 'movie.mkv', 'report.pdf', 'Second']);
    expect(links?.[0]).toEqual({
      url: `magnet:?xt=urn:btih:${HASH_A}&dn=First`,
      key: `btih:${HASH_A}`,
      displayName: 'First',
    });
    // The sent lines leave the box; the bad one stays to be fixed.
    expect((box as HTMLTextAreaElement).value).toBe('hello there');
  });

  it('flags a repeated line and sends the link once', async () => {
    const { enqueue, type } = setUp({ added: 1, alreadyQueued: 1 });
    type(`magnet:?xt=urn:btih:${HASH_A}\nhttps://example.com/a.zip\n\nmagnet:?xt=urn:btih:${HASH_A.toUpperCase()}`);
    await screen.findByText('Line 4 repeats line 1');
    screen.getByText('2 links ready');
    screen.getByRole('button', { name: 'Send to PikPak' }).click();
    await screen.findByText('1 link queued · 1 already queued');
    expect(enqueue.mock.calls[0]?.[0]).toHaveLength(2);
  });

  it('shows why sending failed and keeps the links', async () => {
    const enqueue = vi
      .fn<SendActions['enqueue']>()
      .mockRejectedValue(Object.assign(new Error('offline'), { kind: 'network' }));
    render(<QuickAdd enqueue={enqueue} />);
    const box = screen.getByRole('textbox', { name: 'Links' });
    fireEvent.input(box, { target: { value: `magnet:?xt=urn:btih:${HASH_A}` } });
    await screen.findByText('1 link ready');
    screen.getByRole('button', { name: 'Send to PikPak' }).click();
    await within(await screen.findByRole('alert')).findByText('You seem to be offline.');
    expect((box as HTMLTextAreaElement).value).toBe(`magnet:?xt=urn:btih:${HASH_A}`);
  });
});

describe('QuickAdd › Save to', () => {
  const MOVIES = { kind: 'folder', id: 'VMovies', name: 'Movies' } as const;
  const BOOKS = { kind: 'folder', id: 'VBooks', name: 'Books' } as const;
  const CLIPS = { kind: 'folder', id: 'VClips', name: 'Clips' } as const;
  const folders: FolderActions = {
    listFolders: (parentId) =>
      Promise.resolve({
        folders:
          parentId === ''
            ? [
                { id: 'VDocs', name: 'Documents' },
                { id: 'VTv', name: 'TV' },
              ]
            : [],
      }),
    createFolder: (_parentId, name) => Promise.resolve({ id: 'VNew', name }),
  };

  async function typeLink(box: HTMLElement) {
    fireEvent.input(box, { target: { value: `magnet:?xt=urn:btih:${HASH_A}` } });
    await screen.findByText('1 link ready');
  }

  it('lists the default first, then recent folders, My Pack and Choose folder…, and sends to the default', async () => {
    const enqueue = vi.fn<SendActions['enqueue']>().mockResolvedValue({ added: 1, alreadyQueued: 0 });
    render(
      <QuickAdd
        enqueue={enqueue}
        defaultDestination={MOVIES}
        recentFolders={[BOOKS, MOVIES, CLIPS]}
        folders={folders}
      />,
    );
    const saveTo = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Save to' });
    // The default is not repeated among the recent folders.
    expect(
      within(saveTo)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Movies (default)', 'Books', 'Clips', 'My Pack', 'Choose folder…']);
    expect(within(saveTo).getByRole('group', { name: 'Recent folders' })).toBeDefined();
    expect(saveTo.selectedOptions[0]?.textContent).toBe('Movies (default)');
    await typeLink(screen.getByRole('textbox', { name: 'Links' }));
    screen.getByRole('button', { name: 'Send to PikPak' }).click();
    await screen.findByText('1 link queued');
    expect(enqueue.mock.calls[0]?.[1]).toEqual(MOVIES);
  });

  it('sends to the recent folder or My Pack the user picks instead', async () => {
    const enqueue = vi.fn<SendActions['enqueue']>().mockResolvedValue({ added: 1, alreadyQueued: 0 });
    render(<QuickAdd enqueue={enqueue} defaultDestination={MOVIES} recentFolders={[BOOKS]} />);
    const saveTo = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Save to' });
    // Without folder actions there is no picker to open.
    expect(within(saveTo).queryByRole('option', { name: 'Choose folder…' })).toBeNull();
    const box = screen.getByRole('textbox', { name: 'Links' });

    fireEvent.change(saveTo, { target: { value: 'folder:VBooks' } });
    await typeLink(box);
    screen.getByRole('button', { name: 'Send to PikPak' }).click();
    await screen.findByText('1 link queued');
    expect(enqueue.mock.calls[0]?.[1]).toEqual(BOOKS);

    fireEvent.change(saveTo, { target: { value: 'my-pack' } });
    await typeLink(box);
    screen.getByRole('button', { name: 'Send to PikPak' }).click();
    await waitFor(() => expect(enqueue).toHaveBeenCalledTimes(2));
    expect(enqueue.mock.calls[1]?.[1]).toEqual({ kind: 'my-pack' });
  });

  it("preselects the page's rule with a hint saying why; the user can still pick another folder", async () => {
    const enqueue = vi.fn<SendActions['enqueue']>().mockResolvedValue({ added: 1, alreadyQueued: 0 });
    const anime = { kind: 'folder' as const, id: 'VAnime', name: 'Anime' };
    render(
      <QuickAdd
        enqueue={enqueue}
        defaultDestination={MOVIES}
        recentFolders={[BOOKS]}
        rule={{ site: 'nyaa.si', destination: anime }}
      />,
    );
    const saveTo = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Save to' });
    expect(saveTo.selectedOptions[0]?.textContent).toBe('Anime (rule for nyaa.si)');
    expect(saveTo.getAttribute('aria-describedby')).toBe(screen.getByText('Rule for nyaa.si').id);
    const box = screen.getByRole('textbox', { name: 'Links' });
    await typeLink(box);
    screen.getByRole('button', { name: 'Send to PikPak' }).click();
    await screen.findByText('1 link queued');
    expect(enqueue.mock.calls[0]?.[1]).toEqual(anime);

    fireEvent.change(saveTo, { target: { value: 'folder:VBooks' } });
    expect(screen.queryByText('Rule for nyaa.si')).toBeNull();
    await typeLink(box);
    screen.getByRole('button', { name: 'Send to PikPak' }).click();
    await waitFor(() => expect(enqueue).toHaveBeenCalledTimes(2));
    expect(enqueue.mock.calls[1]?.[1]).toEqual(BOOKS);
  });

  it('follows a default that arrives after the popup opened, until the user chooses', () => {
    const enqueue = vi.fn<SendActions['enqueue']>();
    const view = render(<QuickAdd enqueue={enqueue} />);
    const saveTo = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Save to' });
    expect(saveTo().selectedOptions[0]?.textContent).toBe('My Pack (default)');
    view.rerender(<QuickAdd enqueue={enqueue} defaultDestination={MOVIES} />);
    expect(saveTo().selectedOptions[0]?.textContent).toBe('Movies (default)');
    fireEvent.change(saveTo(), { target: { value: 'my-pack' } });
    view.rerender(<QuickAdd enqueue={enqueue} defaultDestination={BOOKS} />);
    expect(saveTo().selectedOptions[0]?.textContent).toBe('My Pack');
  });

  it('Choose folder… opens the picker; the chosen folder is selected and links go there', async () => {
    const enqueue = vi.fn<SendActions['enqueue']>().mockResolvedValue({ added: 1, alreadyQueued: 0 });
    render(<QuickAdd enqueue={enqueue} folders={folders} />);
    const saveTo = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Save to' });
    expect(screen.queryByRole('dialog')).toBeNull();
    saveTo.focus();
    fireEvent.change(saveTo, { target: { value: 'choose' } });
    const picker = await screen.findByRole('dialog', { name: 'Choose a folder' });
    // Until a folder is chosen, the select still shows where links go now.
    expect(saveTo.selectedOptions[0]?.textContent).toBe('My Pack (default)');
    fireEvent.click(await within(picker).findByRole('button', { name: 'TV' }));
    await within(picker).findByText('No folders here');
    fireEvent.click(within(picker).getByRole('button', { name: 'Choose this folder' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(saveTo.selectedOptions[0]?.textContent).toBe('TV');
    // Focus goes back to the select that opened the picker.
    expect(document.activeElement).toBe(saveTo);

    await typeLink(screen.getByRole('textbox', { name: 'Links' }));
    screen.getByRole('button', { name: 'Send to PikPak' }).click();
    await screen.findByText('1 link queued');
    expect(enqueue.mock.calls[0]?.[1]).toEqual({ kind: 'folder', id: 'VTv', name: 'TV' });
  });

  it('closing the picker keeps the destination', async () => {
    render(<QuickAdd enqueue={vi.fn<SendActions['enqueue']>()} defaultDestination={MOVIES} folders={folders} />);
    const saveTo = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Save to' });
    fireEvent.change(saveTo, { target: { value: 'choose' } });
    const picker = await screen.findByRole('dialog', { name: 'Choose a folder' });
    fireEvent.click(within(picker).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(saveTo.selectedOptions[0]?.textContent).toBe('Movies (default)');
  });
});
