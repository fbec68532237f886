// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DriveItem } from '../../shared/domain.ts';
import { RequestError } from '../../shared/messages.ts';
import { file, folder } from '../test/items.ts';
import { createRenaming } from './rename.ts';
import { RenameEditor } from './RenameEditor.tsx';

afterEach(cleanup);

/** The editor in a list, for an item, with PikPak answering as `rename` says. */
function setUp(item: DriveItem, rename: (id: string, name: string) => Promise<DriveItem>) {
  const renamed = vi.fn();
  const renaming = createRenaming({ rename, renamed });
  renaming.start(item);
  render(
    <div role="grid" tabIndex={0} aria-label="Items">
      <RenameEditor item={item} renaming={renaming} />
    </div>,
  );
  const input = screen.getByRole<HTMLInputElement>('textbox', { name: `New name for ${item.name}` });
  return { renaming, renamed, input, grid: screen.getByRole('grid') };
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the name editor', () => {
  it('selects a file’s name without its extension, and a folder’s whole name', () => {
    const { input } = setUp(file('holiday.final.mp4'), () => Promise.reject(new Error('not sent')));
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 'holiday.final'.length]);
    cleanup();
    const named = setUp(folder('v1.2'), () => Promise.reject(new Error('not sent')));
    expect([named.input.selectionStart, named.input.selectionEnd]).toEqual([0, 4]);
  });

  it('saves with Enter and gives the focus back to the list', async () => {
    const item = file('notes.txt');
    const rename = vi.fn((_id: string, name: string) => Promise.resolve({ ...item, name }));
    const { input, grid, renamed, renaming } = setUp(item, rename);
    fireEvent.input(input, { target: { value: 'ideas.txt' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    expect(rename).toHaveBeenCalledWith(item.id, 'ideas.txt');
    expect(renamed).toHaveBeenCalledWith({ ...item, name: 'ideas.txt' });
    expect(renaming.state.value).toBeUndefined();
    expect(document.activeElement).toBe(grid);
  });

  it('says why PikPak refused a name, keeps what was typed, and gives up with Escape', async () => {
    const item = file('notes.txt');
    const { input, grid, renaming } = setUp(item, () => Promise.reject(new RequestError('name-conflict', 'taken')));
    fireEvent.input(input, { target: { value: 'report.txt' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('A file or folder with that name is already here.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    expect(input.value).toBe('report.txt');
    // Typing again clears the refusal.
    fireEvent.input(input, { target: { value: 'report 2.txt' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.keyDown(input, { key: 'Escape' });
    await settle();
    expect(renaming.state.value).toBeUndefined();
    expect(document.activeElement).toBe(grid);
  });

  it('leaving the field saves a changed name, and gives up an unchanged or refused one', async () => {
    const item = file('notes.txt');
    const rename = vi.fn(() => Promise.reject(new RequestError('same-name', 'same')));
    const { input, renaming } = setUp(item, rename);
    fireEvent.blur(input);
    expect(renaming.state.value).toBeUndefined();
    expect(rename).not.toHaveBeenCalled();
    renaming.start(item);
    await settle();
    fireEvent.input(input, { target: { value: 'other.txt' } });
    fireEvent.blur(input);
    await settle();
    expect(rename).toHaveBeenCalledTimes(1);
    expect(renaming.state.value?.error).toBe('It already has that name.');
    fireEvent.blur(input);
    expect(renaming.state.value).toBeUndefined();
  });
});
