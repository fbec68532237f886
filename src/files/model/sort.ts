import type { DriveItem } from '../../shared/domain.ts';
import type { FilesSortKey } from '../../shared/files-view.ts';

export interface SortOrder {
  key: FilesSortKey;
  descending: boolean;
}

export type Compare = (a: DriveItem, b: DriveItem) => number;

/**
 * Natural order in the user's language: "Episode 2" before "Episode 10", 文件 sorted as a Chinese reader expects.
 * One collator per order: building one costs far more than a comparison.
 */
export function nameCollator(locale?: string): Intl.Collator {
  return new Intl.Collator(locale, { numeric: true });
}

/**
 * The comparison for an order: folders first in either direction (as desktop file managers do), then the key,
 * then the name, then the id, so equal keys never swap places between two sorts.
 */
export function comparator(order: SortOrder, collator: Intl.Collator): Compare {
  const sign = order.descending ? -1 : 1;
  const byName = (a: DriveItem, b: DriveItem) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
  const byKey: Compare =
    order.key === 'size'
      ? (a, b) => a.size.bytes - b.size.bytes
      : order.key === 'modified'
        ? (a, b) => (a.modifiedAt ?? 0) - (b.modifiedAt ?? 0)
        : () => 0;
  return (a, b) => {
    if (a.kind !== b.kind) return a.kind === 'folder' ? -1 : 1;
    if (a.id === b.id) return 0;
    const key = byKey(a, b);
    return sign * (key !== 0 ? key : byName(a, b));
  };
}

/** A sorted copy. */
export function sortItems(items: readonly DriveItem[], compare: Compare): DriveItem[] {
  return items.slice().sort(compare);
}

/**
 * Two sorted lists as one sorted list, in one pass: how a page that arrives joins the rows already shown
 * without sorting everything again.
 */
export function mergeSorted(left: readonly DriveItem[], right: readonly DriveItem[], compare: Compare): DriveItem[] {
  const merged = new Array<DriveItem>(left.length + right.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) {
    const a = left[i] as DriveItem;
    const b = right[j] as DriveItem;
    if (compare(a, b) <= 0) {
      merged[k++] = a;
      i++;
    } else {
      merged[k++] = b;
      j++;
    }
  }
  while (i < left.length) merged[k++] = left[i++] as DriveItem;
  while (j < right.length) merged[k++] = right[j++] as DriveItem;
  return merged;
}
