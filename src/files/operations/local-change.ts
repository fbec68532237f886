import type { DriveItem } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import type { Operation } from './operation.ts';

type Rows = readonly DriveItem[];
export type RowsEdit = (items: Rows) => Rows;

const TRASH: DriveView = { kind: 'trash' };
const STARRED: DriveView = { kind: 'starred' };
const folder = (id: string): DriveView => ({ kind: 'folder', id });

function without(operation: { items: Rows }): RowsEdit {
  const gone = new Set(operation.items.map((item) => item.id));
  return (items) => items.filter((item) => !gone.has(item.id));
}

function changed(operation: { items: Rows }, change: Partial<DriveItem>): RowsEdit {
  const ids = new Set(operation.items.map((item) => item.id));
  return (items) => items.map((item) => (ids.has(item.id) ? { ...item, ...change } : item));
}

/**
 * How the rows of the view an operation was started in change once PikPak finished it, before a reload confirms:
 * moved, trashed and deleted rows go, restored rows come back to their folder, stars change. Undefined: no change
 * known here (a copy goes elsewhere; the reload shows what PikPak made).
 */
export function rowsAfter(operation: Operation): RowsEdit | undefined {
  const { from } = operation;
  switch (operation.kind) {
    case 'move':
      return from.kind === 'folder' ? without(operation) : changed(operation, { parentId: operation.to.id });
    case 'copy':
    case 'save':
      return undefined;
    case 'trash':
    case 'deleteForever':
      return without(operation);
    case 'restore': {
      if (from.kind === 'trash') return without(operation);
      if (from.kind !== 'folder') return undefined;
      // Undoing a trash: the rows come back where they were (PikPak restores items into their folder).
      const back = operation.items
        .filter((item) => item.parentId === from.id)
        .map((item) => ({ ...item, trashed: false }));
      const ids = new Set(back.map((item) => item.id));
      return (items) => [...items.filter((item) => !ids.has(item.id)), ...back];
    }
    case 'star':
      return changed(operation, { starred: true });
    case 'unstar':
      return from.kind === 'starred' ? without(operation) : changed(operation, { starred: false });
    case 'emptyTrash':
      return from.kind === 'trash' ? () => [] : undefined;
  }
}

/** Other views whose rows the operation changed: read again (the open one) or afresh when next shown. */
export function staleViews(operation: Operation): DriveView[] {
  switch (operation.kind) {
    case 'move':
    case 'copy':
      return [folder(operation.to.id), STARRED];
    case 'trash':
    case 'deleteForever':
      return [TRASH, STARRED];
    case 'restore':
      return [TRASH, STARRED, ...[...new Set(operation.items.map((item) => item.parentId))].map(folder)];
    case 'star':
    case 'unstar':
      return [STARRED];
    case 'emptyTrash':
      return [TRASH];
    case 'save':
      return [folder(operation.to.id)];
  }
}

/** Whether folders were renamed, moved or deleted, so paths the page knows may be wrong now. */
export function changesPaths(operation: Operation): boolean {
  if (operation.kind === 'emptyTrash') return true;
  const tree = operation.kind === 'move' || operation.kind === 'trash' || operation.kind === 'deleteForever';
  return (tree || operation.kind === 'restore') && operation.items.some((item) => item.kind === 'folder');
}
