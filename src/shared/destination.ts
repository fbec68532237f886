import { t } from './i18n.ts';
import { isRecord } from './storage.ts';

/**
 * Where links sent to PikPak go: PikPak's "My Pack" folder (a task without a folder goes there), or a folder of
 * the user's drive. The drive's root is no destination. Used by the send queue, settings (default), recent
 * folders, the context menu, the confirm window and quick add.
 */
export type Destination = { kind: 'my-pack' } | FolderDestination;

/** A folder of the user's drive, with the name it had when it was chosen (shown without asking PikPak). */
export interface FolderDestination {
  kind: 'folder';
  id: string;
  name: string;
}

export const MY_PACK: Destination = { kind: 'my-pack' };

export function isDestination(value: unknown): value is Destination {
  if (!isRecord(value)) return false;
  if (value.kind === 'my-pack') return true;
  return value.kind === 'folder' && typeof value.id === 'string' && value.id !== '' && typeof value.name === 'string';
}

/** What the user reads for a destination: the folder's name, or PikPak's "My Pack". */
export function destinationName(destination: Destination): string {
  return destination.kind === 'my-pack' ? t('folderMyPack') : destination.name;
}

/** Tells destinations apart in one string (`my-pack`, `folder:<id>`): select values and menu item ids. */
export function destinationKey(destination: Destination): string {
  return destination.kind === 'my-pack' ? 'my-pack' : `folder:${destination.id}`;
}
