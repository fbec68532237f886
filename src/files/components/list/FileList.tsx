import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { Virtualizer, type VirtualizerHandle } from 'virtua';
import type { ComponentType } from 'preact';
import type { DriveItem } from '../../../shared/domain.ts';
import type { FilesLayout, FilesSortKey } from '../../../shared/files-view.ts';
import { indexIn, type Selection } from '../../model/selection.ts';
import type { SortOrder } from '../../model/sort.ts';
import { GridTile } from './GridTile.tsx';
import { createListDrag, type ItemDrag } from './list-drag.ts';
import { createListEvents, type ListCallbacks, type ListState } from './list-events.ts';
import { ListHeader } from './ListHeader.tsx';
import { ListRow } from './ListRow.tsx';
import { GRID_ROW_HEIGHT, gridColumns, LIST_HEADER_HEIGHT, LIST_ROW_HEIGHT, rowId } from './row-props.ts';

export type FileListProps = ListCallbacks & {
  items: readonly DriveItem[];
  layout: FilesLayout;
  selection: Selection;
  sort: SortOrder;
  onSort: (key: FilesSortKey) => void;
  /** The grid's accessible name ("Items in Movies"). */
  label: string;
  /** Pages are still arriving. */
  busy: boolean;
  locale: string | undefined;
  /** The operations' marks: the item whose name is edited (with the editor), items being changed. */
  marks?: RowMarks;
  /** Dragging items onto folders; without it nothing can be dragged. */
  drag?: ItemDrag | undefined;
};

export interface RowMarks {
  editing: string | undefined;
  Editor: ComponentType<{ item: DriveItem }>;
  busy: ReadonlySet<string>;
}

const NO_BUSY: ReadonlySet<string> = new Set();

/** The list's width, followed as the window or the side panels change. */
function useWidth(ref: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * The open view's items as an ARIA grid: a list of rows (name, size, modified) or a grid of tiles, virtualized
 * with virtua's Virtualizer (only the rows in view exist). The grid element keeps the keyboard focus and points at the focused
 * item with aria-activedescendant, so focus survives rows leaving the DOM as they scroll away.
 */
export function FileList(props: FileListProps) {
  const { items, layout, selection, locale } = props;
  const prefix = useId();
  const element = useRef<HTMLDivElement>(null);
  const list = useRef<VirtualizerHandle>(null);
  const width = useWidth(element);
  const columns = layout === 'grid' ? gridColumns(width) : 1;
  const rowHeight = layout === 'grid' ? GRID_ROW_HEIGHT : LIST_ROW_HEIGHT;
  const rows = Math.ceil(items.length / columns);
  const now = useMemo(() => Date.now(), [items]);
  const [dropTarget, setDropTarget] = useState<string | undefined>(undefined);

  // The handlers read the latest props through this ref: they are made once, so rows never see them change.
  const latest = useRef<{ state: ListState & { drag: ItemDrag | undefined }; callbacks: ListCallbacks }>(null as never);
  latest.current = {
    state: {
      drag: props.drag,
      items,
      selection,
      columns,
      pageRows: () => Math.max(1, Math.floor((list.current?.viewportSize ?? rowHeight * 10) / rowHeight)),
      reveal: (index) => list.current?.scrollToIndex(Math.floor(index / columns), { align: 'nearest' }),
      elementOf: (index) => {
        const item = items[index];
        return item === undefined ? null : document.getElementById(rowId(prefix, item.id));
      },
    },
    callbacks: props,
  };
  const events = useMemo(() => {
    const now = () => latest.current.callbacks;
    return createListEvents(() => latest.current.state, {
      onSelection: (next) => now().onSelection(next),
      onOpen: (item) => now().onOpen(item),
      onUp: () => now().onUp(),
      onBack: () => now().onBack(),
      onForward: () => now().onForward(),
      onCommand: (command) => now().onCommand(command),
      onContextMenu: (at) => now().onContextMenu(at),
    });
  }, []);
  const drags = useMemo(
    () =>
      createListDrag(
        () => latest.current.state,
        (next) => latest.current.callbacks.onSelection(next),
        setDropTarget,
      ),
    [],
  );

  const focusIndex = indexIn(items, selection.focus);
  const focused = items[focusIndex];
  // The focused item is kept in view when it changes (a click, a key, the folder just left after going up).
  useEffect(() => {
    if (focusIndex >= 0) latest.current.state.reveal(focusIndex);
    // Only a new focused item scrolls: pages arriving (which move it down the list) must not.
  }, [selection.focus]);
  const rowData = useMemo(() => Array.from({ length: rows }, (_, row) => row), [rows]);
  const marks = props.marks;
  const busy = marks?.busy ?? NO_BUSY;
  const shared = (item: DriveItem, index: number) => ({
    item,
    index,
    selected: selection.selected.has(item.id),
    focused: index === focusIndex,
    id: rowId(prefix, item.id),
    locale,
    now,
    busy: busy.has(item.id),
    dropTarget: item.id === dropTarget,
    draggable: props.drag !== undefined,
    Editor: marks?.editing === item.id ? marks.Editor : undefined,
  });

  // The list element scrolls, with the column headers sticky at its top: headers and rows then share one width
  // whatever the scrollbar takes, and virtua counts the headers as the space before the first row.
  const body = {
    ref: list,
    scrollRef: element,
    startMargin: layout === 'list' ? LIST_HEADER_HEIGHT : 0,
    itemSize: rowHeight,
  };

  return (
    <div
      ref={element}
      class={`files-list files-list--${layout}`}
      role="grid"
      aria-label={props.label}
      aria-multiselectable="true"
      aria-rowcount={layout === 'grid' ? rows : items.length + 1}
      aria-colcount={layout === 'grid' ? columns : 3}
      aria-busy={props.busy || undefined}
      aria-activedescendant={focused === undefined ? undefined : rowId(prefix, focused.id)}
      tabIndex={0}
      onMouseDown={events.onMouseDown}
      onClick={events.onClick}
      onDblClick={events.onDblClick}
      onContextMenu={events.onContextMenu}
      onKeyDown={events.onKeyDown}
      {...(props.drag === undefined ? {} : drags)}
    >
      {layout === 'list' && <ListHeader sort={props.sort} onSort={props.onSort} />}
      {layout === 'list' ? (
        // One virtualizer per layout (the keys): virtua reads itemSize once, so the list's 40 px rows would
        // otherwise stay the grid's estimate, and its scroll height would grow and jump as grid rows get measured.
        <Virtualizer key="list" {...body} data={items}>
          {(item: DriveItem, index: number) => <ListRow key={item.id} {...shared(item, index)} />}
        </Virtualizer>
      ) : (
        <Virtualizer key="grid" {...body} data={rowData}>
          {(row: number) => (
            <div key={row} role="row" class="files-grid__row" aria-rowindex={row + 1}>
              {items.slice(row * columns, row * columns + columns).map((item, column) => (
                <GridTile key={item.id} column={column} {...shared(item, row * columns + column)} />
              ))}
            </div>
          )}
        </Virtualizer>
      )}
    </div>
  );
}
