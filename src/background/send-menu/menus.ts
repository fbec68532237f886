import browser from 'webextension-polyfill';
import { destinationKey, destinationName } from '../../shared/destination.ts';
import { t } from '../../shared/i18n.ts';
import type { Destination } from '../../shared/destination.ts';
import { getSettings, recentFoldersItem, type Settings } from '../../shared/settings.ts';
import { ruleMenuItems } from './rule-menu.ts';
import { shareMenuItem } from './share-menu.ts';

/**
 * The "Send to PikPak" context menu: one item on links, selections, pages and video/audio, whose submenu
 * picks the destination (on a page of a ruled website its rule's folder first, `rule-menu.ts`; then the default
 * folder, recent folders and My Pack).
 *
 * Chrome keeps an extension's menu items across worker restarts and browser restarts, Firefox does not keep
 * them for event pages: the menu is rebuilt on install/update, on browser start-up, and whenever the default
 * folder or the recent folders change. Item ids carry the destination, so a click needs no other state.
 * Beside it, on share links only, "Open in PikPak Companion" (`share-menu.ts`).
 */

export { MENU_CONTEXTS, MENU_PARENT_ID, type MenuItem } from './menu-item.ts';
import { MENU_CONTEXTS, MENU_PARENT_ID, type MenuItem } from './menu-item.ts';

const ID_PREFIX = `${MENU_PARENT_ID}:`;
const FOLDER_PREFIX = `${ID_PREFIX}${destinationKey({ kind: 'folder', id: '', name: '' })}`;

export function menuIdFor(destination: Destination): string {
  return `${ID_PREFIX}${destinationKey(destination)}`;
}

/** The destination a menu item stands for (folder names come from the caller's list of known folders). */
export function destinationForMenuId(id: string | number, known: readonly Destination[]): Destination | undefined {
  if (id === menuIdFor({ kind: 'my-pack' })) return { kind: 'my-pack' };
  if (typeof id !== 'string' || !id.startsWith(FOLDER_PREFIX)) return undefined;
  const folderId = id.slice(FOLDER_PREFIX.length);
  const folder = known.find((entry) => entry.kind === 'folder' && entry.id === folderId);
  // A folder that dropped off the recent list between building the menu and the click still has its id.
  return folder ?? { kind: 'folder', id: folderId, name: folderId };
}

/** The menu for these settings and recent folders (pure: tested without a browser). */
export function buildMenu(
  settings: Pick<Settings, 'defaultDestination' | 'siteRules'>,
  recent: readonly Destination[],
): MenuItem[] {
  const contexts = [...MENU_CONTEXTS];
  const child = (id: string, title: string): MenuItem => ({ id, title, parentId: MENU_PARENT_ID, contexts });
  const primary = settings.defaultDestination;
  const others = [...recent, { kind: 'my-pack' } as const].filter(
    (destination) => menuIdFor(destination) !== menuIdFor(primary),
  );
  const unique = others.filter(
    (destination, index) => others.findIndex((other) => menuIdFor(other) === menuIdFor(destination)) === index,
  );
  return [
    { id: MENU_PARENT_ID, title: t('menuSendToPikPak'), contexts },
    ...ruleMenuItems(settings.siteRules),
    child(menuIdFor(primary), t('menuDefaultDestination', destinationName(primary))),
    ...(unique.length > 0 ? [{ ...child('send:separator', ''), type: 'separator' as const }] : []),
    ...unique.map((destination) => child(menuIdFor(destination), destinationName(destination))),
  ];
}

/** Every destination the menu can name right now (for reading a click). */
export async function knownDestinations(): Promise<Destination[]> {
  const [settings, recent] = await Promise.all([getSettings(), recentFoldersItem.get()]);
  return [settings.defaultDestination, ...recent];
}

let installing: Promise<void> = Promise.resolve();
/** The menu this worker last built (a settings change that leaves the destinations alone rebuilds nothing). */
let built: string | undefined;

/** Replaces the extension's menu with the current one (serialised: two quick changes must not interleave). */
export function installMenu(): Promise<void> {
  installing = installing
    .catch(() => undefined)
    .then(async () => {
      const [settings, recent] = await Promise.all([getSettings(), recentFoldersItem.get()]);
      const items = [...buildMenu(settings, recent), shareMenuItem()];
      if (JSON.stringify(items) === built) return;
      built = undefined;
      await browser.contextMenus.removeAll();
      for (const item of items) {
        await new Promise<void>((resolve, reject) => {
          browser.contextMenus.create(
            {
              id: item.id,
              title: item.title,
              contexts: item.contexts,
              ...(item.parentId ? { parentId: item.parentId } : {}),
              ...(item.type ? { type: item.type } : {}),
              ...(item.targetUrlPatterns ? { targetUrlPatterns: item.targetUrlPatterns } : {}),
              ...(item.documentUrlPatterns ? { documentUrlPatterns: item.documentUrlPatterns } : {}),
            },
            () => {
              const error = browser.runtime.lastError;
              if (error) reject(new Error(error.message));
              else resolve();
            },
          );
        });
      }
      built = JSON.stringify(items);
    });
  return installing;
}
