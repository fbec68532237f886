import { RequestError } from '../../shared/messages.ts';
import { folderId, itemId, MAX_IDS_PER_REQUEST, payloadRecord } from '../handlers/drive-payloads.ts';

/**
 * Checks of what pages send with the `shares.*` requests, before anything reaches PikPak; every refusal is a
 * `bad-request`. Share ids are PikPak ids in a URL's path (`/s/<id>`, §12.5), so they follow the item-id rules.
 */

/** Longer than any pass code seen (4 characters, `8x2k`); anything past it is not one. */
export const MAX_PASS_CODE_LENGTH = 64;

const refuse = (message: string): never => {
  throw new RequestError('bad-request', message);
};

export function shareIdOf(payload: unknown): string {
  const value = payloadRecord(payload)['shareId'];
  if (typeof value !== 'string' || value === '') return refuse('Not a share id');
  return itemId(value);
}

/** The pass code given, trimmed; undefined when none was (absent or blank: use a remembered one). */
export function passCodeOf(payload: unknown): string | undefined {
  const value = payloadRecord(payload)['passCode'];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return refuse('Not a pass code');
  const code = value.trim();
  if (code.length > MAX_PASS_CODE_LENGTH || /\s/.test(code)) return refuse('Not a pass code');
  return code === '' ? undefined : code;
}

/** A folder of the share; "" or absent is its top level. */
export function shareFolderOf(payload: unknown): string {
  const value = payloadRecord(payload)['parentId'];
  return value === undefined ? '' : folderId(value);
}

export function pageTokenOf(payload: unknown): string | undefined {
  const value = payloadRecord(payload)['pageToken'];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > 4096) return refuse('Not a page token');
  return value;
}

/** Items of the share to save: none means everything at its top level; repeats dropped, order kept. */
export function restoreIdsOf(payload: unknown): string[] {
  const value = payloadRecord(payload)['fileIds'];
  if (!Array.isArray(value)) return refuse('No ids');
  if (value.length > MAX_IDS_PER_REQUEST) return refuse(`At most ${MAX_IDS_PER_REQUEST} ids at once`);
  return [...new Set(value.map(itemId))];
}

/** The drive folder to save into; "" is My Drive. */
export function restoreTargetOf(payload: unknown): string {
  return folderId(payloadRecord(payload)['toParentId']);
}
