import type { DriveItem } from '../../shared/domain.ts';
import type { FolderRef } from '../../shared/folders.ts';
import { RequestError } from '../../shared/messages.ts';

/**
 * Breadcrumbs: the folders from My Drive's top down to an item, found by walking `parent_id` upwards with
 * `GET /drive/v1/files/{id}` (pikpak-api.md §7.3; PikPak has no path call). Each item's name and parent are kept in
 * memory for the worker's life, so a deep folder's breadcrumbs cost no call once its ancestors were seen (walked, or
 * listed as folders of a view). Moves, renames and the trash change the tree: the handlers then `clear()` it all.
 */

export type ItemLink = Pick<DriveItem, 'id' | 'name' | 'parentId'>;

/** Deeper than any drive plausibly is; a longer walk means PikPak answered a loop. */
export const MAX_DEPTH = 256;

/** Past this many entries the cache starts again (a 10,000-folder folder listed a few times fits). */
const MAX_ENTRIES = 50_000;

export interface AncestorCache {
  /** Keeps the folders among `items` (their id, name and parent); files and trashed items are not walked through. */
  remember(items: readonly Pick<DriveItem, 'id' | 'name' | 'parentId' | 'kind' | 'trashed'>[]): void;
  /**
   * `[]` for the root (""), else `[{id,name}…]` from the top folder down to `id` itself. `fetchItem` is asked only
   * for ids not cached; the walk fails with kind `malformed-response` on a loop or past MAX_DEPTH.
   */
  ancestors(id: string, fetchItem: (id: string) => Promise<ItemLink>): Promise<FolderRef[]>;
  /** Forgets everything (after a move, rename, trash, restore or delete). */
  clear(): void;
  readonly size: number;
}

export function createAncestorCache(): AncestorCache {
  let links = new Map<string, { name: string; parentId: string }>();
  // A walk that began before a clear() must not write what it read into the new map.
  let generation = 0;

  const keep = (item: ItemLink, at: number): void => {
    if (at !== generation) return;
    if (links.size >= MAX_ENTRIES) links = new Map();
    links.set(item.id, { name: item.name, parentId: item.parentId });
  };

  return {
    remember(items) {
      for (const item of items) if (item.kind === 'folder' && !item.trashed) keep(item, generation);
    },
    async ancestors(id, fetchItem) {
      const at = generation;
      const path: FolderRef[] = [];
      const seen = new Set<string>();
      let current = id;
      while (current !== '') {
        if (seen.has(current) || path.length >= MAX_DEPTH)
          throw new RequestError('malformed-response', `The folders above ${id} go round in a loop`);
        seen.add(current);
        let link = links.get(current);
        if (link === undefined) {
          const item = await fetchItem(current);
          link = { name: item.name, parentId: item.parentId };
          keep({ id: current, ...link }, at);
        }
        path.push({ id: current, name: link.name });
        current = link.parentId;
      }
      return path.reverse();
    },
    clear() {
      generation += 1;
      links = new Map();
    },
    get size() {
      return links.size;
    },
  };
}
