import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import type { DriveItem, OfflineTask } from '../shared/domain.ts';
import type { DriveView } from '../shared/drive-view.ts';
import type { TaskSnapshot } from '../shared/task-snapshot.ts';
import { createFilesPage, type FilesPageDeps } from './files-page.ts';
import { fakeTab } from './test/fake-tab.ts';
import { file, folder } from './test/items.ts';
import { fakeShareStore } from './test/shares.ts';

const MOVIES = folder('Movies', { id: 'VMovies' });
const CLASSICS = folder('Classics', { id: 'VClassics', parentId: 'VMovies' });

/** A drive of two folders; `list` answers at once with what `contents` holds now. */
function setUp(start = '/src/files/index.html', home?: FilesPageDeps['home']) {
  const contents: Record<string, DriveItem[]> = {
    '': [MOVIES, file('notes.md', 10)],
    VMovies: [CLASSICS, file('Metropolis.mkv', 2_000, { parentId: 'VMovies', category: 'VIDEO' })],
    VClassics: [],
  };
  const { store: shares, requests } = fakeShareStore({
    VOshare: {
      title: 'Films',
      passCode: 'ab12',
      folders: {
        '': [folder('Silent', { id: 'VSilent' })],
        VSilent: [file('Nosferatu.mp4', 5, { parentId: 'VSilent' })],
      },
    },
  });
  // As main.tsx does: a share's folders through the share store, the drive's through drive.list.
  const list = vi.fn((view: DriveView) => {
    if (view.kind === 'share') return shares.list(view);
    return Promise.resolve({ items: view.kind === 'folder' ? [...(contents[view.id] ?? [])] : [] });
  });
  const ancestors = vi.fn((id: string) =>
    Promise.resolve(id === 'VClassics' ? [MOVIES, CLASSICS] : id === 'VMovies' ? [MOVIES] : []),
  );
  const account = signal<string | undefined>(undefined);
  const signedOut = signal(false);
  let pushTasks: (snapshot: TaskSnapshot) => void = () => undefined;
  const tab = fakeTab(start);
  const deps: FilesPageDeps = {
    list,
    ancestors,
    win: tab.win,
    account,
    signedOut,
    shares,
    tasks: {
      read: () => Promise.resolve(null),
      watch: (callback) => {
        pushTasks = callback;
      },
    },
    online: { now: () => true, watch: () => undefined },
    prefs: { source: { read: () => Promise.resolve({}), watch: () => undefined }, save: () => Promise.resolve() },
    locale: 'en',
    ...(home === undefined ? {} : { home }),
  };
  const page = createFilesPage(deps);
  page.start();
  const tasks = (snapshot: TaskSnapshot) => pushTasks(snapshot);
  return { page, list, ancestors, account, signedOut, requests, contents, tab, tasks };
}

const names = (items: readonly DriveItem[]) => items.map((item) => item.name);

function landed(id: string, parentId: string, phase: OfflineTask['phase']): OfflineTask {
  const size = { bytes: 1, exact: '1' };
  return {
    id,
    name: id,
    phase,
    progress: 0,
    message: '',
    fileSize: size,
    resource: { id: `F${id}`, kind: 'file', name: id, parentId, size, phase },
  };
}

