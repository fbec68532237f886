// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DriveItem } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import { file, folder } from '../test/items.ts';
import { FileMenu } from './FileMenu.tsx';
import type { Operations } from './operations.ts';

afterEach(cleanup);

function setUp(items: DriveItem[], view: DriveView = { kind: 'folder', id: '' }) {
  const act = vi.fn();
  const onClose = vi.fn();
  const ops = { act, trashCount: signal(3) } as unknown as Operations;
  const context = { view, items, reload: () => undefined };
  render(<FileMenu ops={ops} context={context} at={{ x: 40, y: 60 }} onClose={onClose} />);
  const menu = screen.getByRole('menu');
  const labels = () =>
    within(menu)
      .getAllByRole('menuitem')
      .map((item) => item.textContent);
  return { act, onClose, menu, labels, context };
}

describe('the context menu', () => {
  it('plays a video and views an image first', () => {
    expect(
      setUp([file('clip.mp4', 1, { category: 'VIDEO' })])
        .labels()
        .slice(0, 2),
    ).toEqual(['PlayEnter', 'Details']);
    cleanup();
    expect(
      setUp([file('photo.jpg', 1)])
        .labels()
        .slice(0, 2),
    ).toEqual(['ViewEnter', 'Details']);
  });

  it('offers what the items can have done to them, with their keys, the first one focused', () => {
    const { menu, labels } = setUp([folder('Movies')]);
    expect(menu.getAttribute('aria-label')).toBe('Actions for “Movies”');
    expect(labels()).toEqual([
      'OpenEnter',
      'Details',
      'DownloadCtrl+S',
      'Copy links',
      'Export link list',
      'Export for aria2',
      'Send to aria2',
      'RenameF2',
      'Move to…',
      'Copy to…',
      'Star',
      'Move to trashDelete',
    ]);
    expect(document.activeElement?.textContent).toBe('OpenEnter');
    expect(within(menu).getAllByRole('separator')).toHaveLength(3);
  });

  it('moves with the arrows, Home and End (wrapping), runs with Enter and closes with Escape', () => {
    const two = [file('a.txt', 1, { starred: true }), file('b.txt', 1, { starred: true })];
    const { menu, act, onClose, context, labels } = setUp(two);
    expect(labels()).toEqual([
      'Details',
      'DownloadCtrl+S',
      'Copy links',
      'Export link list',
      'Export for aria2',
      'Send to aria2',
      'Move to…',
      'Copy to…',
      'Unstar',
      'Move to trashDelete',
    ]);
    const key = (name: string) => fireEvent.keyDown(menu, { key: name });
    key('ArrowUp');
    expect(document.activeElement?.textContent).toBe('Move to trashDelete');
    key('ArrowDown');
    key('ArrowDown');
    expect(document.activeElement?.textContent).toBe('DownloadCtrl+S');
    key('End');
    key('Home');
    expect(document.activeElement?.textContent).toBe('Details');
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Unstar' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(act).toHaveBeenCalledWith('unstar', context);
    key('Escape');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('in the Trash: Restore and Delete permanently (the Delete key); with nothing chosen, Empty trash', () => {
    const trash: DriveView = { kind: 'trash' };
    expect(setUp([file('old.zip')], trash).labels()).toEqual(['Restore', 'Delete permanentlyDelete']);
    cleanup();
    expect(setUp([], trash).labels()).toEqual(['Empty trash']);
  });
});
