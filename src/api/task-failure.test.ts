import { describe, expect, it } from 'vitest';
import { taskFailureKind } from './task-failure.ts';

describe('taskFailureKind', () => {
  it.each([
    ['File name cannot be repeated', 'name-conflict'],
    ['文件名重复', 'name-conflict'],
    ['Storage space is not enough', 'storage-full'],
    ['存储空间不足', 'storage-full'],
    ["Please don't move or copy to current folder or sub folder", 'invalid-destination'],
    ['File not found', 'not-found'],
    ['Aborted - Your operation is too frequent', 'too-frequent'],
    ['operating file count exceeded', 'bad-request'],
  ] as const)('%s → %s', (message, kind) => {
    expect(taskFailureKind(message)).toBe(kind);
  });

  it('reads an unknown or empty message as PikPak’s own trouble', () => {
    expect(taskFailureKind('Internal error 0x1f')).toBe('server');
    expect(taskFailureKind('')).toBe('server');
  });
});
