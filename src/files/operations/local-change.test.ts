import { describe, expect, it } from 'vitest';
import type { DriveView } from '../../shared/drive-view.ts';
import { file, folder } from '../test/items.ts';
import { changesPaths, rowsAfter, staleViews } from './local-change.ts';

const HERE: DriveView = { kind: 'folder', id: 'VHere' };
const STARRED: DriveView = { kind: 'starred' };
const TRASH: DriveView = { kind: 'trash' };
const doc = file('doc.txt', 3, { parentId: 'VHere' });
const box = folder('Box', { parentId: 'VHere' });
const other = file('other.txt', 1, { parentId: 'VHere', starred: true });
const rows = [doc, box, other];
const names = (items: readonly { name: string }[] | undefined) => items?.map((item) => item.name);

describe('how an operation PikPak finished changes the rows', () => {
  it('takes moved, trashed and deleted rows out of their folder, and keeps a moved starred row in Starred', () => {
    const to = { id: 'VArchive', name: 'Archive' };
    expect(names(rowsAfter({ kind: 'move', items: [doc], from: HERE, to })?.(rows))).toEqual(['Box', 'other.txt']);
    expect(rowsAfter({ kind: 'move', items: [other], from: STARRED, to })?.([other])).toEqual([
      { ...other, parentId: 'VArchive' },
    ]);
    expect(names(rowsAfter({ kind: 'trash', items: [doc, box], from: HERE })?.(rows))).toEqual(['other.txt']);
    expect(names(rowsAfter({ kind: 'deleteForever', items: [box], from: TRASH })?.([box]))).toEqual([]);
    expect(rowsAfter({ kind: 'copy', items: [doc], from: HERE, to })).toBeUndefined();
    expect(staleViews({ kind: 'move', items: [doc], from: HERE, to })).toEqual([
      { kind: 'folder', id: 'VArchive' },
      STARRED,
    ]);
  });

  it('brings restored rows back into the folder they were trashed from, and takes them out of the trash', () => {
    const trashed = { ...doc, trashed: true };
    const restore = { kind: 'restore', items: [trashed], from: HERE } as const;
    expect(rowsAfter(restore)?.([box])).toEqual([box, doc]);
    expect(rowsAfter({ ...restore, from: TRASH })?.([trashed, box])).toEqual([box]);
    expect(staleViews(restore)).toEqual([TRASH, STARRED, HERE]);
  });

  it('marks stars, takes unstarred rows out of Starred, and empties the trash view', () => {
    expect(rowsAfter({ kind: 'star', items: [doc], from: HERE })?.(rows)[0]?.starred).toBe(true);
    expect(rowsAfter({ kind: 'unstar', items: [other], from: HERE })?.(rows)[2]?.starred).toBe(false);
    expect(names(rowsAfter({ kind: 'unstar', items: [other], from: STARRED })?.([other]))).toEqual([]);
    expect(rowsAfter({ kind: 'emptyTrash', count: 2, from: TRASH })?.(rows)).toEqual([]);
  });

  it('knows when folders changed place, so known paths are forgotten', () => {
    expect(changesPaths({ kind: 'trash', items: [box], from: HERE })).toBe(true);
    expect(changesPaths({ kind: 'trash', items: [doc], from: HERE })).toBe(false);
    expect(changesPaths({ kind: 'copy', items: [box], from: HERE, to: { id: 'VA', name: 'A' } })).toBe(false);
  });
});
