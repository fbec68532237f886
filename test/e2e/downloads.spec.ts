import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdnBytes, mediaBytes } from '../fake-pikpak/index.ts';
import type { DriveFile } from '../fake-pikpak/drive/types.ts';
import {
  type E2E,
  itemRow,
  itemsGrid,
  PAGES,
  screenshotBothThemes,
  signInWithPastedToken,
  startSignedInE2E,
} from './fixtures.ts';

/**
 * Getting files out in the production build: the browser's own downloads save the fake CDN's exact bytes, folders
 * keep their structure under the Downloads folder, and "Download original files only" asks for the original link.
 */
let e2e: E2E;
const made: Record<string, DriveFile> = {};

beforeAll(async () => {
  e2e = await startSignedInE2E('basic');

  const add = (name: string, parentId: string, kind: 'drive#file' | 'drive#folder', size?: number) =>
    (made[name] = e2e.fake.control.files.add({ name, parentId, kind, ...(size === undefined ? {} : { size }) }));
  add('Export me', '', 'drive#folder');
  add('top.txt', made['Export me']!.id, 'drive#file', 1_500);
  add('Level 2', made['Export me']!.id, 'drive#folder');
  add('middle.bin', made['Level 2']!.id, 'drive#file', 70_000);
  add('Level 3', made['Level 2']!.id, 'drive#folder');
  add('deep.dat', made['Level 3']!.id, 'drive#file', 4_321);
  add('Single file.pdf', '', 'drive#file', 12_345);
});
afterAll(async () => e2e?.close());

/** The bytes the fake CDN serves for a file (its content is a function of its GCID). */
const expectedBytes = (file: DriveFile) => cdnBytes(file.hash, 0, file.size);

async function waitForFile(relative: string, size: number): Promise<Buffer> {
  const full = path.join(e2e.browser.downloadsDir, relative);
  await expect
    .poll(() => (existsSync(full) ? readFileSync(full).length : -1), { timeout: 20_000, interval: 200 })
    .toBe(size);
  return readFileSync(full);
}

async function openMyDrive(): Promise<Page> {
  const page = await e2e.browser.openPage(PAGES.files);
  await itemsGrid(page, 'My Drive').waitFor();
  return page;
}

describe('downloads', () => {
  it('downloads a file with the CDN’s exact bytes from the toolbar', async () => {
    const page = await openMyDrive();
    await itemRow(page, 'Single file.pdf').click();
    await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Download' }).click();
    const file = made['Single file.pdf']!;
    expect((await waitForFile('Single file.pdf', file.size)).equals(expectedBytes(file))).toBe(true);
    await page.close();
  });

  it('downloads a folder of three levels with its structure, after saying how many files it holds', async () => {
    const page = await openMyDrive();
    await itemRow(page, 'Export me').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Download' }).click();
    const dialog = page.getByRole('dialog', { name: 'Download “Export me”' });
    await dialog.waitFor();
    await dialog.getByText('3 files (74 kB) in 3 folders').waitFor();
    await screenshotBothThemes(page, 'files-download-folder');
    await dialog.getByRole('button', { name: 'Download 3 files' }).click();
    for (const [name, relative] of [
      ['top.txt', 'Export me/top.txt'],
      ['middle.bin', 'Export me/Level 2/middle.bin'],
      ['deep.dat', 'Export me/Level 2/Level 3/deep.dat'],
    ] as const) {
      const file = made[name]!;
      expect((await waitForFile(relative, file.size)).equals(expectedBytes(file)), relative).toBe(true);
    }
    const panel = page.getByRole('region', { name: 'Downloads' });
    await panel.getByText('Downloaded 3 of 3 files').waitFor();
    await screenshotBothThemes(page, 'files-downloads-panel');
    await page.close();
  });
});

describe('Download original files only (the seed’s “Disable media link”)', () => {
  /** Downloads the sample video from the file browser and answers the CDN host the browser fetched it from. */
  async function downloadSampleVideo(saveAs: string): Promise<string> {
    const page = await e2e.browser.openPage(`${PAGES.files}#folder=${e2e.fake.seedIds.media!.folder}`);
    await itemRow(page, 'Big Buck Sample.mp4').click();
    e2e.fake.log.clear();
    await page.keyboard.press('Control+s');
    const video = e2e.fake.control.files.get(e2e.fake.seedIds.media!.video)!;
    const saved = await waitForFile(saveAs, video.size);
    expect(saved.equals(mediaBytes('video-h264.mp4'))).toBe(true);
    await page.close();
    const fetched = e2e.fake.log.filter({ host: 'cdn' });
    expect(fetched.length).toBeGreaterThan(0);
    return fetched[0]!.host;
  }

  it('downloads a video from the same-fid media link by default, and from the original link when switched on', async () => {
    // By default: the media link with the file's own fid (same bytes, PikPak's faster servers), as rclone does.
    expect(await downloadSampleVideo('Big Buck Sample.mp4')).toBe('dl-a10b-0002.mypikpak.com');

    const options = await e2e.browser.openPage(`${PAGES.options}#downloads`);
    const toggle = options.getByRole('switch', { name: 'Download original files only' });
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await options.close();
    expect(await downloadSampleVideo('Big Buck Sample (1).mp4')).toBe('dl-a10b-0001.mypikpak.com');
  });
});

