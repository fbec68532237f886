import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import type { DriveItem } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import { RequestError } from '../../shared/messages.ts';
import type { FileCommandContext } from '../commands.ts';
import { createFilesPage } from '../files-page.ts';
import { fakeTab } from '../test/fake-tab.ts';
import { file, folder } from '../test/items.ts';
import { fakeShareStore } from '../test/shares.ts';
import type { DriveRequests } from './operation.ts';
import { createOperations } from './operations.ts';

const ARCHIVE = folder('Archive', { id: 'VArchive' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A page on My Drive over a drive held in memory, which the operations' requests change as PikPak would. */
async function setUp() {
  const notes = file('notes.txt', 3, { id: 'VNotes' });
  const draft = file('draft.md', 5, { id: 'VDraft' });
  const drive: Record<string, DriveItem[]> = { '': [ARCHIVE, notes, draft], VArchive: [], trash: [] };
  const gates: (() => void)[] = [];
  const take = (ids: string[], from: string) => {
    const taken = (drive[from] ?? []).filter((item) => ids.includes(item.id));
    drive[from] = (drive[from] ?? []).filter((item) => !ids.includes(item.id));
    return taken;
  };
  const requests: DriveRequests = {
    batch: vi.fn(async (operation: string, ids: string[], toParentId?: string) => {
      await new Promise<void>((resolve) => gates.push(resolve));
      if (operation === 'move') drive[toParentId ?? ''] = [...(drive[toParentId ?? ''] ?? []), ...take(ids, '')];
      if (operation === 'trash') drive['trash'] = [...(drive['trash'] ?? []), ...take(ids, '')];
      if (operation === 'restore') drive[''] = [...(drive[''] ?? []), ...take(ids, 'trash')];
    }),
    emptyTrash: vi.fn(() => Promise.resolve()),
    rename: vi.fn((id: string, name: string) => {
      const item = drive['']?.find((each) => each.id === id);
      if (item === undefined) return Promise.reject(new RequestError('not-found', 'gone'));
      if (drive['']?.some((each) => each.name === name))
        return Promise.reject(new RequestError('name-conflict', 'taken'));
      item.name = name;
      return Promise.resolve({ ...item });
    }),
    createFolder: vi.fn((parentId: string, name: string) => {
      const made = folder(name, { id: 'VMade', parentId });
      drive[parentId]?.push(made);
      return Promise.resolve({ id: made.id, name });
    }),
    restore: vi.fn(async (_shareId: string, fileIds: string[], toParentId: string) => {
      await new Promise<void>((resolve) => gates.push(resolve));
      const saved = fileIds.map((id) => file(`saved-${id}`, 1, { id: `VSaved${id}`, parentId: toParentId }));
      drive[toParentId] = [...(drive[toParentId] ?? []), ...saved];
      return { fileIds: saved.map((item) => item.id) };
    }),
  };
  const { store: shares } = fakeShareStore({
    VOfilms: { title: 'Films', folders: { '': [file('Nosferatu.mp4', 9, { id: 'VNos' }), file('credits.txt', 1)] } },
  });
  const list = vi.fn((view: DriveView) =>
    view.kind === 'share'
      ? shares.list(view)
      : Promise.resolve({ items: [...(drive[view.kind === 'folder' ? view.id : view.kind] ?? [])] }),
  );
  const signedIn = signal(true);
  const page = createFilesPage({
    list,
    ancestors: () => Promise.resolve([]),
    win: fakeTab().win,
    account: signal('YgUser'),
    shares,
    tasks: { read: () => Promise.resolve(null), watch: () => undefined },
    online: { now: () => true, watch: () => undefined },
    prefs: { source: { read: () => Promise.resolve({}), watch: () => undefined }, save: () => Promise.resolve() },
    locale: 'en',
  });
  page.start();
  const transfers = { begin: vi.fn() };
  const openFile = vi.fn();
  const ops = createOperations({
    drive: requests,
    folders: { listFolders: () => Promise.resolve({ folders: [] }), createFolder: requests.createFolder },
    page,
    schedule: () => () => undefined,
    transfers,
    openFile,
    signedIn: () => signedIn.value,
  });
  ops.start();
  await settle();
  const context = (items: readonly DriveItem[], view?: DriveView): FileCommandContext => ({
    view: view ?? (page.navigation.view.value as DriveView),
    items,
    reload: page.listing.reload,
  });
  const shown = () => page.shown.value.map((item) => item.name);
  const answer = async () => {
    await vi.waitFor(() => expect(gates.length).toBeGreaterThan(0));
    gates.shift()?.();
    await settle();
  };
  return { page, ops, requests, list, drive, context, shown, answer, notes, draft, transfers, openFile, signedIn };
}

describe('the file operations', () => {
  it('opens media in the player, sends Download and the link actions to the transfers, and Ctrl+S downloads', async () => {
    const { ops, context, notes, transfers, openFile } = await setUp();
    const video = { ...notes, id: 'VVideo', name: 'clip.mp4', category: 'VIDEO' };
    expect(ops.handles('open', context([video]))).toBe(true);
    // A document opens the details panel, which the browser does itself when the command is not handled.
    expect(ops.handles('open', context([notes]))).toBe(false);
    ops.run('open', context([video]));
    const here = { kind: 'folder', id: '' };
    expect(openFile).toHaveBeenCalledWith(video, here);
    ops.act('download', context([notes, video]));
    expect(transfers.begin).toHaveBeenLastCalledWith('download', [notes, video], '2 items', here);
    ops.act('sendToAria2', context([video]));
    expect(transfers.begin).toHaveBeenLastCalledWith('sendToAria2', [video], '“clip.mp4”', here);
    expect(ops.handles('download', context([notes]))).toBe(true);
    expect(ops.handles('download', context([notes], { kind: 'trash' }))).toBe(false);
    ops.run('download', context([notes]));
    expect(transfers.begin).toHaveBeenLastCalledWith('download', [notes], '“notes.txt”', here);
    expect(transfers.begin).toHaveBeenCalledTimes(3);
  });

  it('moves dropped items: busy until PikPak is done, then gone from the rows and the view read again', async () => {
    const { ops, requests, list, context, shown, answer, notes, draft } = await setUp();
    ops.drop({ to: { id: ARCHIVE.id, name: 'Archive' }, copy: false }, context([notes, draft]));
    expect(requests.batch).toHaveBeenCalledWith('move', ['VNotes', 'VDraft'], 'VArchive');
    expect([...ops.runner.busy.value]).toEqual(['VNotes', 'VDraft']);
    expect(shown()).toEqual(['Archive', 'draft.md', 'notes.txt']);
    const reads = list.mock.calls.length;
    await answer();
    expect(shown()).toEqual(['Archive']);
    expect(list.mock.calls.length).toBeGreaterThan(reads);
    expect(ops.runner.entries.value).toMatchObject([{ state: 'done' }]);
  });

  it('trashes with Delete and undoes it with Ctrl+Z; Delete in the Trash asks before deleting for good', async () => {
    const { ops, page, context, shown, answer, notes } = await setUp();
    ops.run('trash', context([notes]));
    await answer();
    expect(shown()).toEqual(['Archive', 'draft.md']);
    expect(ops.handles('undo', context([]))).toBe(true);
    ops.run('undo', context([]));
    await answer();
    await vi.waitFor(() => expect(shown()).toEqual(['Archive', 'draft.md', 'notes.txt']));

    page.navigation.go({ kind: 'trash' });
    ops.run('trash', context([notes], { kind: 'trash' }));
    expect(ops.dialog.value).toEqual({ kind: 'deleteForever', items: [notes], from: { kind: 'trash' } });
    ops.run('deleteForever', context([notes], { kind: 'folder', id: '' }));
    expect(ops.dialog.value).toMatchObject({ kind: 'deleteForever' });
  });

  it('renames one item outside the Trash, keeps a refused name with PikPak’s sentence, and shows the new name', async () => {
    const { ops, context, shown, notes, draft } = await setUp();
    expect(ops.handles('rename', context([notes, draft]))).toBe(false);
    expect(ops.handles('rename', context([notes], { kind: 'trash' }))).toBe(false);
    ops.run('rename', context([notes]));
    expect(ops.renaming.state.value).toMatchObject({ id: 'VNotes', draft: 'notes.txt' });
    ops.renaming.edit('draft.md');
    expect(await ops.renaming.commit()).toBe(false);
    expect(ops.renaming.state.value).toMatchObject({
      draft: 'draft.md',
      error: 'A file or folder with that name is already here.',
    });
    expect(shown()).toEqual(['Archive', 'draft.md', 'notes.txt']);
    ops.renaming.edit('a/b');
    expect(await ops.renaming.commit()).toBe(false);
    expect(ops.renaming.state.value?.error).toBe('A name cannot contain / or \\.');
    ops.renaming.edit('ideas.txt');
    expect(await ops.renaming.commit()).toBe(true);
    expect(ops.renaming.state.value).toBeUndefined();
    expect(shown()).toEqual(['Archive', 'draft.md', 'ideas.txt']);
    expect(ops.runner.announcement.value.text).toBe('Renamed to “ideas.txt”');
  });

  it('makes a new folder in the open one and selects it', async () => {
    const { ops, page, context, shown } = await setUp();
    ops.act('newFolder', context([]));
    expect(ops.dialog.value).toEqual({ kind: 'newFolder', parentId: '' });
    expect(await ops.createFolder('', '  ')).toBe('Type a name.');
    expect(await ops.createFolder('', 'Invoices')).toBeUndefined();
    expect(shown()).toContain('Invoices');
    expect([...page.selection.value.selected]).toEqual(['VMade']);
    expect(page.selection.value.focus).toBe('VMade');
  });

  it('saves a share’s selection, or all of it, into the chosen folder, and opens it with the saved items selected', async () => {
    const { ops, page, requests, context, shown, answer, signedIn } = await setUp();
    const share: DriveView = { kind: 'share', shareId: 'VOfilms', id: '' };
    page.navigation.go(share);
    await vi.waitFor(() => expect(shown()).toEqual(['credits.txt', 'Nosferatu.mp4']));
    const [credits, nosferatu] = page.shown.value as [DriveItem, DriveItem];
    expect(ops.handles('rename', context([credits]))).toBe(false);
    expect(ops.handles('trash', context([credits]))).toBe(false);
    expect(ops.handles('download', context([credits]))).toBe(true);

    ops.act('saveToDrive', context([]));
    expect(ops.dialog.value).toMatchObject({ kind: 'saveTo', shareId: 'VOfilms', items: [credits, nosferatu] });
    page.selection.value = { selected: new Set([nosferatu.id]), anchor: nosferatu.id, focus: nosferatu.id };
    ops.act('saveToDrive', context([nosferatu]));
    expect(ops.dialog.value).toMatchObject({ kind: 'saveTo', items: [nosferatu], from: share });
    ops.perform({ kind: 'save', items: [nosferatu], from: share, shareId: 'VOfilms', to: ARCHIVE });
    expect(requests.restore).toHaveBeenCalledWith('VOfilms', ['VNos'], 'VArchive');
    expect(ops.runner.entries.value).toMatchObject([{ state: 'running' }]);
    await answer();
    const [entry] = ops.runner.entries.value;
    expect(entry).toMatchObject({ state: 'done', made: ['VSavedVNos'] });
    expect(ops.runner.announcement.value.text).toBe('Saved “Nosferatu.mp4” to Archive');
    ops.openSaved(entry!);
    await vi.waitFor(() => expect([...page.selection.value.selected]).toEqual(['VSavedVNos']));
    expect(page.navigation.view.value).toEqual({ kind: 'folder', id: 'VArchive' });

    signedIn.value = false;
    ops.act('saveToDrive', context([], share));
    expect(ops.dialog.value).toEqual({ kind: 'signInToSave' });
  });
});
