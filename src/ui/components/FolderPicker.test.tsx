// @vitest-environment happy-dom
// The lint keeps shipped code from importing test code; this is a test importing its set-up.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FolderPage, FolderRef } from '../../shared/folders.ts';
import { FolderPicker, type FolderPickerProps } from './FolderPicker.tsx';

afterEach(cleanup);

const MOVIES = { id: 'VMovies', name: 'Movies' };
const DOCS = { id: 'VDocs', name: 'Documents' };
const CLASSICS = { id: 'VClassics', name: 'Classics' };

/** A small drive: the root holds Documents and Movies, Movies holds Classics, the rest is empty. */
function drive(): Record<string, FolderRef[]> {
  return { '': [DOCS, MOVIES], [MOVIES.id]: [CLASSICS] };
}

function setUp(overrides: Partial<FolderPickerProps> = {}) {
  const folders = drive();
  const listFolders = vi.fn<FolderPickerProps['listFolders']>((parentId) =>
    Promise.resolve({ folders: folders[parentId] ?? [] }),
  );
  let made = 0;
  const createFolder = vi.fn<FolderPickerProps['createFolder']>((parentId, name) => {
    const folder = { id: `VNew${++made}`, name };
    folders[parentId] = [...(folders[parentId] ?? []), folder];
    return Promise.resolve(folder);
  });
  const onChoose = vi.fn<FolderPickerProps['onChoose']>();
  const onClose = vi.fn<FolderPickerProps['onClose']>();
  const props = { open: true, listFolders, createFolder, onChoose, onClose, ...overrides };
  const view = render(<FolderPicker {...props} />);
  return { ...props, view };
}

const dialog = () => screen.getByRole('dialog', { name: 'Choose a folder' });
const path = () => within(dialog()).getByRole('navigation', { name: 'Folder path' });
const choose = () => within(dialog()).getByRole('button', { name: 'Choose this folder' });

