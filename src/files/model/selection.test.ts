import { describe, expect, it } from 'vitest';
import {
  clearSelection,
  indexIn,
  keepShown,
  moveTo,
  NO_SELECTION,
  selectAll,
  selectedIn,
  selectOnly,
  selectRange,
  toggle,
  type Selection,
} from './selection.ts';

const order = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
const ids = (selection: Selection) => [...selection.selected].sort();

describe('the selection model', () => {
  it('selects one item on a plain click, which becomes anchor and focus', () => {
    const selection = selectOnly('c');
    expect(ids(selection)).toEqual(['c']);
    expect(selection).toMatchObject({ anchor: 'c', focus: 'c' });
  });

  it('adds and removes items with Ctrl/Cmd-click, keeping the rest', () => {
    let selection = toggle(selectOnly('a'), 'c');
    selection = toggle(selection, 'e');
    expect(ids(selection)).toEqual(['a', 'c', 'e']);
    selection = toggle(selection, 'c');
    expect(ids(selection)).toEqual(['a', 'e']);
    expect(selection.anchor).toBe('c');
  });

  it('selects a range from the anchor with Shift-click, in either direction, replacing the selection', () => {
    let selection = selectRange(selectOnly('b'), order, 'e');
    expect(ids(selection)).toEqual(['b', 'c', 'd', 'e']);
    // A second Shift-click re-draws the range from the same anchor.
    selection = selectRange(selection, order, 'a');
    expect(ids(selection)).toEqual(['a', 'b']);
    expect(selection).toMatchObject({ anchor: 'b', focus: 'a' });
  });

  it('adds a range to the selection with Ctrl+Shift-click', () => {
    let selection = toggle(selectOnly('a'), 'd');
    selection = selectRange(selection, order, 'f', true);
    expect(ids(selection)).toEqual(['a', 'd', 'e', 'f']);
  });

  it('starts a range at the item itself when there is no anchor', () => {
    expect(ids(selectRange(NO_SELECTION, order, 'c'))).toEqual(['c']);
  });

  it('selects everything shown with Ctrl+A and nothing with Escape, keeping the focus', () => {
    const focused = { ...NO_SELECTION, focus: 'd' };
    const all = selectAll(focused, order);
    expect(all.selected.size).toBe(6);
    expect(all.focus).toBe('d');
    const none = clearSelection(all);
    expect(none.selected.size).toBe(0);
    expect(none.focus).toBe('d');
  });

  it('moves the focus by keyboard: selecting, extending from the anchor, or focus only (clamped)', () => {
    let selection = moveTo(NO_SELECTION, order, 1, 'select');
    expect(ids(selection)).toEqual(['b']);
    selection = moveTo(selection, order, 3, 'extend');
    expect(ids(selection)).toEqual(['b', 'c', 'd']);
    selection = moveTo(selection, order, 99, 'focus');
    expect(ids(selection)).toEqual(['b', 'c', 'd']);
    expect(selection.focus).toBe('f');
    expect(moveTo(selection, order, -5, 'select').focus).toBe('a');
    expect(moveTo(selection, [], 0, 'select')).toBe(selection);
  });

  it('keeps only what is still shown after a filter, and answers the same selection when nothing went', () => {
    const selection = { selected: new Set(['a', 'c', 'e']), anchor: 'c', focus: 'e' };
    expect(keepShown(selection, order)).toBe(selection);
    const filtered = keepShown(selection, [{ id: 'a' }, { id: 'b' }]);
    expect(ids(filtered)).toEqual(['a']);
    expect(filtered).toMatchObject({ anchor: null, focus: null });
  });

  it('lists the selected items in the shown order and finds positions by id', () => {
    const selection = toggle(toggle(NO_SELECTION, 'e'), 'b');
    expect(selectedIn(order, selection).map((entry) => entry.id)).toEqual(['b', 'e']);
    expect(indexIn(order, 'f')).toBe(5);
    expect(indexIn(order, 'zz')).toBe(-1);
    expect(indexIn(order, null)).toBe(-1);
  });
});
