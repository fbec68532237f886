import type { JSX } from 'preact';
import type { DriveItem } from '../../../shared/domain.ts';
import type { FolderRef } from '../../../shared/folders.ts';
import { itemCount } from '../../format.ts';
import { selectedIn, selectOnly, type Selection } from '../../model/selection.ts';
import { indexAt, type ListState } from './list-events.ts';

/** The list's items on the move: only this page's drags carry it, so nothing dropped from elsewhere is taken. */
const DRAG_TYPE = 'application/x-pikpak-companion-items';

/** Ctrl (Windows, Linux) or Alt (Option on macOS) held while dropping copies; a plain drop moves. */
export const dropCopies = (event: { ctrlKey: boolean; altKey: boolean }) => event.ctrlKey || event.altKey;

/** Whether a drag over the page carries the list's items. */
export const carriesItems = (event: DragEvent) => event.dataTransfer?.types.includes(DRAG_TYPE) === true;

/** Where the list's items may be dragged and what a drop does; the page decides (DriveBrowser). */
export interface ItemDrag {
  /** A drag of these items begins; false when they cannot be dragged here (the Trash). */
  start: (items: readonly DriveItem[]) => boolean;
  /** Whether the dragged items may go into this folder (not into one of themselves, not where they are). */
  accepts: (folderId: string) => boolean;
  drop: (to: FolderRef, copy: boolean) => void;
  end: () => void;
}

/** What a drag over a drop target does: allowed (with the cursor's move or copy) or not. */
export function allowDrop(event: DragEvent, accepted: boolean): boolean {
  if (!accepted || !carriesItems(event)) return false;
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = dropCopies(event) ? 'copy' : 'move';
  return true;
}

/** A small label under the pointer ("3 items", or the one name) instead of a picture of the whole row. */
function setDragLabel(transfer: DataTransfer, label: string) {
  const badge = document.createElement('div');
  badge.className = 'files-drag-label';
  badge.textContent = label;
  document.body.append(badge);
  transfer.setDragImage(badge, -12, -12);
  requestAnimationFrame(() => badge.remove());
}

/**
 * The list's drag and drop, on the list element like its other handlers: rows and tiles are dragged (the selection,
 * or the row under the pointer when it is not selected), folder rows take drops, marked while items hover them.
 */
export function createListDrag(
  get: () => ListState & { drag: ItemDrag | undefined },
  onSelection: (next: Selection) => void,
  setTarget: (folderId: string | undefined) => void,
) {
  const folderAt = (event: Event) => {
    const item = get().items[indexAt(event)];
    return item?.kind === 'folder' ? item : undefined;
  };

  function onDragStart(event: JSX.TargetedDragEvent<HTMLElement>) {
    const { items, selection, drag } = get();
    const item = items[indexAt(event)];
    if (item === undefined || drag === undefined || event.dataTransfer === null) return;
    let dragged = selection;
    if (!selection.selected.has(item.id)) {
      dragged = selectOnly(item.id);
      onSelection(dragged);
    }
    const moving = selectedIn(items, dragged);
    if (!drag.start(moving)) {
      event.preventDefault();
      return;
    }
    event.dataTransfer.effectAllowed = 'copyMove';
    event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(moving.map((each) => each.id)));
    event.dataTransfer.setData('text/plain', moving.map((each) => each.name).join('\n'));
    setDragLabel(event.dataTransfer, moving.length === 1 ? (moving[0]?.name ?? '') : itemCount(moving.length));
  }

  function onDragOver(event: JSX.TargetedDragEvent<HTMLElement>) {
    const folder = folderAt(event);
    const accepted = folder !== undefined && get().drag?.accepts(folder.id) === true;
    setTarget(allowDrop(event, accepted) ? folder?.id : undefined);
  }

  function onDragLeave(event: JSX.TargetedDragEvent<HTMLElement>) {
    const to = event.relatedTarget;
    if (!(to instanceof Node) || !event.currentTarget.contains(to)) setTarget(undefined);
  }

  function onDrop(event: JSX.TargetedDragEvent<HTMLElement>) {
    setTarget(undefined);
    const folder = folderAt(event);
    const drag = get().drag;
    if (folder === undefined || drag === undefined || !carriesItems(event) || !drag.accepts(folder.id)) return;
    event.preventDefault();
    drag.drop({ id: folder.id, name: folder.name }, dropCopies(event));
  }

  function onDragEnd() {
    setTarget(undefined);
    get().drag?.end();
  }

  return { onDragStart, onDragOver, onDragLeave, onDrop, onDragEnd };
}
