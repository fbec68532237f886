import { describe, expect, it } from 'vitest';
import type { OfflineTask, Phase } from '../../shared/domain.ts';
import type { TaskSnapshot } from '../../shared/task-snapshot.ts';
import { MAX_SEEN, taskEvents } from './events.ts';

const T0 = 1_800_000_000_000;

function task(id: string, phase: Phase, updatedAt = T0 - 3_600_000): OfflineTask {
  return {
    id,
    name: `${id}.iso`,
    phase,
    progress: phase === 'complete' ? 100 : 40,
    message: '',
    fileSize: { bytes: 1, exact: '1' },
    updatedAt,
  };
}

function snapshot(tasks: OfflineTask[], takenAt = T0): TaskSnapshot {
  return { sub: 'me', takenAt, tasks, rates: {} };
}

const ids = (tasks: OfflineTask[]) => tasks.map((t) => t.id);

describe('taskEvents', () => {
  it('reports nothing on the first snapshot, but remembers what had finished', () => {
    const events = taskEvents(null, [task('a', 'complete'), task('b', 'error'), task('c', 'running')], {});
    expect(events.completed).toEqual([]);
    expect(events.failed).toEqual([]);
    expect(events.seen).toEqual({ a: 'complete', b: 'error' });
  });

  it('reports a task that went from running to complete or error, once', () => {
    const before = snapshot([task('a', 'running'), task('b', 'pending')]);
    const next = [task('a', 'complete', T0 + 5_000), task('b', 'error', T0 + 5_000)];
    const first = taskEvents(before, next, {});
    expect(ids(first.completed)).toEqual(['a']);
    expect(ids(first.failed)).toEqual(['b']);
    // The same change seen again (the snapshot write was lost, or the next poll): not again.
    expect(taskEvents(before, next, first.seen)).toMatchObject({ completed: [], failed: [] });
    expect(taskEvents(snapshot(next, T0 + 6_000), next, first.seen)).toMatchObject({ completed: [], failed: [] });
  });

  it('reports a new task that finished after the last snapshot, not an old one that shows up again', () => {
    const before = snapshot([task('a', 'running')]);
    const events = taskEvents(
      before,
      [task('a', 'running'), task('new', 'complete', T0 + 1_000), task('old', 'complete', T0 - 86_400_000)],
      {},
    );
    expect(ids(events.completed)).toEqual(['new']);
    expect(events.seen).toEqual({ new: 'complete', old: 'complete' });
  });

  it('forgets a retried task, so its next failure or completion is reported', () => {
    const failed = taskEvents(snapshot([task('a', 'running')]), [task('a', 'error')], {});
    const retried = taskEvents(snapshot([task('a', 'error')]), [task('a', 'running')], failed.seen);
    expect(retried.seen).toEqual({});
    const again = taskEvents(snapshot([task('a', 'running')]), [task('a', 'error')], retried.seen);
    expect(ids(again.failed)).toEqual(['a']);
  });

  it('reports a failed task that was retried and completed between two polls', () => {
    const events = taskEvents(snapshot([task('a', 'error')]), [task('a', 'complete')], { a: 'error' });
    expect(ids(events.completed)).toEqual(['a']);
  });

  it('keeps at most MAX_SEEN tasks, newest first', () => {
    const many = Array.from({ length: MAX_SEEN + 10 }, (_, i) => task(`t${i}`, 'complete'));
    const { seen } = taskEvents(null, many, {});
    expect(Object.keys(seen)).toHaveLength(MAX_SEEN);
    expect(seen['t0']).toBe('complete');
  });
});
