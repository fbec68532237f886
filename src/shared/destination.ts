import { t } from './i18n.ts';
import type { Destination } from './send-queue.ts';

/** What the user reads for a destination: the folder's name, or PikPak's "My Pack". */
export function destinationName(destination: Destination): string {
  return destination.kind === 'my-pack' ? t('folderMyPack') : destination.name;
}

/** Tells destinations apart in one string (`my-pack`, `folder:<id>`): select values and menu item ids. */
export function destinationKey(destination: Destination): string {
  return destination.kind === 'my-pack' ? 'my-pack' : `folder:${destination.id}`;
}
