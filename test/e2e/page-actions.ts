import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser.ts';

/**
 * What the browser specs do around the extension's own pages: a context-menu click, a page served under a real
 * address, the file browser's breadcrumb trail.
 */

/** What Chrome passes to `contextMenus.onClicked` (the fields the specs set). */
export interface MenuClickInfo {
  menuItemId: string;
  linkUrl?: string;
  srcUrl?: string;
  mediaType?: string;
  selectionText?: string;
  pageUrl?: string;
  frameId?: number;
  editable?: boolean;
}

/**
 * Fires a menu click in the worker, for the active tab, as Chrome does when the user picks the item. Headless
 * Chromium cannot open a real context menu; the event object's `dispatch` runs the registered handler inside the
 * production worker exactly as a click does.
 */
export async function clickMenu(browser: ExtensionBrowser, info: MenuClickInfo): Promise<void> {
  const worker = await browser.worker();
  await worker.evaluate(async (clickInfo) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    (chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void }).dispatch(
      { editable: false, frameId: 0, ...clickInfo },
      tab,
    );
  }, info);
}

/** Whether the worker's menu has an item with this id (Chrome lists none; a second create with it fails). */
export async function menuHas(browser: ExtensionBrowser, id: string): Promise<boolean> {
  const worker = await browser.worker();
  const answer = await worker.evaluate(
    (itemId) =>
      new Promise<string>((resolve) => {
        chrome.contextMenus.create({ id: itemId, title: 'x', contexts: ['link'] }, () => {
          const error = chrome.runtime.lastError?.message;
          // A probe that went in is taken out again, so the menu stays as built.
          if (error === undefined) chrome.contextMenus.remove(itemId, () => resolve('created'));
          else resolve(error);
        });
      }),
    id,
  );
  return /duplicate id/i.test(answer);
}

/** A page served under `url` (Playwright answers the request; nothing leaves the machine), in front. */
export async function openServedPage(browser: ExtensionBrowser, url: string, html: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** The file browser's breadcrumbs. */
export const crumbs = (page: Page) => page.getByRole('navigation', { name: 'Folder path' });

/** The breadcrumb trail as read: each crumb's text, the current one marked with `*`. */
export async function trail(page: Page): Promise<string[]> {
  return crumbs(page)
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => {
        const current = item.querySelector('[aria-current="page"]');
        return current ? `*${current.textContent ?? ''}` : (item.textContent ?? '');
      }),
    );
}
