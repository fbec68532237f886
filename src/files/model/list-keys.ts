import type { MoveMode } from './selection.ts';

/** The operations a key asks for; the operations helper implements them (src/files/commands.ts). */
export type KeyCommand = 'rename' | 'trash' | 'deleteForever' | 'undo' | 'download' | 'contextMenu';

/** What a key press in the file list means. Pure, so every binding is tested without a DOM. */
export type ListKeyAction =
  | { type: 'move'; index: number; mode: MoveMode }
  | { type: 'toggle' }
  | { type: 'extend' }
  | { type: 'open' }
  | { type: 'up' }
  | { type: 'back' }
  | { type: 'forward' }
  | { type: 'select-all' }
  | { type: 'clear' }
  | { type: 'command'; command: KeyCommand }
  | { type: 'type-ahead'; char: string };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface ListGeometry {
  /** The focused row's index, -1 when none. */
  index: number;
  count: number;
  /** Items per row: 1 in the list, N in the grid. */
  columns: number;
  /** Rows that fit in the viewport, for PageUp/PageDown. */
  pageRows: number;
}

/** Ctrl on Windows and Linux, Cmd on macOS: either is accepted, as users of both expect. */
const primary = (press: KeyPress) => press.ctrlKey || press.metaKey;

function moveMode(press: KeyPress): MoveMode {
  if (press.shiftKey) return 'extend';
  return primary(press) ? 'focus' : 'select';
}

/** The action for a key press in the list, or undefined when the key is not ours (the browser keeps it). */
export function listKeyAction(press: KeyPress, at: ListGeometry): ListKeyAction | undefined {
  const { key } = press;
  if (press.altKey) {
    if (key === 'ArrowUp') return { type: 'up' };
    if (key === 'ArrowLeft') return { type: 'back' };
    if (key === 'ArrowRight') return { type: 'forward' };
    return undefined;
  }
  const from = at.index;
  const last = at.count - 1;
  // The first arrow press with nothing focused lands on the first item, whichever way it points.
  const step = (delta: number) =>
    ({ type: 'move', index: from < 0 ? 0 : from + delta, mode: moveMode(press) }) as const;
  switch (key) {
    case 'ArrowDown':
      return step(at.columns);
    case 'ArrowUp':
      return step(-at.columns);
    case 'ArrowRight':
      return at.columns > 1 ? step(1) : undefined;
    case 'ArrowLeft':
      return at.columns > 1 ? step(-1) : undefined;
    case 'Home':
      return { type: 'move', index: 0, mode: moveMode(press) };
    case 'End':
      return { type: 'move', index: last, mode: moveMode(press) };
    case 'PageDown':
      return step(Math.max(1, at.pageRows - 1) * at.columns);
    case 'PageUp':
      return step(-Math.max(1, at.pageRows - 1) * at.columns);
    case 'Enter':
      return primary(press) || press.shiftKey ? undefined : { type: 'open' };
    case ' ':
      return press.shiftKey ? { type: 'extend' } : { type: 'toggle' };
    case 'Backspace':
      return { type: 'up' };
    case 'Escape':
      return { type: 'clear' };
    case 'F2':
      return { type: 'command', command: 'rename' };
    case 'Delete':
      return { type: 'command', command: press.shiftKey ? 'deleteForever' : 'trash' };
    case 'ContextMenu':
      return { type: 'command', command: 'contextMenu' };
    case 'F10':
      return press.shiftKey ? { type: 'command', command: 'contextMenu' } : undefined;
  }
  if (primary(press)) {
    const letter = key.toLowerCase();
    if (letter === 'a') return { type: 'select-all' };
    // Ctrl+S saves the items to the computer (the browser's "Save page" would save the file browser itself).
    if (letter === 's' && !press.shiftKey) return { type: 'command', command: 'download' };
    return letter === 'z' && !press.shiftKey ? { type: 'command', command: 'undo' } : undefined;
  }
  // One printable character (not a dead key or a named key): jump to a name.
  if ([...key].length === 1 && key.trim() !== '') return { type: 'type-ahead', char: key };
  return undefined;
}

/** How long the letters typed to jump to a name are kept together. */
export const TYPE_AHEAD_MS = 800;

/**
 * Type-ahead: letters typed in quick succession spell the start of a name. Answers the index to focus, or -1.
 * The same letter pressed again moves on to the next name starting with it, as in a desktop file manager.
 */
export function createTypeAhead(now: () => number = () => Date.now()) {
  let typed = '';
  let lastAt = 0;
  return (char: string, names: (index: number) => string, count: number, from: number): number => {
    const time = now();
    typed = time - lastAt > TYPE_AHEAD_MS ? char : typed + char;
    lastAt = time;
    const wanted = typed.toLocaleLowerCase();
    const repeated = [...wanted].every((letter) => letter === wanted[0]);
    // A repeated letter cycles through the names starting with it; a longer prefix stays on a matching name.
    const prefix = repeated ? (wanted[0] ?? '') : wanted;
    const start = repeated ? from + 1 : Math.max(from, 0);
    for (let offset = 0; offset < count; offset++) {
      const index = (start + offset) % count;
      if (names(index).toLocaleLowerCase().startsWith(prefix)) return index;
    }
    return -1;
  };
}
