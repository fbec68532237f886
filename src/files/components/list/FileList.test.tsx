// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DriveItem } from '../../../shared/domain.ts';
import { NO_SELECTION, type Selection } from '../../model/selection.ts';
import { installResizeObserver } from '../../test/resize-observer.ts';
import { file, folder } from '../../test/items.ts';
import { FileList, type FileListProps } from './FileList.tsx';

beforeAll(installResizeObserver);
afterEach(cleanup);

const ITEMS: DriveItem[] = [
  folder('Documents'),
  folder('Movies'),
  ...Array.from({ length: 998 }, (_, n) => file(`File ${String(n).padStart(3, '0')}.txt`, 1_000 + n)),
];
ITEMS.push(file('zebra.png', 5));

function setUp(overrides: Partial<FileListProps> = {}) {
  const callbacks = {
    onOpen: vi.fn(),
    onUp: vi.fn(),
    onBack: vi.fn(),
    onForward: vi.fn(),
    onCommand: vi.fn((_command: string) => true),
    onContextMenu: vi.fn(() => false),
    onSort: vi.fn(),
  };
  let current: Selection = NO_SELECTION;
  function Harness() {
    const [selection, setSelection] = useState<Selection>(NO_SELECTION);
    current = selection;
    return (
      <FileList
        items={ITEMS}
        layout="list"
        selection={selection}
        onSelection={setSelection}
        sort={{ key: 'name', descending: false }}
        label="Items in My Drive"
        busy={false}
        locale="en"
        {...callbacks}
        {...overrides}
      />
    );
  }
  render(<Harness />);
  const grid = screen.getByRole('grid', { name: 'Items in My Drive' });
  return { ...callbacks, grid, selection: () => current };
}

/** A key press on the list; Preact's act flushes the re-render before the next line (its promise is empty). */
const key = (grid: HTMLElement, name: string, init: KeyboardEventInit = {}) =>
  void act(() => {
    fireEvent.keyDown(grid, { key: name, ...init });
  });
const selectedNames = () =>
  screen
    .queryAllByRole('row', { selected: true })
    .map((row) => row.getAttribute('aria-labelledby'))
    .map((id) => document.getElementById(id ?? '')?.textContent);
/** The id of the name of the active row or tile (a tile is labelled by its name, then its size or kind). */
const active = (grid: HTMLElement) =>
  document
    .getElementById(grid.getAttribute('aria-activedescendant') ?? '')
    ?.getAttribute('aria-labelledby')
    ?.split(' ')[0];
const activeName = (grid: HTMLElement) => document.getElementById(active(grid) ?? '')?.textContent;

