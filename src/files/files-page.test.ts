import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import type { DriveItem, OfflineTask } from '../shared/domain.ts';
import type { DriveView } from '../shared/drive-view.ts';
import type { TaskSnapshot } from '../shared/task-snapshot.ts';
import { createFilesPage, type FilesPageDeps } from './files-page.ts';
import { fakeTab } from './test/fake-tab.ts';
import { file, folder } from './test/items.ts';

const MOVIES = folder('Movies', { id: 'VMovies' });
const CLASSICS = folder('Classics', { id: 'VClassics', parentId: 'VMovies' });

/** A drive of two folders; `list` answers at once with what `contents` holds now. */
function setUp(start = '/src/files/index.html') {
  const contents: Record<string, DriveItem[]> = {
    '': [MOVIES, file('notes.md', 10)],
    VMovies: [CLASSICS, file('Metropolis.mkv', 2_000, { parentId: 'VMovies', category: 'VIDEO' })],
    VClassics: [],
  };
  const list = vi.fn((view: DriveView) =>
    Promise.resolve({ items: view.kind === 'folder' ? [...(contents[view.id] ?? [])] : [] }),
  );
  const ancestors = vi.fn((id: string) =>
    Promise.resolve(id === 'VClassics' ? [MOVIES, CLASSICS] : id === 'VMovies' ? [MOVIES] : []),
  );
  const account = signal<string | undefined>(undefined);
  let pushTasks: (snapshot: TaskSnapshot) => void = () => undefined;
  const tab = fakeTab(start);
  const deps: FilesPageDeps = {
    list,
    ancestors,
    win: tab.win,
    account,
    tasks: {
      read: () => Promise.resolve(null),
      watch: (callback) => {
        pushTasks = callback;
      },
    },
    online: { now: () => true, watch: () => undefined },
    prefs: { source: { read: () => Promise.resolve({}), watch: () => undefined }, save: () => Promise.resolve() },
    locale: 'en',
  };
  const page = createFilesPage(deps);
  page.start();
  return { page, list, ancestors, account, contents, tab, tasks: (snapshot: TaskSnapshot) => pushTasks(snapshot) };
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
    await vi.waitFor(() => expect(page.parent.value).toBe(''));
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
});
