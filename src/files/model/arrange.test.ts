import { describe, expect, it } from 'vitest';
import type { DriveItem } from '../../shared/domain.ts';
import { file, folder } from '../test/items.ts';
import { createArranger, type Arrangement } from './arrange.ts';

const BY_NAME: Arrangement = { sort: { key: 'name', descending: false }, kind: 'all', query: '' };
const names = (items: readonly DriveItem[]) => items.map((entry) => entry.name);

describe('arranging a listing', () => {
  it('merges each appended page into the sorted rows', () => {
    const arrange = createArranger('en');
    const first = [file('c'), folder('Z'), file('a')];
    expect(names(arrange({ items: first, generation: 1 }, BY_NAME))).toEqual(['Z', 'a', 'c']);
    const more = [...first, file('b'), folder('Y')];
    expect(names(arrange({ items: more, generation: 1 }, BY_NAME))).toEqual(['Y', 'Z', 'a', 'b', 'c']);
  });

  it('starts again when the listing was replaced or the order changed', () => {
    const arrange = createArranger('en');
    arrange({ items: [file('a'), file('b')], generation: 1 }, BY_NAME);
    expect(names(arrange({ items: [file('x'), file('y'), file('w')], generation: 2 }, BY_NAME))).toEqual([
      'w',
      'x',
      'y',
    ]);
    const descending = { ...BY_NAME, sort: { key: 'name', descending: true } } as const;
    expect(names(arrange({ items: [file('x'), file('y'), file('w')], generation: 2 }, descending))).toEqual([
      'y',
      'x',
      'w',
    ]);
  });

  it('filters by kind and by name, ignoring case, and answers the same array while nothing changed', () => {
    const arrange = createArranger('en');
    const listed = {
      items: [file('Movie.MP4', 1, { category: 'VIDEO' }), file('notes.txt'), folder('Movies')],
      generation: 1,
    };
    expect(names(arrange(listed, { ...BY_NAME, query: 'movie' }))).toEqual(['Movies', 'Movie.MP4']);
    expect(names(arrange(listed, { ...BY_NAME, kind: 'video' }))).toEqual(['Movie.MP4']);
    expect(names(arrange(listed, { ...BY_NAME, kind: 'folder', query: 'NOTES' }))).toEqual([]);
    const once = arrange(listed, BY_NAME);
    expect(arrange(listed, BY_NAME)).toBe(once);
  });

  it('takes 20 pages of 500 one after the other without a slow step, and ends sorted', () => {
    const arrange = createArranger('en');
    const all = Array.from({ length: 10_000 }, (_, n) => file(`File ${(n * 7919) % 10_000}.bin`, n));
    let slowest = 0;
    let shown: readonly DriveItem[] = [];
    for (let page = 1; page <= 20; page++) {
      const started = performance.now();
      shown = arrange({ items: all.slice(0, page * 500), generation: 7 }, BY_NAME);
      slowest = Math.max(slowest, performance.now() - started);
    }
    console.info(`slowest page of 500 joined 10,000 rows in ${slowest.toFixed(1)} ms`);
    expect(names(shown.slice(0, 3))).toEqual(['File 0.bin', 'File 1.bin', 'File 2.bin']);
    expect(slowest).toBeLessThan(50);
  });
});