describe('FolderPicker', () => {
  it('opens as a modal dialog on My Drive, lists its folders and puts focus on the first', async () => {
    const { listFolders } = setUp();
    expect((dialog() as HTMLDialogElement).open).toBe(true);
    const list = await within(dialog()).findByRole('list', { name: 'Folders in My Drive' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Documents', 'Movies']);
    expect(listFolders).toHaveBeenCalledWith('');
    await waitFor(() => expect(document.activeElement).toBe(within(list).getByRole('button', { name: 'Documents' })));
    // The root is no destination: a task without a folder goes to My Pack.
    expect(choose()).toHaveProperty('disabled', true);
    within(dialog()).getByText('Open a folder to choose it. Links sent without a folder go to My Pack.');
    expect(within(path()).getByText('My Drive').closest('[aria-current]')?.getAttribute('aria-current')).toBe(
      'location',
    );
  });

  it('opens a folder, shows the path, goes back through the path and chooses the folder it is in', async () => {
    const { listFolders, onChoose } = setUp();
    fireEvent.click(await within(dialog()).findByRole('button', { name: 'Movies' }));
    const list = await within(dialog()).findByRole('list', { name: 'Folders in Movies' });
    expect(listFolders).toHaveBeenLastCalledWith(MOVIES.id);
    expect(within(path()).getByText('Movies').getAttribute('aria-current')).toBe('location');
    fireEvent.click(within(list).getByRole('button', { name: 'Classics' }));
    await within(dialog()).findByText('No folders here');
    within(dialog()).getByText('Choose this folder, or make a new one inside it.');
    // Nothing to open: focus goes to the choice.
    await waitFor(() => expect(document.activeElement).toBe(choose()));

    // Back to Movies through the path.
    fireEvent.click(within(path()).getByRole('button', { name: 'Movies' }));
    await within(dialog()).findByRole('list', { name: 'Folders in Movies' });
    expect(within(path()).queryByText('Classics')).toBeNull();
    fireEvent.click(choose());
    expect(onChoose).toHaveBeenCalledWith(MOVIES);
  });

  it('makes a new folder where the user is, checks the name first, and opens the new folder', async () => {
    const { createFolder, onChoose } = setUp();
    fireEvent.click(await within(dialog()).findByRole('button', { name: 'Movies' }));
    await within(dialog()).findByRole('list', { name: 'Folders in Movies' });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'New folder' }));
    const field = within(dialog()).getByRole('textbox', { name: 'Name of the new folder in Movies' });
    await waitFor(() => expect(document.activeElement).toBe(field));

    fireEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    within(dialog()).getByText('Give the folder a name.');
    fireEvent.input(field, { target: { value: 'a/b' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    within(dialog()).getByText('A folder name cannot contain / or \\.');
    expect(createFolder).not.toHaveBeenCalled();

    fireEvent.input(field, { target: { value: '  Westerns ' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(within(path()).getByText('Westerns').getAttribute('aria-current')).toBe('location'));
    expect(createFolder).toHaveBeenCalledWith(MOVIES.id, 'Westerns');
    expect(within(dialog()).queryByRole('textbox')).toBeNull();
    fireEvent.click(choose());
    expect(onChoose).toHaveBeenCalledWith({ id: 'VNew1', name: 'Westerns' });
  });

  it('shows why a new folder could not be made and keeps the name', async () => {
    const createFolder = vi
      .fn<FolderPickerProps['createFolder']>()
      .mockRejectedValue(Object.assign(new Error('x'), { kind: 'network' }));
    setUp({ createFolder });
    await within(dialog()).findByRole('list', { name: 'Folders in My Drive' });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'New folder' }));
    const field = within(dialog()).getByRole('textbox', { name: 'Name of the new folder in My Drive' });
    fireEvent.input(field, { target: { value: 'Books' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    await within(await within(dialog()).findByRole('alert')).findByText('You seem to be offline.');
    expect((field as HTMLInputElement).value).toBe('Books');
    within(path()).getByText('My Drive');
  });

  it('shows a loading state, then an error with a retry that loads again', async () => {
    let fail = true;
    let resolve: (page: FolderPage) => void = () => undefined;
    const listFolders = vi.fn<FolderPickerProps['listFolders']>(() =>
      fail
        ? Promise.reject(Object.assign(new Error('x'), { kind: 'server' }))
        : new Promise<FolderPage>((done) => {
            resolve = done;
          }),
    );
    setUp({ listFolders });
    const alert = await within(dialog()).findByRole('alert');
    within(alert).getByText(/PikPak/);
    fail = false;
    fireEvent.click(within(alert).getByRole('button'));
    await within(dialog()).findByText('Loading folders…');
    expect(listFolders).toHaveBeenCalledTimes(2);
    resolve({ folders: [MOVIES] });
    await within(dialog()).findByRole('list', { name: 'Folders in My Drive' });
    expect(within(dialog()).queryByRole('alert')).toBeNull();
  });

  it('asks for the next page when PikPak has more folders', async () => {
    const listFolders = vi.fn<FolderPickerProps['listFolders']>((_parentId, pageToken) =>
      Promise.resolve(pageToken === undefined ? { folders: [DOCS], nextPageToken: 'p2' } : { folders: [MOVIES] }),
    );
    setUp({ listFolders });
    fireEvent.click(await within(dialog()).findByRole('button', { name: 'Show more folders' }));
    await within(dialog()).findByRole('button', { name: 'Movies' });
    expect(listFolders).toHaveBeenLastCalledWith('', 'p2');
    const list = within(dialog()).getByRole('list', { name: 'Folders in My Drive' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Documents', 'Movies']);
    expect(within(dialog()).queryByRole('button', { name: 'Show more folders' })).toBeNull();
  });

  it('says so when My Drive has no folders, and offers a new one', async () => {
    setUp({ listFolders: () => Promise.resolve({ folders: [] }) });
    await within(dialog()).findByText('No folders here');
    within(dialog()).getByText('Make a folder to save your links in.');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog()).getByRole('button', { name: 'New folder' })),
    );
  });

  it('Escape closes the name form first, then the picker; Cancel and the close button close it', async () => {
    const { onClose } = setUp();
    await within(dialog()).findByRole('list', { name: 'Folders in My Drive' });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'New folder' }));
    const field = within(dialog()).getByRole('textbox', { name: 'Name of the new folder in My Drive' });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(within(dialog()).queryByRole('textbox')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();

    fireEvent.keyDown(within(dialog()).getByRole('button', { name: 'Documents' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(3);
  });

  it('closes the native dialog when `open` turns false, and starts again at My Drive when reopened', async () => {
    const props = setUp();
    fireEvent.click(await within(dialog()).findByRole('button', { name: 'Movies' }));
    await within(dialog()).findByRole('list', { name: 'Folders in Movies' });
    props.view.rerender(<FolderPicker {...props} open={false} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    props.view.rerender(<FolderPicker {...props} open />);
    await within(dialog()).findByRole('list', { name: 'Folders in My Drive' });
  });

  it('serves another purpose (Move to): its own title and button, opens where it is told, refuses what it is told', async () => {
    const refusal = vi.fn((at: readonly FolderRef[]) => (at.at(-1)?.id === MOVIES.id ? 'Already here.' : undefined));
    const purpose = { title: 'Move “a.txt”', chooseLabel: 'Move here', refusal };
    const { onChoose } = setUp({ purpose, startPath: [MOVIES] });
    const moving = screen.getByRole('dialog', { name: 'Move “a.txt”' });
    await within(moving).findByRole('list', { name: 'Folders in Movies' });
    const here = within(moving).getByRole('button', { name: 'Move here' });
    expect(here).toHaveProperty('disabled', true);
    expect(document.getElementById(here.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Already here.');
    // My Drive itself can be the choice.
    fireEvent.click(within(moving).getByRole('button', { name: 'My Drive' }));
    await within(moving).findByRole('list', { name: 'Folders in My Drive' });
    expect(here).toHaveProperty('disabled', false);
    fireEvent.click(here);
    expect(onChoose).toHaveBeenCalledWith({ id: '', name: 'My Drive' });
  });
});
