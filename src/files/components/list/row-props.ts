import type { ComponentType } from 'preact';
import type { DriveItem } from '../../../shared/domain.ts';

/** What a row or tile needs to draw itself; the list's events are handled once, on the list (list-events.ts). */
export interface RowProps {
  item: DriveItem;
  /** Position in the shown order; rows carry it as `data-index` for the list's event handlers. */
  index: number;
  selected: boolean;
  focused: boolean;
  /** The element id of this item (the list's aria-activedescendant points at it). */
  id: string;
  locale: string | undefined;
  now: number;
  /** An operation on its way is changing this item (drawn dimmed until it ends). */
  busy: boolean;
  /** Items dragged over the list would go into this folder. */
  dropTarget: boolean;
  /** The row can be dragged onto folders. */
  draggable: boolean;
  /** Stands in for the name while it is edited in place (only on that row, so the others never redraw). */
  Editor?: ComponentType<{ item: DriveItem }> | undefined;
}

/** A row's or tile's classes: `base`, and its states as `base--state`. */
export function rowClass(base: string, props: RowProps): string {
  const states = { selected: props.selected, focused: props.focused, busy: props.busy, drop: props.dropTarget };
  return [base, ...Object.entries(states).flatMap(([state, on]) => (on ? [`${base}--${state}`] : []))].join(' ');
}

/** Ids of rows, unique on the page (PikPak ids are letters and digits). */
export const rowId = (prefix: string, itemId: string) => `${prefix}-row-${itemId}`;

/** List rows and grid rows have fixed heights: virtua then never measures a jump. */
export const LIST_ROW_HEIGHT = 40;
export const LIST_HEADER_HEIGHT = 36;
export const GRID_ROW_HEIGHT = 216;
/** A tile is at least this wide; the grid fits as many columns as it can. */
const GRID_MIN_TILE = 168;
const GRID_GAP = 16;

export function gridColumns(width: number): number {
  return Math.max(1, Math.floor(width / (GRID_MIN_TILE + GRID_GAP)));
}
