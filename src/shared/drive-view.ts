/**
 * What the file browser lists: a folder of My Drive (the root is the folder with id ""), every starred item, the
 * trash, or a folder of someone's share (`id` "" = the share's top). PikPak lists starred and trash over the whole
 * drive (`parent_id=*` with a filter, pikpak-api.md §12.4); a share is listed through `shares.list`.
 */
export type DriveView =
  | { kind: 'folder'; id: string }
  | { kind: 'starred' }
  | { kind: 'trash' }
  | { kind: 'share'; shareId: string; id: string };

export const MY_DRIVE: DriveView = { kind: 'folder', id: '' };

/** PikPak's most ids per batch call: 200 were accepted and 1,000 refused in a measurement; clients send 100 (§7.4). */
export const MAX_IDS_PER_BATCH = 100;

/** Items listed per page: the most PikPak returns, as rclone and pikpaktui ask (§7.1). */
export const DRIVE_PAGE_SIZE = 500;

/** The batch operations on items, each run by PikPak as a task the worker waits for (§7.4). */
export const BATCH_OPERATIONS = ['move', 'copy', 'trash', 'restore', 'deleteForever', 'star', 'unstar'] as const;
export type BatchOperation = (typeof BATCH_OPERATIONS)[number];

export function sameView(a: DriveView, b: DriveView): boolean {
  if (a.kind === 'folder') return b.kind === 'folder' && a.id === b.id;
  if (a.kind === 'share') return b.kind === 'share' && a.shareId === b.shareId && a.id === b.id;
  return a.kind === b.kind;
}
