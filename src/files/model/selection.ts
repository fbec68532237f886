import type { DriveItem } from '../../shared/domain.ts';

/**
 * The selection of a file list as plain data, with the moves a desktop file manager has: click, Ctrl/Cmd-click,
 * Shift-click ranges, Ctrl+A, and the keyboard's focus that moves with or without selecting. Pure: every function
 * answers a new Selection. Items are known by id, so a selection survives a reload and a new sort order.
 */
export interface Selection {
  selected: ReadonlySet<string>;
  /** Where a Shift range starts: the last item clicked or toggled. */
  anchor: string | null;
  /** The keyboard's current item (the list's active descendant). */
  focus: string | null;
}

/** The rows as the page shows them, in order (sorted and filtered). */
export type Order = readonly { readonly id: string }[];

export const NO_SELECTION: Selection = { selected: new Set(), anchor: null, focus: null };

// Rows are looked up by id on every click and key; one index per shown order keeps that O(1).
const indexes = new WeakMap<Order, Map<string, number>>();

/** The position of an item in the order, -1 when it is not shown. */
export function indexIn(order: Order, id: string | null): number {
  if (id === null) return -1;
  let index = indexes.get(order);
  if (index === undefined) {
    index = new Map(order.map((entry, position) => [entry.id, position]));
    indexes.set(order, index);
  }
  return index.get(id) ?? -1;
}

/** A plain click: only this item, which becomes the anchor and the focus. */
export function selectOnly(id: string): Selection {
  return { selected: new Set([id]), anchor: id, focus: id };
}

/** Ctrl/Cmd-click, the row's checkbox, Ctrl+Space: this item in or out, the others kept. */
export function toggle(selection: Selection, id: string): Selection {
  const selected = new Set(selection.selected);
  if (selected.has(id)) selected.delete(id);
  else selected.add(id);
  return { selected, anchor: id, focus: id };
}

function range(order: Order, from: number, to: number): string[] {
  const [start, end] = from <= to ? [from, to] : [to, from];
  return order.slice(start, end + 1).map((entry) => entry.id);
}

/**
 * Shift-click or Shift+arrow: every item from the anchor to this one. `add` (Ctrl+Shift) keeps what was selected
 * besides. Without an anchor shown, the range starts at this item.
 */
export function selectRange(selection: Selection, order: Order, id: string, add = false): Selection {
  const to = indexIn(order, id);
  if (to < 0) return selection;
  const anchorIndex = indexIn(order, selection.anchor);
  const from = anchorIndex < 0 ? to : anchorIndex;
  const selected = new Set(add ? selection.selected : []);
  for (const each of range(order, from, to)) selected.add(each);
  return { selected, anchor: anchorIndex < 0 ? id : selection.anchor, focus: id };
}

/** Ctrl/Cmd+A: everything shown; the focus stays where it is. */
export function selectAll(selection: Selection, order: Order): Selection {
  return { ...selection, selected: new Set(order.map((entry) => entry.id)) };
}

/** Escape: nothing selected; the focus stays. */
export function clearSelection(selection: Selection): Selection {
  return { selected: new Set(), anchor: selection.focus, focus: selection.focus };
}

/** How a keyboard move treats the selection: select the item, extend the range to it, or only move the focus. */
export type MoveMode = 'select' | 'extend' | 'focus';

/** Moves the keyboard's focus to the item at `index` (clamped to the list). */
export function moveTo(selection: Selection, order: Order, index: number, mode: MoveMode): Selection {
  if (order.length === 0) return selection;
  const target = order[Math.max(0, Math.min(order.length - 1, index))];
  if (target === undefined) return selection;
  if (mode === 'select') return selectOnly(target.id);
  if (mode === 'extend') return selectRange(selection, order, target.id);
  return { ...selection, focus: target.id };
}

/**
 * The selection limited to what is shown (after a filter, a reload or a move away). Answers the same object when
 * nothing changed, so a page arriving does not redraw every row.
 */
export function keepShown(selection: Selection, order: Order): Selection {
  const gone = (id: string | null) => id !== null && indexIn(order, id) < 0;
  const anyGone = [...selection.selected].some(gone);
  if (!anyGone && !gone(selection.anchor) && !gone(selection.focus)) return selection;
  return {
    selected: anyGone ? new Set([...selection.selected].filter((id) => !gone(id))) : selection.selected,
    anchor: gone(selection.anchor) ? null : selection.anchor,
    focus: gone(selection.focus) ? null : selection.focus,
  };
}

/** The selected items in the shown order. */
export function selectedIn<T extends { readonly id: string }>(order: readonly T[], selection: Selection): T[] {
  if (selection.selected.size === 0) return [];
  return order.filter((entry) => selection.selected.has(entry.id));
}

/**
 * The size of the selected files together; `undefined` when none is a file. PikPak gives folders no size, so a
 * selection of folders has none to show (a "0 B" would say they are empty).
 */
export function selectedSize(items: readonly DriveItem[]): number | undefined {
  let bytes: number | undefined;
  for (const item of items) if (item.kind === 'file') bytes = (bytes ?? 0) + item.size.bytes;
  return bytes;
}
