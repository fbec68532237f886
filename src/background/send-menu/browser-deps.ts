import browser from 'webextension-polyfill';
import { confirmPagePath } from '../../shared/pages.ts';
import { pendingSelectionsItem, type PendingSelection } from '../../shared/pending-selection.ts';
import { showNotification } from '../feedback/notifications.ts';
import type { SendQueue } from '../send-queue/index.ts';
import { getSettings } from '../../shared/settings.ts';
import { readClipboard } from '../clipboard.ts';
import type { MenuClickDeps } from './menu-click.ts';
import type { ShortcutDeps } from './shortcut.ts';
import { knownDestinations } from './menus.ts';
import type { OpenShare } from './open-share.ts';
import { readSelectionInPage, type PageSelection } from './read-selection.ts';

/** A selection nobody confirmed or cancelled is forgotten after a day (the window was closed, or crashed). */
const PENDING_TTL_MS = 24 * 60 * 60_000;

async function readSelection(tabId: number, frameId: number): Promise<PageSelection | undefined> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: readSelectionInPage,
    });
    const result = first?.result as PageSelection | undefined;
    return result && typeof result.text === 'string' && Array.isArray(result.hrefs) ? result : undefined;
  } catch (error) {
    // Pages the extension may not script (the web store, browser pages, PDFs): `selectionText` has to do.
    console.warn('Could not read the selection from the page', error);
    return undefined;
  }
}

async function confirm(pending: PendingSelection): Promise<void> {
  const now = Date.now();
  const kept = Object.values(await pendingSelectionsItem.get()).filter(
    (entry) => now - entry.createdAt < PENDING_TTL_MS,
  );
  await pendingSelectionsItem.set(Object.fromEntries([...kept, pending].map((entry) => [entry.id, entry])));
  const url = browser.runtime.getURL(confirmPagePath(pending.id));
  try {
    await browser.windows.create({ url, type: 'popup', width: 460, height: 620, focused: true });
  } catch {
    // No windows to open (Firefox for Android): a tab does the same job.
    await browser.tabs.create({ url });
  }
}

/** The menu and shortcut handlers' dependencies in the real worker. */
export function browserSendDeps(queue: SendQueue, openShare: OpenShare): MenuClickDeps & ShortcutDeps {
  return {
    openShare,
    async queueLinks(links, destination) {
      const result = await queue.enqueue(links, destination);
      return { added: result.added.length, alreadyQueued: result.alreadyQueued.length };
    },
    confirm,
    notify: showNotification,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    readSelection,
    knownDestinations,
    readClipboard,
    defaultDestination: async () => (await getSettings()).defaultDestination,
    siteRules: async () => (await getSettings()).siteRules,
  };
}