describe('a download job and the worker', () => {
  it('finishes a folder when the worker is stopped in the middle of it', async () => {
    const parent = e2e.fake.control.files.add({ name: 'Many files', parentId: '', kind: 'drive#folder' });
    const files = Array.from({ length: 8 }, (_, i) =>
      e2e.fake.control.files.add({
        name: `part ${i + 1}.bin`,
        parentId: parent.id,
        kind: 'drive#file',
        size: 2_000 + i,
      }),
    );
    e2e.fake.log.clear();
    // Each download takes a moment, so the job is mid-way when the worker goes.
    e2e.fake.control.faults.add({ kind: 'slow', host: 'cdn', delayMs: 700, times: 8 });
    const page = await openMyDrive();
    await itemRow(page, 'Many files').click();
    await page.keyboard.press('Control+s');
    await page
      .getByRole('dialog', { name: 'Download “Many files”' })
      .getByRole('button', { name: 'Download 8 files' })
      .click();
    await expect.poll(() => e2e.fake.log.count({ host: 'cdn' }), { timeout: 10_000 }).toBeGreaterThan(0);
    await e2e.browser.stopWorker();
    for (const file of files) {
      expect((await waitForFile(`Many files/${file.name}`, file.size)).equals(expectedBytes(file)), file.name).toBe(
        true,
      );
    }
    await page.getByRole('region', { name: 'Downloads' }).getByText('Downloaded 8 of 8 files').waitFor();
    // Each file was asked for once: the restarted worker did not start any of them again.
    expect(new Set(e2e.fake.log.filter({ host: 'cdn' }).map((entry) => entry.query['g'])).size).toBe(8);
    expect(e2e.fake.log.count({ host: 'cdn' })).toBe(8);
    await page.close();
  });

  it('pauses a folder when the extension is signed out mid-way, and goes on after signing in: no file fails', async () => {
    const parent = e2e.fake.control.files.add({ name: 'Paused folder', parentId: '', kind: 'drive#folder' });
    const files = Array.from({ length: 6 }, (_, i) =>
      e2e.fake.control.files.add({
        name: `clip ${i + 1}.bin`,
        parentId: parent.id,
        kind: 'drive#file',
        size: 3_000 + i,
      }),
    );
    // The first three take a while, so the rest are still waiting when the session goes.
    e2e.fake.control.faults.add({ kind: 'slow', host: 'cdn', delayMs: 2_500, times: 3 });
    const page = await openMyDrive();
    await itemRow(page, 'Paused folder').click();
    await page.keyboard.press('Control+s');
    await page
      .getByRole('dialog', { name: 'Download “Paused folder”' })
      .getByRole('button', { name: 'Download 6 files' })
      .click();
    await expect.poll(() => e2e.fake.log.count({ host: 'cdn' }), { timeout: 10_000 }).toBeGreaterThan(0);

    const options = await e2e.browser.openPage(`${PAGES.options}#account`);
    await options.getByRole('button', { name: 'Sign out' }).click();
    await options.getByRole('button', { name: 'Sign out' }).last().click();
    await options.getByRole('region', { name: 'Account' }).getByText('Not signed in').first().waitFor();
    await options.close();

    const panel = page.getByRole('region', { name: 'Downloads' });
    await panel
      .getByText('Paused: You are signed out of PikPak. The downloads go on when you sign in.')
      .waitFor({ timeout: 15_000 });
    expect(await panel.getByText(/failed/).count()).toBe(0);
    await screenshotBothThemes(page, 'files-downloads-paused');

    const signedIn = await signInWithPastedToken(e2e);
    await signedIn.close();
    for (const file of files) {
      expect((await waitForFile(`Paused folder/${file.name}`, file.size)).equals(expectedBytes(file)), file.name).toBe(
        true,
      );
    }
    await panel.getByText('Downloaded 6 of 6 files').waitFor();
    await page.close();
  }, 60_000);
});
