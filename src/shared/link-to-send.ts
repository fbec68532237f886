import { isRecord } from './storage.ts';

/**
 * One link on its way to PikPak, as every way in (quick add, the context menu's confirm window, the shortcut)
 * hands it to the send queue: what goes into the task's `url`, the dedup key from the link parser
 * (src/shared/links), and the name shown until PikPak names the task.
 */
export interface LinkToSend {
  url: string;
  key: string;
  displayName: string;
}

export const isLinkToSend = (value: unknown): value is LinkToSend =>
  isRecord(value) &&
  typeof value.url === 'string' &&
  typeof value.key === 'string' &&
  typeof value.displayName === 'string';
