import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriveFile, Share } from '../fake-pikpak/drive/types.ts';
import { type E2E, PAGES, screenshotBothThemes, startSignedInE2E } from './fixtures.ts';

/**
 * Many shares at once (the seed's "batch add share mounts"): a pasted block of 20 share links in the forms people
 * paste, from another account, shows one row per share with its status; Save all saves each ready share once into
 * its own folder, the two that cannot be saved say why, and Retry failed saves nothing twice.
 */
let e2e: E2E;
let target: DriveFile;
const shares: Share[] = [];
const titles = new Map<string, string>();

beforeAll(async () => {
  e2e = await startSignedInE2E('basic');
  const { control, seedIds } = e2e.fake;
  const sharer = seedIds.accounts['sharer'] ?? '';
  for (let i = 1; i <= 20; i++) {
    const name = `Film ${String(i).padStart(2, '0')}.mp4`;
    const file = control.files.add({ userId: sharer, parentId: '', name, kind: 'drive#file', size: i * 1_048_576 });
    const share = control.shares.add({
      ownerSub: sharer,
      fileIds: [file.id],
      ...(i <= 3 ? { passCode: `pc${i}x` } : {}),
      ...(i === 4 ? { status: 'EXPIRED' as const } : {}),
      ...(i === 5 ? { status: 'PROHIBITED' as const } : {}),
    });
    shares.push(share);
    titles.set(share.id, name);
  }
  target = control.files.add({ parentId: '', name: 'Weekend films', kind: 'drive#folder' });
});
afterAll(async () => e2e?.close());

/** The block as a forum post has it: every host and form, pass codes in the link, beside it and below it. */
function pastedBlock(): string {
  const [first, second, third, ...rest] = shares.map((share) => share.id);
  const forms = [
    (id: string) => `https://mypikpak.com/s/${id}`,
    (id: string) => `https://mypikpak.net/s/${id}`,
    (id: string) => `https://drive.mypikpak.com/s/${id}`,
    (id: string) => `mypikpak.com/s/${id}`,
  ];
  return [
    'Films for the weekend (20 links):',
    `https://mypikpak.com/s/${first}?pwd=pc1x`,
    `链接：https://drive.mypikpak.com/s/${second} 提取码: pc2x`,
    `mypikpak.net/s/${third}`,
    '提取码：pc3x',
    '-- the rest have no pass code --',
    ...rest.map((id, index) => forms[index % forms.length]?.(id) ?? ''),
    `https://mypikpak.com/s/${rest[0]}`,
    'Enjoy!',
  ].join('\n');
}

const table = (page: Page) => page.getByRole('table', { name: 'Shares in the pasted text' });
const live = (page: Page) => page.getByRole('status').filter({ hasText: /ready|Saved|saved/ });
const restores = () => e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/share/restore' });

/** The file browser's Shares view, with the block pasted into its share link box. */
async function pasteIntoShares(text: string): Promise<Page> {
  const page = await e2e.browser.openPage(PAGES.files);
  await page.getByRole('link', { name: 'Shares' }).click();
  const box = page.getByRole('textbox', { name: 'Share link' });
  await box.fill(text);
  return page;
}

describe('many shares at once', () => {
  it('shows 20 rows with their statuses, saves the 18 ready ones once each, and says why the other two failed', async () => {
    const page = await pasteIntoShares(pastedBlock());
    await table(page).waitFor();
    await page
      .getByText('20 share links found. 3 lines were not share links. 1 link named a share already listed.')
      .waitFor();
    await expect.poll(() => table(page).getByRole('row').count()).toBe(21);
    await live(page).getByText('18 ready, 1 expired, 1 prohibited', { exact: true }).waitFor({ timeout: 20_000 });
    // Every row names its share id (under the title once the share is read).
    const status = (id: string) => table(page).getByRole('row', { name: new RegExp(id) });
    await status(shares[3]!.id).getByText('Expired').waitFor();
    await status(shares[4]!.id).getByText('Prohibited in this region').waitFor();
    // The pass codes were read from the link, beside it and from the line below.
    for (const share of shares.slice(0, 3)) await status(share.id).getByText('Ready').waitFor();
    await screenshotBothThemes(page, 'shares-batch-table');

    await page.getByRole('button', { name: 'Save all' }).click();
    const picker = page.getByRole('dialog', { name: 'Save the shares into a folder' });
    await picker.getByRole('button', { name: 'Weekend films' }).click();
    await picker.getByRole('navigation', { name: 'Folder path' }).getByText('Weekend films').waitFor();
    await picker.getByRole('button', { name: 'Save here' }).click();
    await live(page)
      .getByText('Saved 18 shares into “Weekend films”, each in a folder of its own. 2 shares could not be saved.')
      .waitFor({ timeout: 30_000 });

    await status(shares[0]!.id).getByText('Saved to “Weekend films/Film 01.mp4”').waitFor();
    const ready = shares.filter((_, index) => index !== 3 && index !== 4).map((share) => share.id);
    const saved = restores().map((entry) => (entry.body as { share_id?: string }).share_id);
    expect(saved.sort()).toEqual([...ready].sort());
    const folders = e2e.fake.control.files.children(target.id);
    expect(folders.every((folder) => folder.kind === 'drive#folder')).toBe(true);
    expect(folders.map((folder) => folder.name).sort()).toEqual(ready.map((id) => titles.get(id)).sort());
    for (const folder of folders) {
      expect(e2e.fake.control.files.children(folder.id).map((file) => file.name)).toEqual([folder.name]);
    }

    const failures = page.getByRole('list', { name: 'Shares that were not saved' });
    await expect
      .poll(() => failures.getByRole('listitem').allTextContents())
      .toEqual([
        `${shares[3]!.id}Expired: This share has expired or is no longer available.`,
        `${shares[4]!.id}Prohibited in this region: PikPak is not available from your network or region.`,
      ]);
    await screenshotBothThemes(page, 'shares-batch-saved');

    await page.getByRole('button', { name: 'Retry failed' }).click();
    await live(page)
      .getByText('Nothing new was saved into “Weekend films”. 2 shares could not be saved.')
      .waitFor({ timeout: 20_000 });
    expect(restores()).toHaveLength(18);
    expect(e2e.fake.control.files.children(target.id)).toHaveLength(18);
    await page.close();
  });

  it('opens a share again with the pass code typed into its row', async () => {
    const { control, seedIds } = e2e.fake;
    const sharer = seedIds.accounts['sharer'] ?? '';
    const file = control.files.add({
      userId: sharer,
      parentId: '',
      name: 'Lecture.pdf',
      kind: 'drive#file',
      size: 4096,
    });
    const coded = control.shares.add({ ownerSub: sharer, fileIds: [file.id], passCode: 'k9k9' });
    const page = await pasteIntoShares(`https://mypikpak.com/s/${coded.id}\nhttps://mypikpak.com/s/${shares[5]!.id}`);
    const row = table(page).getByRole('row', { name: new RegExp(coded.id) });
    await row.getByText('Needs a pass code').waitFor();
    await row.getByRole('button', { name: `Enter a pass code for ${coded.id}` }).click();
    await row.getByRole('textbox', { name: `Pass code for ${coded.id}` }).fill('k9k9');
    await row.getByRole('button', { name: 'Open with this code' }).click();
    await row.getByText('Ready').waitFor();
    await row.getByRole('button', { name: 'Open Lecture.pdf' }).waitFor();
    await live(page).getByText('2 ready', { exact: true }).waitFor();
    await page.close();
  });
});
