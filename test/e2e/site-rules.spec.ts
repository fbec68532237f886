import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOTS } from './browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemRow, itemsGrid, PAGES, POPUP_VIEWPORT, startSignedInE2E, type E2E } from './fixtures.ts';
import {
  clickMenu as clickMenuIn,
  menuHas as menuHasIn,
  openServedPage as servePage,
  type MenuClickInfo,
} from './page-actions.ts';

/**
 * Folders by website, end to end in the production build: a rule made in Options through its form and the folder
 * picker decides where a link sent from that site's pages goes (the context menu's rule item, fired as Chrome fires
 * a click, as in send-menu.spec.ts) and what quick add preselects.
 */

let e2e: E2E;
beforeAll(async () => {
  e2e = await startSignedInE2E('basic');
});
afterAll(async () => e2e?.close());

const MAGNET = 'magnet:?xt=urn:btih:08ada5a7a6183aae1e09d831df6748d566095a10&dn=Sintel';

const clickMenu = (info: MenuClickInfo) => clickMenuIn(e2e.browser, info);
const menuHas = (id: string) => menuHasIn(e2e.browser, id);
const openServedPage = (url: string) => servePage(e2e.browser, url, `<a href="${MAGNET}">Sintel</a>`);

/** The section alone, light and dark: the full page shrinks it too much to judge the rows. */
async function sectionShots(page: Page, section: Locator, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await section.screenshot({ path: path.join(SCREENSHOTS, `${name}-${colorScheme}.png`), animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: null });
}

const creates = () => e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/files', status: 200 });

async function addRule(options: Page, site: string, folder: string): Promise<void> {
  const form = options.getByRole('form', { name: 'New rule' });
  await form.getByRole('textbox', { name: 'Website' }).fill(site);
  await form.getByRole('button', { name: "Choose the rule's folder" }).click();
  const picker = options.getByRole('dialog', { name: 'Choose a folder' });
  await picker.getByRole('list', { name: 'Folders in My Drive' }).getByRole('button', { name: folder }).click();
  await picker.getByRole('navigation', { name: 'Folder path' }).getByText(folder).waitFor();
  await picker.getByRole('button', { name: 'Choose this folder' }).click();
  await form.getByText(folder, { exact: true }).waitFor();
  await form.getByRole('button', { name: 'Add rule' }).click();
}

