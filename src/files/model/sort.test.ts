import { describe, expect, it } from 'vitest';
import type { DriveItem } from '../../shared/domain.ts';
import { file, folder } from '../test/items.ts';
import { comparator, mergeSorted, nameCollator, sortItems, type SortOrder } from './sort.ts';

const collator = nameCollator('en');
const names = (items: readonly DriveItem[]) => items.map((entry) => entry.name);
const sorted = (items: DriveItem[], order: SortOrder) => sortItems(items, comparator(order, collator));

describe('sorting', () => {
  it('sorts names in natural order, folders first', () => {
    const items = [
      file('Episode 10.mkv'),
      folder('b folder'),
      file('Episode 2.mkv'),
      folder('A folder'),
      file('episode 1.mkv'),
    ];
    expect(names(sorted(items, { key: 'name', descending: false }))).toEqual([
      'A folder',
      'b folder',
      'episode 1.mkv',
      'Episode 2.mkv',
      'Episode 10.mkv',
    ]);
  });

  it('keeps folders first when the order is reversed', () => {
    const items = [file('a'), folder('F1'), file('b'), folder('F2')];
    expect(names(sorted(items, { key: 'name', descending: true }))).toEqual(['F2', 'F1', 'b', 'a']);
  });

  it('sorts by size and by modified time, equal keys by name', () => {
    const items = [file('big', 900), file('small', 10), file('b-same', 50), file('a-same', 50), folder('Dir')];
    expect(names(sorted(items, { key: 'size', descending: false }))).toEqual([
      'Dir',
      'small',
      'a-same',
      'b-same',
      'big',
    ]);
    expect(names(sorted(items, { key: 'size', descending: true }))).toEqual([
      'Dir',
      'big',
      'b-same',
      'a-same',
      'small',
    ]);
    const dated = [
      file('old', 0, { modifiedAt: 1 }),
      file('new', 0, { modifiedAt: 3 }),
      file('mid', 0, { modifiedAt: 2 }),
    ];
    expect(names(sorted(dated, { key: 'modified', descending: true }))).toEqual(['new', 'mid', 'old']);
  });

  it('merges two sorted lists into the order a full sort gives', () => {
    const compare = comparator({ key: 'name', descending: false }, collator);
    const all = Array.from({ length: 300 }, (_, n) => (n % 7 === 0 ? folder(`Dir ${n}`) : file(`File ${n}`, n)));
    const left = sortItems(all.slice(0, 170), compare);
    const right = sortItems(all.slice(170), compare);
    expect(mergeSorted(left, right, compare)).toEqual(sortItems(all, compare));
  });

  it('sorts 10,000 items by name in well under 50 ms', () => {
    const items = Array.from({ length: 10_000 }, (_, n) =>
      n % 20 === 0
        ? folder(`Season ${(n * 7919) % 10_000}`)
        : file(`Episode ${(n * 7919) % 10_000} - part ${n}.mkv`, n),
    );
    const compare = comparator({ key: 'name', descending: false }, collator);
    sortItems(items.slice(0, 500), compare); // warm up
    const started = performance.now();
    const result = sortItems(items, compare);
    const took = performance.now() - started;
    console.info(`sorted 10,000 items by name in ${took.toFixed(1)} ms`);
    expect(result).toHaveLength(10_000);
    expect(result[0]?.kind).toBe('folder');
    expect(result[499]?.kind).toBe('folder');
    expect(result[500]?.kind).toBe('file');
    // Generous for a busy test machine; the figure above is what a run measured.
    expect(took).toBeLessThan(150);
  });
});
