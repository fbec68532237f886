import type { JSX } from 'preact';
import type { DriveItem } from '../../../shared/domain.ts';
import { createTypeAhead, listKeyAction, type KeyCommand } from '../../model/list-keys.ts';
import {
  clearSelection,
  indexIn,
  moveTo,
  selectAll,
  selectOnly,
  selectRange,
  toggle,
  type Selection,
} from '../../model/selection.ts';

/** What the list does besides selecting; FileList passes these in from the page. */
export interface ListCallbacks {
  onSelection: (next: Selection) => void;
  /** Enter or a double-click. */
  onOpen: (item: DriveItem) => void;
  onUp: () => void;
  onBack: () => void;
  onForward: () => void;
  /** F2, Delete…: answers whether an operation took it (else the key stays the browser's). */
  onCommand: (command: Exclude<KeyCommand, 'contextMenu'>) => boolean;
  /** Right-click or the context-menu key, at a point of the viewport; answers whether a menu opened. */
  onContextMenu: (at: { x: number; y: number }) => boolean;
}

export interface ListState {
  items: readonly DriveItem[];
  selection: Selection;
  columns: number;
  /** Rows that fit in view, for PageUp/PageDown. */
  pageRows: () => number;
  /** Brings an item's row into view (virtualized rows exist only there). */
  reveal: (index: number) => void;
  /** The focused item's element, for where a keyboard-opened menu appears. */
  elementOf: (index: number) => Element | null;
}

/**
 * The row under a pointer event, from the `data-index` rows and tiles carry. Events inside a name being edited
 * (`data-editor`) are the editor's own: clicking into it places the caret, it opens nothing.
 */
export function indexAt(event: Event): number {
  const inside = event.target instanceof Element ? event.target : null;
  if (inside === null || inside.closest('[data-editor]') !== null) return -1;
  const target = inside.closest('[data-index]');
  return target === null ? -1 : Number(target.getAttribute('data-index'));
}

/**
 * The list's pointer and keyboard handlers, on the list element itself rather than on each row: rows stay
 * cheap, and there are never more handlers than one list's.
 */
export function createListEvents(get: () => ListState, callbacks: ListCallbacks) {
  const typeAhead = createTypeAhead();

  function onMouseDown(event: JSX.TargetedMouseEvent<HTMLElement>) {
    if (indexAt(event) < 0) return;
    // Keep the focus on the list, not the checkbox. Elsewhere on a row the browser's own handling stays (it focuses
    // the list, the row's focusable ancestor, and lets rows be dragged); rows are not selectable text.
    if (event.target instanceof Element && event.target.hasAttribute('data-check')) event.preventDefault();
    event.currentTarget.focus({ preventScroll: true });
  }

  function onClick(event: JSX.TargetedMouseEvent<HTMLElement>) {
    const index = indexAt(event);
    const { items, selection } = get();
    const item = items[index];
    if (item === undefined) return;
    const onCheckbox = event.target instanceof Element && event.target.hasAttribute('data-check');
    const primary = event.ctrlKey || event.metaKey;
    if (event.shiftKey) callbacks.onSelection(selectRange(selection, items, item.id, primary));
    else if (primary || onCheckbox) callbacks.onSelection(toggle(selection, item.id));
    else callbacks.onSelection(selectOnly(item.id));
  }

  function onDblClick(event: JSX.TargetedMouseEvent<HTMLElement>) {
    const item = get().items[indexAt(event)];
    if (item !== undefined && !(event.target instanceof Element && event.target.hasAttribute('data-check'))) {
      callbacks.onOpen(item);
    }
  }

  function onContextMenu(event: JSX.TargetedMouseEvent<HTMLElement>) {
    // A name being edited keeps the browser's own menu (cut, copy, paste).
    if (event.target instanceof Element && event.target.closest('[data-editor]') !== null) return;
    const { items, selection } = get();
    const item = items[indexAt(event)];
    // A right-click on an unselected row acts on that row, as in a desktop file manager.
    if (item !== undefined && !selection.selected.has(item.id)) callbacks.onSelection(selectOnly(item.id));
    if (callbacks.onContextMenu({ x: event.clientX, y: event.clientY })) event.preventDefault();
  }

  function onKeyDown(event: JSX.TargetedKeyboardEvent<HTMLElement>) {
    // Keys on the column headers' buttons are theirs.
    if (event.target !== event.currentTarget) return;
    const state = get();
    const { items, selection } = state;
    const index = indexIn(items, selection.focus);
    const action = listKeyAction(event, {
      index,
      count: items.length,
      columns: state.columns,
      pageRows: state.pageRows(),
    });
    if (action === undefined) return;
    const focused = items[index];
    let handled = true;
    switch (action.type) {
      case 'move':
      case 'type-ahead': {
        const to =
          action.type === 'move'
            ? Math.max(0, Math.min(items.length - 1, action.index))
            : typeAhead(action.char, (at) => items[at]?.name ?? '', items.length, index);
        if (to < 0 || items.length === 0) break;
        callbacks.onSelection(moveTo(selection, items, to, action.type === 'move' ? action.mode : 'select'));
        state.reveal(to);
        break;
      }
      case 'toggle':
        if (focused !== undefined) callbacks.onSelection(toggle(selection, focused.id));
        break;
      case 'extend':
        if (focused !== undefined) callbacks.onSelection(selectRange(selection, items, focused.id));
        break;
      case 'open':
        if (focused !== undefined) callbacks.onOpen(focused);
        break;
      case 'up':
        callbacks.onUp();
        break;
      case 'back':
        callbacks.onBack();
        break;
      case 'forward':
        callbacks.onForward();
        break;
      case 'select-all':
        callbacks.onSelection(selectAll(selection, items));
        break;
      case 'clear':
        handled = selection.selected.size > 0;
        if (handled) callbacks.onSelection(clearSelection(selection));
        break;
      case 'command':
        if (action.command !== 'contextMenu') handled = callbacks.onCommand(action.command);
        else {
          const box =
            index < 0 ? event.currentTarget.getBoundingClientRect() : state.elementOf(index)?.getBoundingClientRect();
          handled = callbacks.onContextMenu({ x: (box?.left ?? 0) + 24, y: (box?.bottom ?? 0) - 4 });
        }
        break;
    }
    if (handled) event.preventDefault();
  }

  return { onMouseDown, onClick, onDblClick, onContextMenu, onKeyDown };
}
