import type { ReadonlySignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import type { DriveItem } from '../shared/domain.ts';
import type { DriveView } from '../shared/drive-view.ts';
import type { FolderRef } from '../shared/folders.ts';

/**
 * The hook point for the file operations (rename, trash, delete, open a file, the context menu's content…).
 * The browser's core (this folder) decides *when* an operation is asked for (keys, the toolbar, right-click) and
 * on *which* items; an implementation of FileCommands, passed to FilesApp by main.tsx, decides what it does.
 *
 *   key / gesture                      asks for
 *   Enter or double-click on a file    run('open')       (a folder opens in the browser itself)
 *   F2                                 run('rename')
 *   Delete                             run('trash')
 *   Shift+Delete                       run('deleteForever')
 *   Ctrl+Z (Cmd+Z)                     run('undo')
 *   Ctrl+S (Cmd+S)                     run('download')
 *   right-click, context-menu key,     <ContextMenu at={…}/> rendered by the page; without a ContextMenu the
 *   Shift+F10                          browser's own menu shows
 *   dragging items onto a folder       drop({to, copy})  (a row, a tile or a breadcrumb; Ctrl or Alt copies)
 */
export type FileCommandName = 'open' | 'rename' | 'trash' | 'deleteForever' | 'undo' | 'download';

export interface FileCommandContext {
  /** The view the items are in (a folder, Starred or Trash). */
  view: DriveView;
  /** The selected items in the shown order; the focused item alone when nothing is selected; may be empty. */
  items: readonly DriveItem[];
  /** Reads the open view again, keeping its rows shown meanwhile (after an operation changed it). */
  reload: () => void;
}

export interface FileContextMenuProps {
  context: FileCommandContext;
  /** Where to open, in viewport pixels: the pointer, or the focused row's corner for the keyboard. */
  at: { x: number; y: number };
  /** Closes the menu; focus goes back to the list. */
  onClose: () => void;
}

/** What the rows draw of the operations: the one name edited in place, and items an operation is changing. */
export interface FileRowState {
  /** The id of the item whose name is being edited; its row shows `Editor` in place of the name. */
  editing: ReadonlySignal<string | undefined>;
  Editor: ComponentType<{ item: DriveItem }>;
  /** Items an operation on its way is changing (drawn dimmed until it ends). */
  busy: ReadonlySignal<ReadonlySet<string>>;
}

/** Items dropped onto a folder; `copy` when Ctrl or Alt (Option) was held, as in a desktop file manager. */
export interface FileDrop {
  to: FolderRef;
  copy: boolean;
}

export interface FileCommands {
  /** Whether `run(name)` does something for these items; a key it does not handle stays the browser's. */
  handles: (name: FileCommandName, context: FileCommandContext) => boolean;
  run: (name: FileCommandName, context: FileCommandContext) => void;
  /** The toolbar's operations slot (New folder, Download…), between the path and the view controls. */
  Toolbar?: ComponentType<{ context: FileCommandContext }>;
  /** A row's context menu, rendered by the page while open. */
  ContextMenu?: ComponentType<FileContextMenuProps>;
  /** Rendered once at the end of the browser's main area: the operations' dialogs, progress and results. */
  Layer?: ComponentType<{ context: FileCommandContext }>;
  /** Rendered on the page whatever the account (signed out too): work the worker goes on with, such as downloads. */
  Background?: ComponentType;
  rows?: FileRowState;
  /** Items dragged onto a folder; without it nothing in the list can be dragged. */
  drop?: (drop: FileDrop, context: FileCommandContext) => void;
}

/** No operations yet: every key and gesture above is left to the browser. */
export const NO_COMMANDS: FileCommands = { handles: () => false, run: () => undefined };
