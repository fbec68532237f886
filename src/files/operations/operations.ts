import { computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { DriveItem } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import type { FolderRef } from '../../shared/folders.ts';
import { t } from '../../shared/i18n.ts';
import type { FolderActions } from '../../ui/folder-actions.ts';
import { errorKindOf } from '../../ui/error-kind.ts';
import type { FileCommandContext, FileCommandName, FileDrop } from '../commands.ts';
import type { FilesPage } from '../files-page.ts';
import { isListView, samePlace } from '../model/route.ts';
import { selectedIn, selectOnly } from '../model/selection.ts';
import type { Transfers } from '../transfers/transfers.ts';
import { openActionOf, type ActionId } from './actions.ts';
import { changesPaths, rowsAfter, staleViews } from './local-change.ts';
import { sendOperation, type DriveRequests, type Operation } from './operation.ts';
import { reasonText, whatText } from './operation-text.ts';
import { createRenaming, nameProblem, type Renaming } from './rename.ts';
import {
  createOperationRunner,
  type OperationEntry,
  type OperationRunner,
  type OperationRunnerDeps,
} from './runner.ts';

/** The dialog open over the browser, if any. */
export type OpenDialog =
  | { kind: 'moveTo' | 'copyTo'; items: readonly DriveItem[]; from: DriveView; startPath: readonly FolderRef[] }
  | { kind: 'deleteForever'; items: readonly DriveItem[]; from: DriveView }
  | { kind: 'emptyTrash'; count: number }
  | { kind: 'newFolder'; parentId: string }
  | { kind: 'saveTo'; items: readonly DriveItem[]; from: DriveView; shareId: string }
  | { kind: 'signInToSave' };

export interface OperationsDeps {
  drive: DriveRequests;
  /** The folder picker's requests (Move to, Copy to). */
  folders: FolderActions;
  page: Pick<FilesPage, 'navigation' | 'listing' | 'paths' | 'prefs' | 'selection' | 'shown' | 'openFolder' | 'reveal'>;
  /** Whether an account is signed in: saving from a share needs one. */
  signedIn: () => boolean;
  schedule?: OperationRunnerDeps['schedule'];
  now?: () => number;
  /** Downloads, links and aria2 (src/files/transfers/). */
  transfers: Pick<Transfers, 'begin'>;
  /** Opens a file in the player (video, audio) or the image viewer, in a tab (`from`: a share's files play from it). */
  openFile: (item: DriveItem, from: DriveView) => void;
}

export interface Operations {
  runner: OperationRunner;
  renaming: Renaming;
  dialog: Signal<OpenDialog | null>;
  folders: FolderActions;
  /** How many items the trash holds, while the Trash is the open view and read. */
  trashCount: ReadonlySignal<number | undefined>;
  /** How many items the open view shows. */
  shown: ReadonlySignal<number>;
  handles: (name: FileCommandName, context: FileCommandContext) => boolean;
  run: (name: FileCommandName, context: FileCommandContext) => void;
  act: (action: ActionId, context: FileCommandContext) => void;
  drop: (drop: FileDrop, context: FileCommandContext) => void;
  /** Runs an operation (from a dialog: the picker's choice, a confirmation). */
  perform: (operation: Operation) => void;
  /** Shows what a finished save made: its folder in the drive, with the saved items selected. */
  openSaved: (entry: OperationEntry) => void;
  /** Makes a folder in the open folder and selects it; answers why not, as a sentence, when PikPak refused. */
  createFolder: (parentId: string, name: string) => Promise<string | undefined>;
  start: () => () => void;
}

/**
 * The file operations of the browser tab: what each action, key and drop does, the dialogs they open, renaming in
 * place, and what the page shows once PikPak answered (rows changed, views read again, paths forgotten).
 */
export function createOperations(deps: OperationsDeps): Operations {
  const { listing, paths, navigation } = deps.page;
  const now = deps.now ?? (() => Date.now());
  const dialog = signal<OpenDialog | null>(null);
  const isOpen = (view: DriveView) => samePlace(view, navigation.view.peek());

  function settled(operation: Operation, error: unknown) {
    const stale = staleViews(operation);
    if (error === undefined) {
      const edit = rowsAfter(operation);
      if (edit !== undefined) listing.patch(operation.from, edit);
      if (changesPaths(operation)) paths.forget();
      for (const view of stale) if (!isOpen(view)) listing.invalidate(view);
    }
    // The open view is read again when the operation touched it, after a failure too (a part may be done).
    if ([operation.from, ...stale].some(isOpen)) listing.reload();
  }

  const runner = createOperationRunner({
    send: (operation) => sendOperation(deps.drive, operation),
    settled,
    ...(deps.schedule === undefined ? {} : { schedule: deps.schedule }),
  });

  const renaming = createRenaming({
    rename: deps.drive.rename,
    renamed(item) {
      const here = navigation.view.peek();
      if (isListView(here)) listing.patch(here, (items) => items.map((each) => (each.id === item.id ? item : each)));
      listing.invalidate({ kind: 'starred' });
      if (item.kind === 'folder') paths.forget();
      runner.announce(t('filesRenamed', item.name));
      listing.reload();
    },
  });

  const trashCount = computed(() => {
    const shown = listing.listing.value;
    return shown?.view.kind === 'trash' && shown.status !== 'loading' ? shown.items.length : undefined;
  });

  /** Where Move to and Copy to open: the open folder, when its path is known. */
  function startPath(from: DriveView): readonly FolderRef[] {
    const path = paths.current.peek();
    return from.kind === 'folder' && path?.status === 'ready' && path.of === from.id ? path.path : [];
  }

  function perform(operation: Operation) {
    void runner.run(operation);
  }

  /** What Save to my drive saves: the selected items, or everything shown in the open folder when none is selected. */
  function toSave(): readonly DriveItem[] {
    const rows = deps.page.shown.peek();
    const selected = selectedIn(rows, deps.page.selection.peek());
    return selected.length > 0 ? selected : rows;
  }

  function act(action: ActionId, { view: from, items }: FileCommandContext) {
    const first = items[0];
    switch (action) {
      case 'open':
        if (first?.kind === 'folder') deps.page.openFolder(first);
        return;
      case 'play':
      case 'view':
        if (first !== undefined) deps.openFile(first, from);
        return;
      case 'saveToDrive': {
        if (from.kind !== 'share') return;
        const saved = toSave();
        if (!deps.signedIn()) dialog.value = { kind: 'signInToSave' };
        else if (saved.length > 0) dialog.value = { kind: 'saveTo', items: saved, from, shareId: from.shareId };
        return;
      }
      case 'download':
      case 'copyLinks':
      case 'exportLinks':
      case 'exportAria2':
      case 'sendToAria2':
        if (items.length > 0) deps.transfers.begin(action, items, whatText(items), from);
        return;
      case 'details':
        deps.page.prefs.update({ details: true });
        return;
      case 'newFolder':
        if (from.kind === 'folder') dialog.value = { kind: 'newFolder', parentId: from.id };
        return;
      case 'rename':
        if (first !== undefined) renaming.start(first);
        return;
      case 'moveTo':
      case 'copyTo':
        dialog.value = { kind: action, items, from, startPath: startPath(from) };
        return;
      case 'deleteForever':
        dialog.value = { kind: 'deleteForever', items, from };
        return;
      case 'emptyTrash':
        dialog.value = { kind: 'emptyTrash', count: trashCount.peek() ?? 0 };
        return;
      case 'star':
      case 'unstar':
      case 'trash':
      case 'restore':
        perform({ kind: action, items, from });
        return;
    }
  }

  function handles(name: FileCommandName, { view, items }: FileCommandContext): boolean {
    switch (name) {
      case 'open':
        // A video, audio or image opens in the player; other files open the details (the browser's default).
        return items.length === 1 && items[0] !== undefined && openActionOf(items[0]) !== undefined;
      case 'download':
        return view.kind !== 'trash' && items.length > 0;
      case 'rename':
        return view.kind !== 'trash' && view.kind !== 'share' && items.length === 1;
      case 'trash':
      case 'deleteForever':
        // Someone else's share: nothing in it can be deleted.
        return view.kind !== 'share' && items.length > 0;
      case 'undo':
        return runner.canUndo.peek();
    }
  }

  function run(name: FileCommandName, context: FileCommandContext) {
    if (!handles(name, context)) return;
    if (name === 'undo') void runner.undoLast();
    // In the Trash, Delete deletes for good (after asking), as the Recycle Bin does.
    else if (name === 'trash') act(context.view.kind === 'trash' ? 'deleteForever' : 'trash', context);
    else if (name === 'open') act(openActionOf(context.items[0] as DriveItem) ?? 'details', context);
    else act(name, context);
  }

  async function createFolder(parentId: string, name: string): Promise<string | undefined> {
    const problem = nameProblem(name);
    if (problem !== undefined) return problem;
    try {
      const made = await deps.drive.createFolder(parentId, name.trim());
      const here: DriveView = { kind: 'folder', id: parentId };
      const time = now();
      // The new folder's row at once (PikPak answers only its id and name); the reload brings PikPak's own.
      const row: DriveItem = {
        ...{ id: made.id, name: made.name, kind: 'folder', parentId, phase: 'complete' },
        ...{ size: { bytes: 0, exact: '0' }, starred: false, trashed: false, createdAt: time, modifiedAt: time },
      };
      listing.patch(here, (items) => [...items.filter((item) => item.id !== made.id), row]);
      if (isOpen(here)) {
        deps.page.selection.value = selectOnly(made.id);
        listing.reload();
      }
      runner.announce(t('filesFolderCreated', made.name));
      return undefined;
    } catch (error) {
      return reasonText(errorKindOf(error));
    }
  }

  return {
    runner,
    renaming,
    dialog,
    folders: deps.folders,
    trashCount,
    shown: computed(() => deps.page.shown.value.length),
    handles,
    run,
    act,
    drop: ({ to, copy }, { view: from, items }) => perform({ kind: copy ? 'copy' : 'move', items, from, to }),
    perform,
    openSaved(entry) {
      const { operation, made = [] } = entry;
      if (operation.kind === 'save') deps.page.reveal({ kind: 'folder', id: operation.to.id }, made);
    },
    createFolder,
    start() {
      // Another view: a name being edited there is given up, and its dialogs close.
      return effect(() => {
        void navigation.view.value;
        renaming.cancel();
        dialog.value = null;
      });
    },
  };
}
