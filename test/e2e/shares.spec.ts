import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, itemRow, itemsGrid, PAGES, screenshotBothThemes, startSignedInE2E } from './fixtures.ts';
import { trail } from './page-actions.ts';

/**
 * Shares in the file browser, in the production build against the fake's `basic` seed: a second account shares
 * `Public Domain Films` with pass code 8x2k, two files without one, and one expired share; the user shares notes.md.
 */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startSignedInE2E('basic');
});
afterAll(async () => e2e?.close());

const share = (name: string) => e2e.fake.seedIds.shares[name] ?? '';
const folder = (name: string) => e2e.fake.seedIds.folders[name] ?? '';
const list = itemsGrid;
const row = itemRow;
const places = (page: Page) => page.getByRole('navigation', { name: 'Drive' });
const linkBox = (page: Page) => page.getByRole('textbox', { name: 'Share link' });
const recent = (page: Page) => page.getByRole('list', { name: 'Recent shares' });

/** The drive's requests to a path since `from` (a log position). */
const sent = (path: string, from: number) =>
  e2e.fake.log.filter({ host: 'drive', path }).filter((entry) => entry.seq > from);
const mark = () => e2e.fake.log.entries.at(-1)?.seq ?? 0;

async function openShares(): Promise<Page> {
  const page = await e2e.browser.openPage(PAGES.files);
  await list(page, 'My Drive').waitFor();
  await places(page).getByRole('link', { name: 'Shares' }).click();
  await linkBox(page).waitFor();
  return page;
}

