import { MAX_FOLDER_NAME_LENGTH } from '../../shared/folders.ts';
import { BATCH_OPERATIONS, type BatchOperation, type DriveView } from '../../shared/drive-view.ts';
import { RequestError } from '../../shared/messages.ts';

/**
 * Checks of what pages send with the `drive.*` requests, before anything reaches PikPak. Every refusal is a
 * RequestError of kind `bad-request` (the page sent something it should not have). Pure: unit-tested beside.
 */

/** Most ids one `drive.batch` takes (sent to PikPak 100 at a time): a whole 10,000-item folder selected at once. */
export const MAX_IDS_PER_REQUEST = 10_000;

/** PikPak's ids are about 26 URL-safe characters (§9.8); anything much longer is not one. */
const MAX_ID_LENGTH = 128;

/**
 * The page token to hand back for the next page: none when PikPak gave none, or repeated the one it was sent (a
 * repeated token would page forever, §9.13).
 */
export function nextToken(page: { nextPageToken?: string | undefined }, sent: string | undefined): string | undefined {
  return page.nextPageToken !== undefined && page.nextPageToken !== sent ? page.nextPageToken : undefined;
}

const refuse = (message: string): never => {
  throw new RequestError('bad-request', message);
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One item's id: a non-empty string, never "*" (the whole drive) and never "" (the root is no item). */
export function itemId(value: unknown): string {
  if (typeof value !== 'string' || value === '' || value === '*' || value.length > MAX_ID_LENGTH || /[/\s]/.test(value))
    return refuse('Not an item id');
  return value;
}

/** A folder id where "" is My Drive's root. */
export function folderId(value: unknown): string {
  return value === '' ? '' : itemId(value);
}

/** 1 to 10,000 item ids, repeats dropped (each id is done once), order kept. */
export function itemIds(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) return refuse('No ids');
  if (value.length > MAX_IDS_PER_REQUEST) return refuse(`At most ${MAX_IDS_PER_REQUEST} ids at once`);
  return [...new Set(value.map(itemId))];
}

/**
 * An item's new name as PikPak would take it: trimmed, not empty, not "." or "..", at most 255 characters, no path
 * separator (PikPak's own limits are not documented; these are the file systems' the files end up on).
 */
export function itemName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (name === '' || name === '.' || name === '..') return refuse('A name is needed');
  if (name.length > MAX_FOLDER_NAME_LENGTH) return refuse(`A name has at most ${MAX_FOLDER_NAME_LENGTH} characters`);
  if (/[/\\]/.test(name)) return refuse('A name cannot contain / or \\');
  return name;
}

export function driveView(value: unknown): DriveView {
  if (!isRecord(value)) return refuse('No view');
  switch (value['kind']) {
    case 'folder':
      return { kind: 'folder', id: folderId(value['id']) };
    case 'starred':
      return { kind: 'starred' };
    case 'trash':
      return { kind: 'trash' };
    default:
      return refuse('Unknown view');
  }
}

/** PikPak's `next_page_token` as the page got it: absent or "" for the first page. */
export function pageToken(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > 4096) return refuse('Not a page token');
  return value;
}

export type BatchRequest =
  | { operation: 'move' | 'copy'; ids: string[]; toParentId: string }
  | { operation: Exclude<BatchOperation, 'move' | 'copy'>; ids: string[] };

/** `drive.batch`'s payload: a known operation, its ids, and for move and copy the destination ("" = My Drive). */
export function batchRequest(payload: unknown): BatchRequest {
  if (!isRecord(payload)) return refuse('No batch');
  const operation = payload['operation'];
  if (typeof operation !== 'string' || !(BATCH_OPERATIONS as readonly string[]).includes(operation))
    return refuse('Unknown operation');
  const ids = itemIds(payload['ids']);
  if (operation === 'move' || operation === 'copy') {
    if (payload['toParentId'] === undefined) return refuse(`A ${operation} needs a destination`);
    return { operation, ids, toParentId: folderId(payload['toParentId']) };
  }
  return { operation: operation as Exclude<BatchOperation, 'move' | 'copy'>, ids };
}

/** The payload of a request on one item (`drive.item`, `drive.ancestors`, `drive.rename`). */
export function payloadRecord(payload: unknown): Record<string, unknown> {
  return isRecord(payload) ? payload : refuse('No payload');
}
