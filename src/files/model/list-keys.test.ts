import { describe, expect, it } from 'vitest';
import { createTypeAhead, listKeyAction, TYPE_AHEAD_MS, type KeyPress, type ListGeometry } from './list-keys.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const list: ListGeometry = { index: 5, count: 100, columns: 1, pageRows: 11 };
const grid: ListGeometry = { index: 5, count: 100, columns: 4, pageRows: 3 };

describe('keys in the file list', () => {
  it('moves with the arrows, Home, End and the page keys', () => {
    expect(listKeyAction(press('ArrowDown'), list)).toEqual({ type: 'move', index: 6, mode: 'select' });
    expect(listKeyAction(press('ArrowUp'), list)).toEqual({ type: 'move', index: 4, mode: 'select' });
    expect(listKeyAction(press('Home'), list)).toEqual({ type: 'move', index: 0, mode: 'select' });
    expect(listKeyAction(press('End'), list)).toEqual({ type: 'move', index: 99, mode: 'select' });
    expect(listKeyAction(press('PageDown'), list)).toEqual({ type: 'move', index: 15, mode: 'select' });
    expect(listKeyAction(press('PageUp'), list)).toEqual({ type: 'move', index: -5, mode: 'select' });
    // Left and right are not moves in a one-column list.
    expect(listKeyAction(press('ArrowRight'), list)).toBeUndefined();
  });

  it('moves by a whole row in the grid and by one item sideways', () => {
    expect(listKeyAction(press('ArrowDown'), grid)).toMatchObject({ index: 9 });
    expect(listKeyAction(press('ArrowLeft'), grid)).toMatchObject({ index: 4 });
    expect(listKeyAction(press('ArrowRight'), grid)).toMatchObject({ index: 6 });
    expect(listKeyAction(press('PageDown'), grid)).toMatchObject({ index: 13 });
  });

  it('starts at the first item when nothing is focused', () => {
    expect(listKeyAction(press('ArrowUp'), { ...list, index: -1 })).toMatchObject({ index: 0 });
  });

  it('extends with Shift and only moves the focus with Ctrl or Cmd', () => {
    expect(listKeyAction(press('ArrowDown', { shiftKey: true }), list)).toMatchObject({ mode: 'extend' });
    expect(listKeyAction(press('End', { shiftKey: true }), list)).toMatchObject({ mode: 'extend' });
    expect(listKeyAction(press('ArrowDown', { ctrlKey: true }), list)).toMatchObject({ mode: 'focus' });
    expect(listKeyAction(press('ArrowDown', { metaKey: true }), list)).toMatchObject({ mode: 'focus' });
  });

  it('opens with Enter, goes up with Backspace or Alt+Up, back and forward with Alt+Left/Right', () => {
    expect(listKeyAction(press('Enter'), list)).toEqual({ type: 'open' });
    expect(listKeyAction(press('Backspace'), list)).toEqual({ type: 'up' });
    expect(listKeyAction(press('ArrowUp', { altKey: true }), list)).toEqual({ type: 'up' });
    expect(listKeyAction(press('ArrowLeft', { altKey: true }), list)).toEqual({ type: 'back' });
    expect(listKeyAction(press('ArrowRight', { altKey: true }), list)).toEqual({ type: 'forward' });
  });

  it('selects with Space, Shift+Space, Ctrl/Cmd+A, clears with Escape, and asks for undo with Ctrl/Cmd+Z', () => {
    expect(listKeyAction(press(' '), list)).toEqual({ type: 'toggle' });
    expect(listKeyAction(press(' ', { shiftKey: true }), list)).toEqual({ type: 'extend' });
    expect(listKeyAction(press('a', { ctrlKey: true }), list)).toEqual({ type: 'select-all' });
    expect(listKeyAction(press('A', { metaKey: true, shiftKey: false }), list)).toEqual({ type: 'select-all' });
    expect(listKeyAction(press('z', { ctrlKey: true }), list)).toEqual({ type: 'command', command: 'undo' });
    expect(listKeyAction(press('Z', { metaKey: true }), list)).toEqual({ type: 'command', command: 'undo' });
    // Ctrl+Shift+Z is redo, which nothing offers.
    expect(listKeyAction(press('Z', { ctrlKey: true, shiftKey: true }), list)).toBeUndefined();
    expect(listKeyAction(press('Escape'), list)).toEqual({ type: 'clear' });
  });

  it('hands F2, Delete, Shift+Delete, the context-menu key and Shift+F10 to the operations', () => {
    expect(listKeyAction(press('F2'), list)).toEqual({ type: 'command', command: 'rename' });
    expect(listKeyAction(press('Delete'), list)).toEqual({ type: 'command', command: 'trash' });
    expect(listKeyAction(press('Delete', { shiftKey: true }), list)).toEqual({
      type: 'command',
      command: 'deleteForever',
    });
    expect(listKeyAction(press('ContextMenu'), list)).toEqual({ type: 'command', command: 'contextMenu' });
    expect(listKeyAction(press('F10', { shiftKey: true }), list)).toEqual({ type: 'command', command: 'contextMenu' });
    expect(listKeyAction(press('F10'), list)).toBeUndefined();
  });

  it('leaves the browser its own shortcuts and types ahead on letters', () => {
    expect(listKeyAction(press('r', { ctrlKey: true }), list)).toBeUndefined();
    expect(listKeyAction(press('Tab'), list)).toBeUndefined();
    expect(listKeyAction(press('m'), list)).toEqual({ type: 'type-ahead', char: 'm' });
    expect(listKeyAction(press('电'), list)).toEqual({ type: 'type-ahead', char: '电' });
  });
});

describe('type-ahead', () => {
  const names = ['Alpha', 'apple', 'Banana', 'band', 'Bandit', 'cherry'];
  const at = (index: number) => names[index] ?? '';

  it('jumps to the first name starting with what was typed quickly, ignoring case', () => {
    let time = 0;
    const typeAhead = createTypeAhead(() => time);
    expect(typeAhead('b', at, names.length, 0)).toBe(2);
    time += 100;
    expect(typeAhead('a', at, names.length, 2)).toBe(2);
    time += 100;
    expect(typeAhead('n', at, names.length, 2)).toBe(2);
    time += 100;
    expect(typeAhead('d', at, names.length, 2)).toBe(3);
    time += 100;
    expect(typeAhead('i', at, names.length, 3)).toBe(4);
  });

  it('cycles through names with the same letter pressed again, and starts over after a pause', () => {
    let time = 0;
    const typeAhead = createTypeAhead(() => time);
    expect(typeAhead('b', at, names.length, 0)).toBe(2);
    time += 100;
    expect(typeAhead('b', at, names.length, 2)).toBe(3);
    time += 100;
    expect(typeAhead('b', at, names.length, 3)).toBe(4);
    time += 100;
    expect(typeAhead('b', at, names.length, 4)).toBe(2);
    time += TYPE_AHEAD_MS + 1;
    expect(typeAhead('c', at, names.length, 2)).toBe(5);
    time += TYPE_AHEAD_MS + 1;
    expect(typeAhead('z', at, names.length, 5)).toBe(-1);
  });
});
