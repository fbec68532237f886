/**
 * What the file browser lists: a folder of My Drive (the root is the folder with id ""), every starred item, or
 * the trash. PikPak lists the last two over the whole drive (`parent_id=*` with a filter, pikpak-api.md §12.4).
 * Shares join this in a later issue.
 */
export type DriveView = { kind: 'folder'; id: string } | { kind: 'starred' } | { kind: 'trash' };

export const MY_DRIVE: DriveView = { kind: 'folder', id: '' };

/** PikPak's most ids per batch call: 200 were accepted and 1,000 refused in a measurement; clients send 100 (§7.4). */
export const MAX_IDS_PER_BATCH = 100;

/** Items listed per page: the most PikPak returns, as rclone and pikpaktui ask (§7.1). */
export const DRIVE_PAGE_SIZE = 500;

/** The batch operations on items, each run by PikPak as a task the worker waits for (§7.4). */
export const BATCH_OPERATIONS = ['move', 'copy', 'trash', 'restore', 'deleteForever', 'star', 'unstar'] as const;
export type BatchOperation = (typeof BATCH_OPERATIONS)[number];

export function sameView(a: DriveView, b: DriveView): boolean {
  return a.kind === b.kind && (a.kind !== 'folder' || (b.kind === 'folder' && a.id === b.id));
}
