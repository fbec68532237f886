import { defineItem, isRecord } from './storage.ts';

/**
 * PikPak shares as every context names them (pikpak-api.md §8, §12.5). A share is opened by its id (and pass code,
 * when it has one); its files are listed like a folder; they are downloaded from the share itself, or saved into
 * the user's drive with PikPak's restore task.
 */

/**
 * PikPak's `share_status` in the extension's words. ok; pass-code-needed (PASS_CODE_EMPTY) and pass-code-wrong
 * (PASS_CODE_ERROR); expired (EXPIRED); deleted (CANCELLED, CANCEL, DELETED, NOT_FOUND); prohibited (PROHIBITED: not
 * available in this region); sensitive (SENSITIVE_RESOURCE, BANNED); unknown (anything else, with PikPak's text).
 */
export type ShareStatus =
  'ok' | 'pass-code-needed' | 'pass-code-wrong' | 'expired' | 'deleted' | 'prohibited' | 'sensitive' | 'unknown';

/** A share as opening it tells: what it is called, how much it holds, and whether it can be read. */
export interface ShareSummary {
  shareId: string;
  status: ShareStatus;
  /** PikPak's own sentence for a status other than ok (localised by PikPak), when it gave one. */
  statusText?: string;
  /** The first item's name, or "<name> and N more"; absent when the share could not be read. */
  title?: string;
  /** The owner's masked nickname (`user_info.nickname`). */
  owner?: string;
  /** `file_num`: items at the share's top level. */
  fileCount?: number;
  /** Total bytes of the top-level files (folders count 0: PikPak does not sum them). */
  size?: number;
  /** Whether the share is the signed-in user's own (saving it is refused, `file_restore_own`). */
  own?: boolean;
}

/** A share the user opened lately, newest first (Shares view › Recent). */
export interface RecentShare {
  shareId: string;
  title: string;
  fileCount?: number;
  openedAt: number;
}

export const MAX_RECENT_SHARES = 50;

function isRecentShare(value: unknown): value is RecentShare {
  return (
    isRecord(value) &&
    typeof value['shareId'] === 'string' &&
    typeof value['title'] === 'string' &&
    typeof value['openedAt'] === 'number' &&
    (value['fileCount'] === undefined || typeof value['fileCount'] === 'number')
  );
}

export const recentSharesItem = defineItem<RecentShare[]>(
  'local',
  'recentShares',
  [],
  (value): value is RecentShare[] => Array.isArray(value) && value.every(isRecentShare),
);

/** Pass codes the user gave, by share id: a share opened again on this device does not ask again. */
export const sharePassCodesItem = defineItem<Record<string, string>>(
  'local',
  'sharePassCodes',
  {},
  (value): value is Record<string, string> =>
    isRecord(value) && Object.values(value).every((code) => typeof code === 'string'),
);
