import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemRow, itemsGrid, PAGES, POPUP_VIEWPORT, startSignedInE2E, type E2E } from './fixtures.ts';

/**
 * The extension with the keyboard alone: no click in this file. Modal dialogs keep the focus inside while Tab goes
 * round, and give it back to what opened them; results are announced in live regions (role=status / alert).
 */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startSignedInE2E('basic');
});
afterAll(async () => e2e?.close());

const MAGNET = 'magnet:?xt=urn:btih:c9e15763f722f23e98a29decdfae341b98d53056&dn=Keyboard';

/** Whether the focused element is inside `container`. */
const focusInside = (container: Locator) => container.evaluate((element) => element.contains(document.activeElement));

/** What has the focus, as a screen reader would name it (label, else text). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
  });

/**
 * Presses Tab (or Shift+Tab) `times` times; true when the focus never reached anything behind `container`. A native
 * modal dialog lets Tab leave the page for the browser's own controls (the page then has no focused element) and
 * come back into the dialog: that is the platform's behaviour, and nothing behind the dialog is reachable.
 */
async function tabStaysInside(page: Page, container: Locator, times: number, key = 'Tab'): Promise<boolean> {
  let inside = 0;
  for (let press = 0; press < times; press++) {
    await page.keyboard.press(key);
    const where = await container.evaluate((element) => {
      const focused = document.activeElement;
      if (focused === null || focused === document.body) return 'browser';
      return element.contains(focused) ? 'inside' : 'behind';
    });
    if (where === 'behind') return false;
    if (where === 'inside') inside++;
  }
  // Most presses land on the dialog's own controls.
  return inside > times / 2;
}

/** Tabs until `target` has the focus (at most 60 presses). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let press = 0; press < 60; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

describe('the file browser with the keyboard alone', () => {
  it('opens Move to from the context-menu key, keeps Tab inside the dialog, and Escape gives the focus back', async () => {
    const page = await e2e.browser.openPage(PAGES.files);
    const grid = itemsGrid(page, 'My Drive');
    await itemRow(page, 'notes.md').waitFor();
    await tabTo(page, grid);
    // The list is one tab stop; typing a name's start selects that row.
    await page.keyboard.type('notes');
    expect(await itemRow(page, 'notes.md').getAttribute('aria-selected')).toBe('true');

    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await focusInside(menu)).toBe(true);
    for (let press = 0; press < 12 && (await focusedName(page)) !== 'Move to…'; press++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Move “notes.md”' });
    await dialog.getByText('Documents').first().waitFor();
    expect(await focusInside(dialog)).toBe(true);
    expect(await tabStaysInside(page, dialog, 15)).toBe(true);
    expect(await tabStaysInside(page, dialog, 15, 'Shift+Tab')).toBe(true);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => grid.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await itemRow(page, 'notes.md').getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('creates a folder from the keyboard and announces it', async () => {
    const page = await e2e.browser.openPage(PAGES.files);
    await itemRow(page, 'notes.md').waitFor();
    const newFolder = page.getByRole('button', { name: 'New folder' });
    await tabTo(page, newFolder);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New folder' });
    await dialog.waitFor();
    await page.keyboard.type('Typed by keyboard');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await itemRow(page, 'Typed by keyboard').waitFor();
    await page.getByRole('status').filter({ hasText: 'Created the folder “Typed by keyboard”' }).waitFor();
    expect(e2e.fake.control.files.find('Typed by keyboard')).toMatchObject({ kind: 'drive#folder' });
    await page.close();
  });
});

describe('the popup with the keyboard alone', () => {
  it('sends quick add with Tab and Enter, and the result is announced', async () => {
    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    const links = popup.getByLabel('Links');
    await tabTo(popup, links);
    await popup.keyboard.type(MAGNET);
    await tabTo(popup, popup.getByRole('button', { name: 'Send to PikPak' }));
    await popup.keyboard.press('Enter');
    await popup
      .getByRole('status')
      .filter({ hasText: /1 link queued|Sent/ })
      .waitFor();
    await expect
      .poll(() => e2e.fake.control.tasks.list().some((task) => task.url === MAGNET), { timeout: 15_000 })
      .toBe(true);
    await popup.close();
  });

  it('keeps Tab inside the delete dialog and gives the focus back to the Delete button', async () => {
    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    const list = popup.getByRole('list', { name: 'Offline downloads' });
    await list.getByText('Task timeout').waitFor();
    const remove = list.getByRole('button', { name: /^Delete/ }).first();
    const removeName = await remove.getAttribute('aria-label');
    await tabTo(popup, remove);
    await popup.keyboard.press('Enter');
    const dialog = popup.getByRole('dialog');
    await dialog.waitFor();
    expect(await focusInside(dialog)).toBe(true);
    expect(await tabStaysInside(popup, dialog, 10)).toBe(true);
    await popup.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedName(popup)).toBe(removeName);
    await popup.close();
  });
});
