import type { DriveItem } from '../../shared/domain.ts';
import type { FilesKindFilter } from '../../shared/files-view.ts';
import { matchesKind } from './file-kind.ts';
import { comparator, mergeSorted, nameCollator, sortItems, type SortOrder } from './sort.ts';

/** What the page shows of a listing: sorted, then filtered by kind and name. Sorting and filtering are ours. */
export interface Arrangement {
  sort: SortOrder;
  kind: FilesKindFilter;
  /** Typed in the header's field; matched anywhere in the name, ignoring case. */
  query: string;
}

/**
 * A listing's items as the store hands them over: `generation` changes when the items are replaced (a reload);
 * while it stays the same, items are only ever appended (the next page).
 */
export interface ListedItems {
  items: readonly DriveItem[];
  generation: number;
}

interface SortedMemo {
  generation: number;
  order: SortOrder;
  /** How many of the listing's items are in `sorted`. */
  count: number;
  sorted: DriveItem[];
}

interface FilteredMemo {
  sorted: DriveItem[];
  kind: FilesKindFilter;
  query: string;
  shown: readonly DriveItem[];
}

/** Lower-case names, worked out once per item for the filter that runs on every key press. */
const lowerNames = new WeakMap<DriveItem, string>();
function lowerName(item: DriveItem): string {
  let lower = lowerNames.get(item);
  if (lower === undefined) {
    lower = item.name.toLocaleLowerCase();
    lowerNames.set(item, lower);
  }
  return lower;
}

/**
 * Makes the arrange function of one page. It remembers its last answer so that the common changes stay cheap:
 * a page arriving sorts only those 500 items and merges them in; typing in the filter re-filters the sorted
 * list without sorting it again; a new sort order sorts everything once (10,000 items: about 20 ms in Node).
 */
export function createArranger(
  locale?: string,
): (listed: ListedItems, arrangement: Arrangement) => readonly DriveItem[] {
  const collator = nameCollator(locale);
  let sortedMemo: SortedMemo | undefined;
  let filteredMemo: FilteredMemo | undefined;

  function sorted(listed: ListedItems, order: SortOrder): DriveItem[] {
    const memo = sortedMemo;
    const sameOrder = memo !== undefined && memo.order.key === order.key && memo.order.descending === order.descending;
    if (memo !== undefined && sameOrder && memo.generation === listed.generation && listed.items.length >= memo.count) {
      if (listed.items.length === memo.count) return memo.sorted;
      const compare = comparator(order, collator);
      const added = sortItems(listed.items.slice(memo.count), compare);
      sortedMemo = { ...memo, count: listed.items.length, sorted: mergeSorted(memo.sorted, added, compare) };
      return sortedMemo.sorted;
    }
    sortedMemo = {
      generation: listed.generation,
      order,
      count: listed.items.length,
      sorted: sortItems(listed.items, comparator(order, collator)),
    };
    return sortedMemo.sorted;
  }

  return (listed, arrangement) => {
    const all = sorted(listed, arrangement.sort);
    const query = arrangement.query.trim().toLocaleLowerCase();
    const memo = filteredMemo;
    if (memo !== undefined && memo.sorted === all && memo.kind === arrangement.kind && memo.query === query) {
      return memo.shown;
    }
    const shown =
      arrangement.kind === 'all' && query === ''
        ? all
        : all.filter(
            (entry) => matchesKind(entry, arrangement.kind) && (query === '' || lowerName(entry).includes(query)),
          );
    filteredMemo = { sorted: all, kind: arrangement.kind, query, shown };
    return shown;
  };
}