describe('the file list', () => {
  it('is a multi-select grid with a header row and only the rows in view in the page', async () => {
    const { grid } = setUp();
    expect(grid.getAttribute('aria-multiselectable')).toBe('true');
    expect(grid.getAttribute('aria-rowcount')).toBe(String(ITEMS.length + 1));
    await screen.findByRole('row', { name: 'Documents' });
    expect(screen.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('ascending');
    const rows = within(grid).getAllByRole('row');
    expect(rows.length).toBeLessThan(30);
    expect(screen.getByRole('row', { name: 'Movies' }).getAttribute('aria-rowindex')).toBe('3');
  });

  it('moves, extends and jumps with the keyboard, keeping the focused row as the active descendant', async () => {
    const { grid, selection } = setUp();
    await screen.findByRole('row', { name: 'Documents' });
    grid.focus();
    key(grid, 'ArrowDown');
    expect(selectedNames()).toEqual(['Documents']);
    expect(activeName(grid)).toBe('Documents');
    key(grid, 'ArrowDown');
    key(grid, 'ArrowDown', { shiftKey: true });
    expect(selectedNames()).toEqual(['Movies', 'File 000.txt']);
    key(grid, 'ArrowUp', { ctrlKey: true });
    expect(activeName(grid)).toBe('Movies');
    expect(selectedNames()).toEqual(['Movies', 'File 000.txt']);
    key(grid, ' ');
    expect(selectedNames()).toEqual(['File 000.txt']);
    key(grid, 'Home');
    expect(selectedNames()).toEqual(['Documents']);
    // Type-ahead to the last row (out of view: happy-dom does not scroll, so only its id is checked).
    key(grid, 'z');
    const zebra = ITEMS.at(-1)!;
    expect(grid.getAttribute('aria-activedescendant')).toMatch(new RegExp(`-row-${zebra.id}$`));
    expect([...selection().selected]).toEqual([zebra.id]);
    key(grid, 'PageUp');
    // Ten rows fit in view: a page up moves nine.
    expect(selection().focus).toBe(ITEMS.at(-10)!.id);
    key(grid, 'a', { ctrlKey: true });
    expect(selection().selected.size).toBe(ITEMS.length);
    key(grid, 'Escape');
    expect(selection().selected.size).toBe(0);
  });

  it('opens with Enter, goes up, back and forward, and hands the operations their keys', async () => {
    const { grid, onOpen, onUp, onBack, onForward, onCommand } = setUp();
    await screen.findByRole('row', { name: 'Documents' });
    key(grid, 'ArrowDown');
    key(grid, 'ArrowDown');
    key(grid, 'Enter');
    expect(onOpen).toHaveBeenCalledWith(ITEMS[1]);
    key(grid, 'Backspace');
    key(grid, 'ArrowUp', { altKey: true });
    expect(onUp).toHaveBeenCalledTimes(2);
    key(grid, 'ArrowLeft', { altKey: true });
    key(grid, 'ArrowRight', { altKey: true });
    expect([onBack.mock.calls.length, onForward.mock.calls.length]).toEqual([1, 1]);
    key(grid, 'F2');
    key(grid, 'Delete');
    key(grid, 'Delete', { shiftKey: true });
    expect(onCommand.mock.calls.map(([command]) => command)).toEqual(['rename', 'trash', 'deleteForever']);
  });

  it('leaves a key to the browser when no operation takes it', async () => {
    const { grid } = setUp({ onCommand: () => false });
    await screen.findByRole('row', { name: 'Documents' });
    const event = new KeyboardEvent('keydown', { key: 'Delete', bubbles: true, cancelable: true });
    grid.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('selects with clicks, Ctrl-clicks, Shift-clicks and the row checkboxes, and opens on a double-click', async () => {
    const { onOpen } = setUp();
    const row = async (name: string) => screen.findByRole('row', { name });
    fireEvent.click(await row('Documents'));
    fireEvent.click(await row('File 001.txt'), { shiftKey: true });
    expect(selectedNames()).toEqual(['Documents', 'Movies', 'File 000.txt', 'File 001.txt']);
    fireEvent.click(await row('Movies'), { ctrlKey: true });
    expect(selectedNames()).toEqual(['Documents', 'File 000.txt', 'File 001.txt']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select File 000.txt' }));
    expect(selectedNames()).toEqual(['Documents', 'File 001.txt']);
    fireEvent.click(await row('File 002.txt'));
    expect(selectedNames()).toEqual(['File 002.txt']);
    fireEvent.dblClick(await row('Movies'));
    expect(onOpen).toHaveBeenCalledWith(ITEMS[1]);
  });

  it('sorts from the column headers and opens the operations’ menu on a right-click, selecting that row', async () => {
    const onContextMenu = vi.fn(() => true);
    const { onSort } = setUp({ onContextMenu });
    fireEvent.click(screen.getByRole('button', { name: 'Size' }));
    expect(onSort).toHaveBeenCalledWith('size');
    const movies = await screen.findByRole('row', { name: 'Movies' });
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: 30, clientY: 40 });
    void act(() => {
      movies.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect(onContextMenu).toHaveBeenCalledWith({ x: 30, y: 40 });
    expect(selectedNames()).toEqual(['Movies']);
  });

  it('lays out tiles in rows of as many as fit, and moves by a row with up and down', async () => {
    const { grid } = setUp({ layout: 'grid' });
    await screen.findByRole('gridcell', { name: 'Documents Folder' });
    // 800 px wide: four tiles of at least 168 px with 16 px gaps.
    expect(grid.getAttribute('aria-colcount')).toBe('4');
    key(grid, 'ArrowRight');
    key(grid, 'ArrowDown');
    expect(activeName(grid)).toBe('File 002.txt');
    key(grid, 'ArrowLeft');
    expect(screen.getByRole('gridcell', { name: /^File 001\.txt / }).getAttribute('aria-selected')).toBe('true');
  });

  it('estimates grid rows at their own height after the list view (not the list’s 40 px rows)', async () => {
    const props = { items: ITEMS, selection: NO_SELECTION, onSelection: vi.fn(), onSort: vi.fn(), onOpen: vi.fn() };
    const more = { onUp: vi.fn(), onBack: vi.fn(), onForward: vi.fn(), onCommand: vi.fn(), onContextMenu: vi.fn() };
    const common = { ...props, ...more, sort: { key: 'name', descending: false }, busy: false, locale: 'en' } as const;
    const { rerender } = render(<FileList {...common} layout="list" label="Items in My Drive" />);
    await screen.findByRole('row', { name: 'Documents' });
    rerender(<FileList {...common} layout="grid" label="Items in My Drive" />);
    await screen.findByRole('gridcell', { name: 'Documents Folder' });
    // 1,001 items in rows of four: 251 rows of 216 px, less the few measured (40 px here, see resize-observer.ts).
    const body = screen.getByRole('grid', { name: 'Items in My Drive' }).firstElementChild as HTMLElement;
    expect(Number.parseFloat(body.style.height)).toBeGreaterThan(240 * 216);
  });
});
