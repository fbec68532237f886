import { describe, expect, it } from 'vitest';
import {
  MAX_PASS_CODE_LENGTH,
  pageTokenOf,
  passCodeOf,
  restoreIdsOf,
  restoreTargetOf,
  shareFolderOf,
  shareIdOf,
} from './payloads.ts';

const refused = (run: () => unknown) => expect(run).toThrow(expect.objectContaining({ kind: 'bad-request' }));

describe('share payloads', () => {
  it('takes a share id that is an id, nothing else', () => {
    expect(shareIdOf({ shareId: 'VNx2_Ab-1' })).toBe('VNx2_Ab-1');
    for (const shareId of [undefined, '', '*', 'a/b', 'a b', 7, 'x'.repeat(129)]) refused(() => shareIdOf({ shareId }));
    refused(() => shareIdOf(undefined));
  });

  it('reads a pass code trimmed; blank or absent is none; too long or spaced is refused', () => {
    expect(passCodeOf({ passCode: ' 8x2k ' })).toBe('8x2k');
    expect(passCodeOf({ passCode: '' })).toBeUndefined();
    expect(passCodeOf({ passCode: '   ' })).toBeUndefined();
    expect(passCodeOf({})).toBeUndefined();
    for (const passCode of [5, 'a b', 'x'.repeat(MAX_PASS_CODE_LENGTH + 1)]) refused(() => passCodeOf({ passCode }));
  });

  it('reads the folder ("" or absent is the top level) and the page token', () => {
    expect(shareFolderOf({})).toBe('');
    expect(shareFolderOf({ parentId: '' })).toBe('');
    expect(shareFolderOf({ parentId: 'VFolder' })).toBe('VFolder');
    refused(() => shareFolderOf({ parentId: '*' }));
    expect(pageTokenOf({})).toBeUndefined();
    expect(pageTokenOf({ pageToken: 'abc=' })).toBe('abc=');
    refused(() => pageTokenOf({ pageToken: 3 }));
  });

  it('reads restore ids (none = the top level; repeats dropped) and a target ("" = My Drive)', () => {
    expect(restoreIdsOf({ fileIds: [] })).toEqual([]);
    expect(restoreIdsOf({ fileIds: ['VA', 'VB', 'VA'] })).toEqual(['VA', 'VB']);
    refused(() => restoreIdsOf({}));
    refused(() => restoreIdsOf({ fileIds: [''] }));
    expect(restoreTargetOf({ toParentId: '' })).toBe('');
    expect(restoreTargetOf({ toParentId: 'VDest' })).toBe('VDest');
    refused(() => restoreTargetOf({}));
  });
});