describe('the file browser page', () => {
  it('waits for an account, then lists the view the address names, sorted with folders first', async () => {
    const { page, list, account } = setUp('/src/files/index.html#folder=VMovies');
    expect(list).not.toHaveBeenCalled();
    account.value = 'me';
    await vi.waitFor(() => expect(names(page.shown.value)).toEqual(['Classics', 'Metropolis.mkv']));
    await vi.waitFor(() => expect(page.parent.value).toEqual({ kind: 'folder', id: '' }));
  });

  it('opens a folder with its path known at once, goes up and selects the folder it came from', async () => {
    const { page, account, ancestors } = setUp();
    account.value = 'me';
    await vi.waitFor(() => expect(page.shown.value).toHaveLength(2));
    page.openFolder(MOVIES);
    expect(page.paths.current.value).toMatchObject({ status: 'ready', path: [{ id: 'VMovies', name: 'Movies' }] });
    await vi.waitFor(() => expect(names(page.shown.value)).toContain('Classics'));
    page.openFolder(CLASSICS);
    await vi.waitFor(() => expect(page.listing.listing.value?.status).toBe('done'));
    expect(ancestors).not.toHaveBeenCalled();
    page.up();
    await vi.waitFor(() => expect([...page.selection.value.selected]).toEqual(['VClassics']));
    expect(page.navigation.view.value).toEqual({ kind: 'folder', id: 'VMovies' });
  });

  it('clears the filter and the selection in a new view, and keeps a selection only while it is shown', async () => {
    const { page, account } = setUp();
    account.value = 'me';
    await vi.waitFor(() => expect(page.shown.value).toHaveLength(2));
    page.selection.value = { selected: new Set(['VMovies']), anchor: 'VMovies', focus: 'VMovies' };
    page.query.value = 'notes';
    expect(names(page.shown.value)).toEqual(['notes.md']);
    expect(page.selection.value.selected.size).toBe(0);
    page.navigation.go({ kind: 'trash' });
    expect(page.query.value).toBe('');
  });

  it('reads the open folder again when a download completes into it, and forgets others', async () => {
    const { page, account, contents, list, tasks } = setUp();
    account.value = 'me';
    await vi.waitFor(() => expect(page.shown.value).toHaveLength(2));
    const snapshot = (tasksNow: OfflineTask[]): TaskSnapshot => ({ sub: 'me', takenAt: 1, tasks: tasksNow, rates: {} });
    tasks(snapshot([landed('a', '', 'running'), landed('b', 'VMovies', 'running')]));
    contents['']?.push(file('ubuntu.iso', 6_000));
    const calls = list.mock.calls.length;
    tasks(snapshot([landed('a', '', 'complete'), landed('b', 'VMovies', 'running')]));
    await vi.waitFor(() => expect(names(page.shown.value)).toContain('ubuntu.iso'));
    expect(list.mock.calls.length).toBe(calls + 1);
  });

  it('forgets the listings of another account', async () => {
    const { page, account, list } = setUp();
    account.value = 'me';
    await vi.waitFor(() => expect(page.shown.value).toHaveLength(2));
    account.value = 'someone-else';
    await vi.waitFor(() => expect(page.shown.value).toHaveLength(2));
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('browses a share signed out: asks for its pass code, walks its folders, and goes up to Shares', async () => {
    const { page, signedOut, requests, tab } = setUp('/src/files/index.html#share=VOshare');
    signedOut.value = true;
    await vi.waitFor(() =>
      expect(page.shares.question.value).toEqual({ shareId: 'VOshare', reason: 'pass-code-needed' }),
    );
    expect(page.listing.listing.value).toMatchObject({ status: 'failed', error: 'share-pass-code' });
    await page.shares.open('VOshare', 'nope');
    expect(page.shares.question.value).toEqual({ shareId: 'VOshare', reason: 'pass-code-wrong' });
    await page.shares.open('VOshare', 'ab12');
    expect(page.shares.question.value).toBeNull();
    page.listing.reload();
    await vi.waitFor(() => expect(names(page.shown.value)).toEqual(['Silent']));
    page.openFolder(page.shown.value[0] as DriveItem);
    await vi.waitFor(() => expect(names(page.shown.value)).toEqual(['Nosferatu.mp4']));
    expect(tab.url()).toMatch(/#share=VOshare&folder=VSilent$/);
    expect(page.sharePath.value).toEqual([{ id: 'VSilent', name: 'Silent' }]);
    expect(requests.list).toHaveBeenLastCalledWith('VOshare', 'VSilent', undefined);
    page.up();
    await vi.waitFor(() => expect([...page.selection.value.selected]).toEqual(['VSilent']));
    expect(page.parent.value).toEqual({ kind: 'shares' });
    page.up();
    expect(page.navigation.view.value).toEqual({ kind: 'shares' });
  });

  it('does not read the drive signed out, and opens a folder with saved items selected', async () => {
    const { page, signedOut, account, list } = setUp();
    signedOut.value = true;
    await Promise.resolve();
    expect(list).not.toHaveBeenCalled();
    signedOut.value = false;
    account.value = 'me';
    await vi.waitFor(() => expect(page.shown.value).toHaveLength(2));
    page.reveal({ kind: 'folder', id: 'VMovies' }, ['VClassics']);
    await vi.waitFor(() => expect([...page.selection.value.selected]).toEqual(['VClassics']));
  });

  it('opens My Drive at the root folder once the setting is read; Up stops there; a gone one gives way to My Drive', async () => {
    const home = signal<{ id: string; name: string } | null | undefined>(undefined);
    const { page, list, account, ancestors, tab } = setUp('/src/files/index.html', home);
    account.value = 'me';
    await Promise.resolve();
    // Not read yet: the drive's root is not listed first.
    expect(list).not.toHaveBeenCalled();
    home.value = { id: 'VMovies', name: 'Movies' };
    await vi.waitFor(() => expect(names(page.shown.value)).toEqual(['Classics', 'Metropolis.mkv']));
    expect(page.navigation.view.value).toEqual({ kind: 'folder', id: 'VMovies' });
    expect(tab.win.location.hash).toBe('#folder=VMovies');
    expect(page.navigation.canGoBack.value).toBe(false);
    await vi.waitFor(() => expect(ancestors).toHaveBeenCalledWith('VMovies'));
    expect(page.parent.value).toBeUndefined();
    page.openFolder(CLASSICS);
    await vi.waitFor(() => expect(page.parent.value).toEqual({ kind: 'folder', id: 'VMovies' }));
    // The sidebar's My Drive goes straight to the root folder: one history entry, no stop at the drive's root.
    page.navigation.go({ kind: 'folder', id: '' });
    expect(page.navigation.view.value).toEqual({ kind: 'folder', id: 'VMovies' });
    expect(tab.win.location.hash).toBe('#folder=VMovies');
    page.navigation.back();
    await vi.waitFor(() => expect(page.navigation.view.value).toEqual({ kind: 'folder', id: 'VClassics' }));

    // Found gone: this tab opens the drive's own root from then on.
    page.leaveHome();
    await vi.waitFor(() => expect(names(page.shown.value)).toEqual(['Movies', 'notes.md']));
    expect(page.navigation.view.value).toEqual({ kind: 'folder', id: '' });
    expect(page.home.value).toBeNull();
  });
});