/** Pastes a link into the Shares box and opens it. */
async function openLink(page: Page, text: string) {
  await linkBox(page).fill(text);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

describe('shares in the file browser', () => {
  let page: Page;

  it('opens a pasted link with ?pwd= and lists the share’s folders, with the path walked', async () => {
    page = await openShares();
    expect(new URL(page.url()).hash).toBe('#view=shares');
    await screenshotBothThemes(page, 'shares-place-empty');
    await openLink(page, `Films: https://mypikpak.com/s/${share('withPassCode')}?pwd=${share('passCode')}`);
    await list(page, 'Public Domain Films').waitFor();
    expect(new URL(page.url()).hash).toBe(`#share=${share('withPassCode')}`);
    expect(await trail(page)).toEqual(['Shares', '*Public Domain Films']);
    await row(page, 'Public Domain Films').dblclick();
    await row(page, 'Nosferatu (1922).mp4').waitFor();
    await row(page, 'credits.txt').waitFor();
    expect(await trail(page)).toEqual(['Shares', 'Public Domain Films', '*Public Domain Films']);
    expect(new URL(page.url()).hash).toBe(`#share=${share('withPassCode')}&folder=${folder('sharedFilms')}`);
    await page.getByText('3 items').waitFor();
    // Someone else's share: nothing to rename, move or trash; its files are saved, downloaded or copied.
    await row(page, 'Nosferatu (1922).mp4').click();
    const actions = page.getByRole('group', { name: 'Actions' });
    await actions.getByRole('button', { name: 'Save to my drive' }).waitFor();
    await actions.getByRole('button', { name: 'Download' }).waitFor();
    expect(await actions.getByRole('button', { name: /Rename|Move|trash/ }).count()).toBe(0);
    await screenshotBothThemes(page, 'shares-folder');
    // The details panel says where the file is in the share, and links to the share's page.
    await page.getByRole('button', { name: 'Details' }).click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByText('Shares › Public Domain Films › Public Domain Films').waitFor();
    await details.getByText('765 MB').waitFor();
    expect(await details.getByRole('link', { name: 'Open on mypikpak.com' }).getAttribute('href')).toBe(
      `https://mypikpak.com/s/${share('withPassCode')}/${folder('sharedFilms')}`,
    );
    await screenshotBothThemes(page, 'shares-details');
    await details.getByRole('button', { name: 'Close details' }).click();
    // The keys work as in the drive: Backspace goes up and selects the folder left, Enter opens it again.
    await list(page, 'Public Domain Films').focus();
    await page.keyboard.press('Backspace');
    await expect.poll(() => row(page, 'Public Domain Films').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await row(page, 'Nosferatu (1922).mp4').waitFor();
    // After a reload the walked path is still known (shares have no ancestors call).
    await page.reload();
    await row(page, 'Nosferatu (1922).mp4').waitFor();
    await expect.poll(() => trail(page)).toEqual(['Shares', 'Public Domain Films', '*Public Domain Films']);
  });

  it('saves a folder of the share into a chosen folder, then opens it in the drive with the folder selected', async () => {
    await page.getByRole('button', { name: 'Up one folder' }).click();
    await row(page, 'Public Domain Films').click();
    const from = mark();
    await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Save to my drive' }).click();
    const picker = page.getByRole('dialog', { name: 'Save “Public Domain Films” to my drive' });
    await picker.getByRole('button', { name: 'Movies' }).click();
    await picker.getByRole('button', { name: 'Save here' }).waitFor();
    await screenshotBothThemes(page, 'shares-save-picker');
    await picker.getByRole('button', { name: 'Save here' }).click();
    const toasts = page.getByRole('region', { name: 'File operations' });
    await toasts.getByText('Saved “Public Domain Films” to Movies').waitFor();
    const [restore, ...more] = sent('/drive/v1/share/restore', from);
    expect(more).toEqual([]);
    const body = restore?.body as Record<string, unknown>;
    expect(body['share_id']).toBe(share('withPassCode'));
    expect(body['pass_code_token']).toEqual(expect.any(String));
    expect(body['pass_code_token']).not.toBe('');
    expect(body['file_ids']).toEqual([folder('sharedFilms')]);
    expect(JSON.stringify(body)).toContain(folder('movies'));
    await screenshotBothThemes(page, 'shares-saved-toast');
    await toasts.getByRole('button', { name: 'Open' }).click();
    await list(page, 'Movies').waitFor();
    expect(new URL(page.url()).hash).toBe(`#folder=${folder('movies')}`);
    await expect.poll(() => row(page, 'Public Domain Films').getAttribute('aria-selected')).toBe('true');
    await row(page, 'Public Domain Films').dblclick();
    await row(page, 'The General (1926).mp4').waitFor();
  });

  it('asks for a missing pass code, says when it is wrong, and opens the share with the right one', async () => {
    const coded = e2e.fake.control.shares.add({
      fileIds: [e2e.fake.seedIds.files['sharedPdf'] ?? ''],
      passCode: 'q7w3',
      ownerSub: e2e.fake.seedIds.accounts['sharer'] ?? '',
    });
    const tab = await openShares();
    await openLink(tab, `mypikpak.com/s/${coded.id}`);
    const dialog = tab.getByRole('dialog', { name: 'Pass code for this share' });
    await dialog.getByText('This share needs a pass code').waitFor();
    await dialog.getByLabel('Pass code').fill('zzzz');
    await dialog.getByRole('button', { name: 'Open share' }).click();
    await dialog.getByText('That pass code is wrong').first().waitFor();
    await screenshotBothThemes(tab, 'shares-pass-code-wrong');
    await dialog.getByLabel('Pass code').fill('q7w3');
    await dialog.getByRole('button', { name: 'Open share' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row(tab, 'lecture-notes.pdf').waitFor();
    expect(new URL(tab.url()).hash).toBe(`#share=${coded.id}`);
    // The worker remembers the code: a new tab opens it without asking.
    const again = await e2e.browser.openPage(`${PAGES.files}#share=${coded.id}`);
    await row(again, 'lecture-notes.pdf').waitFor();
    await again.close();
    await tab.close();
  });

  it('lists recent shares newest first, finds them by name and removes them', async () => {
    await places(page).getByRole('link', { name: 'Shares' }).click();
    const links = recent(page).getByRole('link');
    await expect.poll(() => links.count()).toBe(2);
    expect(await links.nth(0).textContent()).toContain('lecture-notes.pdf');
    expect(await links.nth(1).textContent()).toContain('Public Domain Films');
    await screenshotBothThemes(page, 'shares-place-recent');
    await page.getByRole('searchbox', { name: 'Search recent shares' }).fill('films');
    await expect.poll(() => links.count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search recent shares' }).fill('nothing like it');
    await page.getByText('No recent share matches “nothing like it”.').waitFor();
    await page.getByRole('searchbox', { name: 'Search recent shares' }).fill('');
    await recent(page).getByRole('button', { name: 'Remove “lecture-notes.pdf” from recent shares' }).click();
    await expect.poll(() => links.count()).toBe(1);
    await links.first().click();
    await list(page, 'Public Domain Films').waitFor();
  });

  it('explains a share PikPak blocks in this region, in the box and in the share itself', async () => {
    e2e.fake.control.shares.setStatus(share('open'), 'PROHIBITED');
    await places(page).getByRole('link', { name: 'Shares' }).click();
    await openLink(page, `https://drive.mypikpak.com/s/${share('open')}`);
    const explanation =
      "PikPak blocks sharing in some regions. The extension uses this browser's own connection, so a proxy or VPN " +
      'for this browser is the way to open it.';
    await page.getByText('PikPak does not let this share be opened from where you are.').waitFor();
    await page.getByText(explanation).waitFor();
    await screenshotBothThemes(page, 'shares-region-blocked');
    const tab = await e2e.browser.openPage(`${PAGES.files}#share=${share('open')}`);
    await tab.getByRole('heading', { name: 'This share cannot be opened' }).waitFor();
    await tab.getByText(explanation).waitFor();
    await screenshotBothThemes(tab, 'shares-region-blocked-share');
    await tab.getByRole('button', { name: 'Back to Shares' }).click();
    await linkBox(tab).waitFor();
    await tab.close();
  });

  it('says an expired share has expired, and that one’s own share is never saved', async () => {
    await openLink(page, `https://mypikpak.com/s/${share('expired')}`);
    await page.getByText('This share has expired.').waitFor();
    await openLink(page, `https://mypikpak.com/s/${share('own')}`);
    await row(page, 'notes.md').waitFor();
    await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Save to my drive' }).click();
    const picker = page.getByRole('dialog', { name: 'Save “notes.md” to my drive' });
    await picker.getByRole('button', { name: 'Save here' }).click();
    const toasts = page.getByRole('region', { name: 'File operations' });
    await toasts.getByText('This is your own share: its files are already in your PikPak.').waitFor();
    expect(await toasts.getByRole('button', { name: 'Retry' }).count()).toBe(0);
  });

  it('browses a share signed out, and asks to sign in before saving', async () => {
    const options = await e2e.browser.openPage(`${PAGES.options}#account`);
    await options.getByRole('button', { name: 'Sign out' }).click();
    await options.getByRole('button', { name: 'Sign out' }).last().click();
    await options.getByRole('region', { name: 'Account' }).getByText('Not signed in').first().waitFor();
    const tab = await e2e.browser.openPage(`${PAGES.files}#share=${share('withPassCode')}`);
    await row(tab, 'Public Domain Films').dblclick();
    await row(tab, 'The General (1926).mp4').waitFor();
    await tab.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Save to my drive' }).click();
    const dialog = tab.getByRole('dialog', { name: 'Sign in to save' });
    await dialog.getByText(/Saving puts the files into your own PikPak drive/).waitFor();
    await screenshotBothThemes(tab, 'shares-signed-out-save');
    const [account] = await Promise.all([
      e2e.browser.context.waitForEvent('page'),
      dialog.getByRole('button', { name: 'Open Options › Account' }).click(),
    ]);
    await account.waitForURL(/options\/index\.html#account$/);
    // My Drive itself still needs the account.
    await places(tab).getByRole('link', { name: 'My Drive' }).click();
    await tab.getByRole('heading', { name: 'Sign in to PikPak' }).waitFor();
    await screenshotBothThemes(tab, 'shares-signed-out-drive');
    await tab.getByRole('link', { name: 'Open a PikPak share without signing in' }).click();
    await recent(tab)
      .getByRole('link', { name: /Public Domain Films/ })
      .click();
    await row(tab, 'Public Domain Films').waitFor();
  });
});
