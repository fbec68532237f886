import { describe, expect, it } from 'vitest';
import {
  batchRequest,
  driveView,
  folderId,
  itemIds,
  itemName,
  MAX_IDS_PER_REQUEST,
  pageToken,
} from './drive-payloads.ts';

const refused = (run: () => unknown) => expect(run).toThrow(expect.objectContaining({ kind: 'bad-request' }));

describe('drive payloads', () => {
  it('takes ids as non-empty strings without "*", "/" or spaces; "" only where it means My Drive', () => {
    expect(itemIds(['VA', 'VB', 'VA'])).toEqual(['VA', 'VB']);
    expect(folderId('')).toBe('');
    for (const ids of [[], 'VA', ['VA', ''], ['*'], ['a/b'], ['V A'], [7], ['V'.repeat(129)]])
      refused(() => itemIds(ids));
    refused(() => itemIds(Array.from({ length: MAX_IDS_PER_REQUEST + 1 }, (_, i) => `V${i}`)));
    expect(itemIds(Array.from({ length: MAX_IDS_PER_REQUEST }, (_, i) => `V${i}`))).toHaveLength(10_000);
  });

  it('trims a name and refuses empty, dot, too long or path-like ones', () => {
    expect(itemName('  Holiday 2025.mp4 ')).toBe('Holiday 2025.mp4');
    expect(itemName('x'.repeat(255))).toHaveLength(255);
    for (const name of ['', '  ', '.', '..', 'a/b', 'a\\b', 'x'.repeat(256), undefined, 3])
      refused(() => itemName(name));
  });

  it('reads the three views and nothing else', () => {
    expect(driveView({ kind: 'folder', id: '' })).toEqual({ kind: 'folder', id: '' });
    expect(driveView({ kind: 'starred', id: 'ignored' })).toEqual({ kind: 'starred' });
    expect(driveView({ kind: 'trash' })).toEqual({ kind: 'trash' });
    for (const view of [undefined, 'trash', { kind: 'shares' }, { kind: 'folder' }, { kind: 'folder', id: '*' }])
      refused(() => driveView(view));
  });

  it('takes a page token as a string, "" as none', () => {
    expect(pageToken(undefined)).toBeUndefined();
    expect(pageToken('')).toBeUndefined();
    expect(pageToken('abc')).toBe('abc');
    refused(() => pageToken(12));
  });

  it('needs a destination for move and copy only', () => {
    expect(batchRequest({ operation: 'move', ids: ['VA'], toParentId: '' })).toEqual({
      operation: 'move',
      ids: ['VA'],
      toParentId: '',
    });
    expect(batchRequest({ operation: 'trash', ids: ['VA'], toParentId: 'VB' })).toEqual({
      operation: 'trash',
      ids: ['VA'],
    });
    refused(() => batchRequest({ operation: 'copy', ids: ['VA'] }));
    refused(() => batchRequest({ operation: 'shred', ids: ['VA'] }));
    refused(() => batchRequest(null));
  });
});
