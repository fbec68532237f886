import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, POPUP_VIEWPORT, screenshotBothThemes, startE2E, type E2E, signInWithPastedToken } from './fixtures.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E('basic');
});
afterAll(async () => e2e?.close());

const MAGNET = 'magnet:?xt=urn:btih:08ada5a7a6183aae1e09d831df6748d566095a10&dn=Sintel';

describe('choosing where links are saved', () => {
  it('a folder picked in Options is where quick add sends links (parent_id, no My Pack)', async () => {
    const movies = e2e.fake.seedIds.folders.movies;
    expect(movies).toBeDefined();
    const options = await signInWithPastedToken(e2e);

    // Options › Downloads: My Pack until the user picks a folder.
    const downloads = options.getByRole('region', { name: 'Downloads' });
    await downloads.getByText('My Pack', { exact: true }).waitFor();
    await downloads.getByRole('button', { name: 'Change default folder' }).click();
    const picker = options.getByRole('dialog', { name: 'Choose a folder' });
    const rootList = picker.getByRole('list', { name: 'Folders in My Drive' });
    await rootList.waitFor();
    // The seeded root: folders only (no notes.md), by name; focus starts on the first.
    expect(await rootList.getByRole('button').allTextContents()).toEqual([
      'Documents',
      'Movies',
      'My Pack',
      'Sample Media',
    ]);
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Documents');
    await options.keyboard.press('Tab');
    await options.keyboard.press('Enter');
    await picker.getByRole('navigation', { name: 'Folder path' }).getByText('Movies').waitFor();
    await picker.getByText('No folders here').waitFor();
    await screenshotBothThemes(options, 'options-folder-picker');
    await picker.getByRole('button', { name: 'Choose this folder' }).click();
    await downloads.getByRole('status').filter({ hasText: 'New links go to Movies.' }).waitFor();
    expect(await picker.isVisible()).toBe(false);
    await downloads.getByRole('button', { name: 'Use My Pack' }).waitFor();
    await options.locator('#downloads').scrollIntoViewIfNeeded();
    await screenshotBothThemes(options, 'options-downloads');

    // Saved: a fresh page shows it.
    await options.reload();
    await options.getByRole('region', { name: 'Downloads' }).getByText('Movies', { exact: true }).waitFor();
    await options.close();

    e2e.fake.log.clear();
    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    const saveTo = popup.getByRole('combobox', { name: 'Save to' });
    await expect
      .poll(() => saveTo.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent))
      .toBe('Movies (default)');

    // The picker at popup size, then Escape closes it and leaves the destination alone.
    await saveTo.selectOption({ label: 'Choose folder…' });
    const popupPicker = popup.getByRole('dialog', { name: 'Choose a folder' });
    await popupPicker.getByRole('list', { name: 'Folders in My Drive' }).waitFor();
    await screenshotBothThemes(popup, 'popup-folder-picker');
    await popup.keyboard.press('Escape');
    await popupPicker.waitFor({ state: 'hidden' });
    expect(await saveTo.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(
      'Movies (default)',
    );

    await popup.getByLabel('Links').fill(MAGNET);
    await popup.getByRole('button', { name: 'Send to PikPak' }).click();
    await popup
      .getByRole('status')
      .filter({ hasText: /1 link queued/ })
      .waitFor();
    await expect
      .poll(() => e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/files', status: 200 }).length, {
        timeout: 15_000,
      })
      .toBe(1);
    const body = e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/files' })[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({
      upload_type: 'UPLOAD_TYPE_URL',
      url: { url: MAGNET },
      parent_id: movies,
      folder_type: '',
    });
    await screenshotBothThemes(popup, 'popup-destination');
  });
});