describe('folders by website', () => {
  it('a rule made in Options sends links from that site, and only that site, to its folder', async () => {
    const documents = e2e.fake.seedIds.folders.documents;
    const options = await e2e.browser.openPage(`${PAGES.options}#downloads`);
    const downloads = options.getByRole('region', { name: 'Downloads' });
    await downloads.getByText('No rules').waitFor();

    // A bad site is refused beside the field, and nothing is stored.
    const form = options.getByRole('form', { name: 'New rule' });
    const site = form.getByRole('textbox', { name: 'Website' });
    await site.fill('not a site');
    await form.getByRole('button', { name: 'Add rule' }).click();
    await form.getByText(/This is not a website name or address/).waitFor();
    expect(await site.getAttribute('aria-invalid')).toBe('true');
    await sectionShots(options, downloads, 'options-site-rules-invalid');

    // A pasted page address becomes its host.
    await addRule(options, 'https://nyaa.si/view/1', 'Documents');
    await downloads.getByRole('status').filter({ hasText: 'Links from nyaa.si go to Documents.' }).waitFor();
    const rules = downloads.getByRole('list', { name: 'Rules' });
    await rules.getByText('nyaa.si', { exact: true }).waitFor();
    await downloads.getByRole('button', { name: 'Change the folder for nyaa.si' }).waitFor();
    await sectionShots(options, downloads, 'options-site-rules');

    // The menu has the rule's item (shown by Chrome only on nyaa.si pages, first in the submenu).
    await expect.poll(() => menuHas('send:rule:nyaa.si'), { timeout: 10_000 }).toBe(true);

    e2e.fake.log.clear();
    const ruled = await openServedPage('https://nyaa.si/view/1');
    await clickMenu({ menuItemId: 'send:rule:nyaa.si', linkUrl: MAGNET, pageUrl: ruled.url() });
    await expect.poll(() => creates().length, { timeout: 15_000 }).toBe(1);
    expect(creates()[0]?.body).toMatchObject({ parent_id: documents, url: { url: MAGNET } });
    await ruled.close();

    // Another site's page: its menu has no rule item, and the default item sends to the default (My Pack).
    e2e.fake.log.clear();
    const other = await openServedPage('https://example.test/releases');
    await clickMenu({ menuItemId: 'send:my-pack', linkUrl: `${MAGNET}&tr=x`, pageUrl: other.url() });
    await expect.poll(() => creates().length, { timeout: 15_000 }).toBe(1);
    const body = creates()[0]?.body as { parent_id?: string; folder_type?: string };
    expect(body.parent_id ?? '').toBe('');
    expect(body.folder_type).toBe('DOWNLOAD');
    await other.close();

    // Removing the rule takes its menu item away.
    await downloads.getByRole('button', { name: 'Remove the rule for nyaa.si' }).click();
    await downloads.getByText('No rules').waitFor();
    await expect.poll(() => menuHas('send:rule:nyaa.si'), { timeout: 10_000 }).toBe(false);
    await options.close();
  });

  it('quick add preselects the rule for the tab the popup is opened over, with a hint', async () => {
    const options = await e2e.browser.openPage(`${PAGES.options}#downloads`);
    // mypikpak.com: a site the extension may read the address of in a test (host permission), as activeTab allows
    // for the tab under a real popup.
    await addRule(options, 'mypikpak.com', 'Movies');
    await options.getByRole('status').filter({ hasText: 'Links from mypikpak.com go to Movies.' }).waitFor();
    await options.close();

    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    const page = await openServedPage('https://mypikpak.com/rules-test');
    // The popup reads the active tab when it opens: open it again now that the ruled page is in front.
    await popup.reload();
    const saveTo = popup.getByRole('combobox', { name: 'Save to' });
    await expect
      .poll(() => saveTo.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent), {
        timeout: 10_000,
      })
      .toBe('Movies (rule for mypikpak.com)');
    // The hint says why, and is the select's description for screen readers.
    const hint = popup.getByText('Rule for mypikpak.com', { exact: true });
    expect(await saveTo.getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
    await sectionShots(popup, popup.getByRole('main'), 'popup-site-rule');
    await page.close();
    await popup.close();
  });

  it('a root folder set by a pasted address is where the file browser opens; a gone one offers My Drive', async () => {
    const movies = e2e.fake.seedIds.folders.movies;
    const options = await e2e.browser.openPage(`${PAGES.options}#downloads`);
    const form = options.getByRole('form', { name: 'Root folder' });
    const field = form.getByRole('textbox', { name: 'Folder id or address' });
    await field.fill('https://example.com/drive/all/x');
    await form.getByRole('button', { name: 'Save root folder' }).click();
    await form.getByText('This is neither a folder id nor a mypikpak.com folder address.').waitFor();

    await field.fill(`https://mypikpak.com/drive/all/${movies}`);
    await form.getByRole('button', { name: 'Save root folder' }).click();
    // Checked with PikPak, which names the folder.
    await options.getByRole('status').filter({ hasText: 'The file browser opens at Movies.' }).waitFor();
    const downloads = options.getByRole('region', { name: 'Downloads' });
    await downloads.getByRole('button', { name: 'Reset to My Drive' }).waitFor();
    await sectionShots(options, downloads, 'options-root-folder');

    const files = await e2e.browser.openPage(PAGES.files);
    const grid = itemsGrid(files, 'Movies');
    await itemRow(files, 'Big Buck Bunny (2008).mp4').waitFor();
    await itemRow(files, 'Sintel (2010).mkv').waitFor();
    expect(await grid.isVisible()).toBe(true);
    // The breadcrumbs start at the root folder, the page it is on.
    const crumbs = files.getByRole('navigation', { name: 'Folder path' });
    expect(await crumbs.getByRole('listitem').allTextContents()).toEqual(['Movies']);
    await sectionShots(files, files.locator('body'), 'files-root-folder');
    await files.close();

    // The folder is gone (deleted elsewhere): the file browser says so and opens the drive's own root.
    await options.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({
        settings: { ...(settings as object), rootFolder: { id: 'VNgone00000000000000000o1', name: 'Old' } },
      });
    });
    const again = await e2e.browser.openPage(PAGES.files);
    await again.getByRole('heading', { name: 'The root folder is gone' }).waitFor();
    await again.getByText('“Old”, chosen in Options as the file browser').waitFor();
    await sectionShots(again, again.locator('body'), 'files-root-folder-gone');
    await again.getByRole('button', { name: 'Open My Drive' }).click();
    await itemRow(again, 'Movies').waitFor();
    await itemsGrid(again, 'My Drive').waitFor();
    await again.close();

    await downloads.getByRole('button', { name: 'Reset to My Drive' }).click();
    await options.getByRole('status').filter({ hasText: 'The file browser opens at My Drive.' }).waitFor();
    await options.close();
  });
});
