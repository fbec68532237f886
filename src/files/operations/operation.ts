import type { DriveItem } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import type { FolderRef } from '../../shared/folders.ts';

/**
 * One operation on the drive that PikPak runs as a task (or, for star and unstar, at once): what the runner sends,
 * shows while it waits, and can send again. `from` is the view it was started in: its rows change once it is done.
 */
export type Operation =
  | { kind: 'move' | 'copy'; items: readonly DriveItem[]; from: DriveView; to: FolderRef }
  | { kind: 'trash' | 'restore' | 'deleteForever' | 'star' | 'unstar'; items: readonly DriveItem[]; from: DriveView }
  | { kind: 'emptyTrash'; count: number; from: DriveView }
  /** Items of a share saved into a folder of the drive (PikPak's restore task). */
  | { kind: 'save'; items: readonly DriveItem[]; from: DriveView; shareId: string; to: FolderRef };

export type OperationKind = Operation['kind'];

/** The worker's drive requests the operations use; main.tsx wires them to `request`, tests pass their own. */
export interface DriveRequests {
  batch: (
    operation: Exclude<OperationKind, 'emptyTrash' | 'save'>,
    ids: string[],
    toParentId?: string,
  ) => Promise<unknown>;
  emptyTrash: () => Promise<unknown>;
  rename: (id: string, name: string) => Promise<DriveItem>;
  createFolder: (parentId: string, name: string) => Promise<FolderRef>;
  /** Saves items of a share into a folder ("" = My Drive); answers the ids of the saved copies. */
  restore: (shareId: string, fileIds: string[], toParentId: string) => Promise<{ fileIds: string[] }>;
}

/**
 * Sends an operation; resolves once PikPak's task finished (the worker waits for it), with the ids of the items it
 * made when it made some (a save: the copies in the drive).
 */
export async function sendOperation(drive: DriveRequests, operation: Operation): Promise<readonly string[] | void> {
  if (operation.kind === 'emptyTrash') {
    await drive.emptyTrash();
    return;
  }
  const ids = operation.items.map((item) => item.id);
  if (operation.kind === 'save') return (await drive.restore(operation.shareId, ids, operation.to.id)).fileIds;
  if (operation.kind === 'move' || operation.kind === 'copy') await drive.batch(operation.kind, ids, operation.to.id);
  else await drive.batch(operation.kind, ids);
}

/** The items an operation changes (none for emptying the trash: its rows are the whole view). */
export const itemsOf = (operation: Operation): readonly DriveItem[] =>
  operation.kind === 'emptyTrash' ? [] : operation.items;

/** What undoes a finished operation: a trash is undone by restoring the same items where they were. */
export function undoOf(operation: Operation): Operation | undefined {
  return operation.kind === 'trash' ? { kind: 'restore', items: operation.items, from: operation.from } : undefined;
}
