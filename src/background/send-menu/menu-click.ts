import type browser from 'webextension-polyfill';
import type { Destination } from '../../shared/destination.ts';
import type { SiteRule } from '../../shared/site-rules.ts';
import { destinationForMenuId } from './menus.ts';
import { ruleItemDestination, siteForMenuId } from './rule-menu.ts';
import type { PageSelection } from './read-selection.ts';
import { sendIntent, type SendIntentDeps, type SendIntentOutcome } from './send-intent.ts';
import { handleShareMenuClick, SHARE_MENU_ID, type ShareMenuDeps, type ShareMenuOutcome } from './share-menu.ts';

export interface MenuClickDeps extends SendIntentDeps, ShareMenuDeps {
  /** The page's selection and the links it touches; undefined when the page cannot be read (e.g. chrome:// pages). */
  readSelection(tabId: number, frameId: number): Promise<PageSelection | undefined>;
  /** Destinations the menu may name (default and recent folders), to name a clicked folder. */
  knownDestinations(): Promise<Destination[]>;
  /** Folders by website, as stored now. */
  siteRules(): Promise<SiteRule[]>;
  defaultDestination(): Promise<Destination>;
}

/** The destination a clicked item names: a rule's folder (read at click time), or the folder in the item's id. */
async function clickedDestination(
  info: browser.Menus.OnClickData,
  tab: browser.Tabs.Tab | undefined,
  deps: MenuClickDeps,
): Promise<Destination | undefined> {
  const site = siteForMenuId(info.menuItemId);
  if (site === undefined) return destinationForMenuId(info.menuItemId, await deps.knownDestinations());
  const [rules, fallback] = await Promise.all([deps.siteRules(), deps.defaultDestination()]);
  return ruleItemDestination(site, rules, [info.frameUrl, info.pageUrl, tab?.url], fallback);
}

/**
 * The `contextMenus.onClicked` handler: reads what was clicked (the selection straight from the page when
 * there is one: `selectionText` is flattened and may be cut short, and misses links behind anchors) and sends
 * it to the destination the menu item names; "Open in PikPak Companion" opens the clicked share. Resolves to what it
 * did (undefined: not one of our items).
 */
export async function handleMenuClick(
  info: browser.Menus.OnClickData,
  tab: browser.Tabs.Tab | undefined,
  deps: MenuClickDeps,
): Promise<SendIntentOutcome | ShareMenuOutcome | undefined> {
  if (info.menuItemId === SHARE_MENU_ID) return handleShareMenuClick(info, tab, deps);
  const destination = await clickedDestination(info, tab, deps);
  if (destination === undefined) return undefined;
  const selection =
    info.selectionText !== undefined && tab?.id !== undefined
      ? await deps.readSelection(tab.id, info.frameId ?? 0)
      : undefined;
  return sendIntent(
    {
      target: {
        selectionText: info.selectionText,
        linkUrl: info.linkUrl,
        srcUrl: info.srcUrl,
        pageUrl: info.pageUrl ?? tab?.url,
      },
      selection,
      destination,
      page: { title: tab?.title ?? '', url: info.pageUrl ?? tab?.url ?? '' },
    },
    deps,
  );
}
