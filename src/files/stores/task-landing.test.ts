import { describe, expect, it } from 'vitest';
import type { OfflineTask } from '../../shared/domain.ts';
import type { TaskSnapshot } from '../../shared/task-snapshot.ts';
import { foldersWithNewDownloads } from './task-landing.ts';

function task(id: string, phase: OfflineTask['phase'], parentId?: string): OfflineTask {
  return {
    id,
    name: id,
    phase,
    progress: phase === 'complete' ? 100 : 50,
    message: '',
    fileSize: { bytes: 1, exact: '1' },
    ...(parentId === undefined
      ? {}
      : {
          resource: { id: `F${id}`, kind: 'file', name: id, parentId, size: { bytes: 1, exact: '1' }, phase },
        }),
  };
}

const snapshot = (tasks: OfflineTask[], sub = 'me'): TaskSnapshot => ({ sub, takenAt: 1, tasks, rates: {} });

describe('downloads that landed in a folder', () => {
  it('names the folders of tasks that completed since the last snapshot', () => {
    const before = snapshot([task('a', 'running', 'VMovies'), task('b', 'complete', 'VOld'), task('c', 'running')]);
    const after = snapshot([
      task('a', 'complete', 'VMovies'),
      task('b', 'complete', 'VOld'),
      task('c', 'complete'),
      task('d', 'complete', 'VNew'),
      task('e', 'running', 'VRunning'),
    ]);
    expect([...foldersWithNewDownloads(before, after)].sort()).toEqual(['VMovies', 'VNew']);
  });

  it('reports nothing for the first snapshot, an empty one, or another account’s', () => {
    const after = snapshot([task('a', 'complete', 'VMovies')]);
    expect(foldersWithNewDownloads(undefined, after).size).toBe(0);
    expect(foldersWithNewDownloads(null, after).size).toBe(0);
    expect(foldersWithNewDownloads(snapshot([], 'someone-else'), after).size).toBe(0);
    expect(foldersWithNewDownloads(snapshot([]), null).size).toBe(0);
  });
});
