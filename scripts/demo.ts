/**
 * `npm run demo`: the fake PikPak with a lived-in demo drive (the `demo` seed: nested folders, media of every kind,
 * starred items, a trash and a 10,000-item camera roll; `-- --seed basic|empty` picks another), and Chromium with the
 * production build, signed in through the fake mypikpak.com page. With a display it opens a window on the file
 * browser and the popup and runs until Ctrl+C.
 * `npm run demo -- --screenshots DIR` runs headless, writes PNGs of the popup, the file browser (My Drive as a list,
 * a photo folder as a grid with the details panel, the trash) and the options page, light and dark, into DIR, and
 * exits. It also writes `popup-store.png`, the popup on a 1280×800 backdrop: the size the Chrome Web Store and AMO
 * listings take (docs/store/listing.md).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startFakePikPak, DEFAULT_ACCOUNT } from '../test/fake-pikpak/index.ts';
import { isSeedName, SEED_NAMES } from '../test/fake-pikpak/seeds/index.ts';
import { launchExtension } from '../test/e2e/browser.ts';
import { captureBothThemes, itemRow, itemsGrid, PAGES, POPUP_VIEWPORT } from '../test/e2e/fixtures.ts';

const { values } = parseArgs({
  options: {
    screenshots: { type: 'string' },
    headless: { type: 'boolean', default: false },
    seed: { type: 'string', default: 'demo' },
  },
});
if (!isSeedName(values.seed)) throw new Error(`--seed must be one of ${SEED_NAMES.join(', ')}`);
const seed = values.seed;
const screenshotDir = values.screenshots ? path.resolve(values.screenshots) : undefined;
const headless = Boolean(screenshotDir) || values.headless || !process.env.DISPLAY;

const fake = await startFakePikPak({ seed });
const browser = await launchExtension({ httpsPort: fake.httpsPort ?? 0, headless });
console.info(
  `Fake PikPak (seed ${seed}) on https://127.0.0.1:${fake.httpsPort}; the browser reaches it as mypikpak.com.`,
);

await signInOnTheWebApp();

if (screenshotDir) {
  mkdirSync(screenshotDir, { recursive: true });
  await capture(PAGES.popup, 'popup', POPUP_VIEWPORT);
  await captureFileBrowser();
  await capture(PAGES.options, 'options', { width: 1280, height: 800 });
  await composeStorePopup();
  await browser.close();
  await fake.close();
  console.info(`Screenshots written to ${screenshotDir}`);
} else {
  // The file browser on the demo drive, and the popup in a tab of its own (a real popup cannot be opened here).
  await browser.openPage(PAGES.files, { width: 1280, height: 800 });
  const popup = await browser.openPage(PAGES.popup, POPUP_VIEWPORT);
  await popup.bringToFront();
  console.info(
    headless
      ? 'No display: running headless. Use --screenshots DIR to look at the pages.'
      : `Signed in as ${DEFAULT_ACCOUNT.email} (password ${DEFAULT_ACCOUNT.password}). Press Ctrl+C to stop.`,
  );
  const stop = async () => {
    await browser.close();
    await fake.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

async function signInOnTheWebApp(): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto('https://mypikpak.com/drive/all');
  const status = page.getByRole('status');
  await status.filter({ hasText: /Signed (in|out)/ }).waitFor();
  if ((await status.textContent())?.includes('Signed out')) {
    await page.getByLabel('Email').fill(DEFAULT_ACCOUNT.email);
    await page.getByLabel('Password').fill(DEFAULT_ACCOUNT.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await status.filter({ hasText: 'Signed in as' }).waitFor();
  }
  console.info(`mypikpak.com: ${await status.textContent()}`);
  // The extension takes the session from the page (the bridge notices the sign-in within seconds).
  const worker = await browser.worker();
  await worker.evaluate(async () => {
    for (let tries = 0; tries < 100; tries++) {
      const { account } = await chrome.storage.local.get<{ account?: { status: string } }>('account');
      if (account?.status === 'signed-in') return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The extension did not take the web session');
  });
  console.info('The extension took the session from mypikpak.com.');
}

async function capture(pagePath: string, name: string, viewport: { width: number; height: number }): Promise<void> {
  const page: Page = await browser.openPage(pagePath, viewport);
  await page.waitForLoadState('networkidle');
  await shoot(page, name);
  await page.close();
}

/** The page as it is, light as `<name>.png` and dark as `<name>-dark.png`. */
async function shoot(page: Page, name: string): Promise<void> {
  await captureBothThemes(page, (colorScheme) =>
    path.join(screenshotDir ?? '.', colorScheme === 'light' ? `${name}.png` : `${name}-dark.png`),
  );
}

/** The file browser: My Drive as a list, a folder of photos as a grid with the details panel, and the trash. */
async function captureFileBrowser(): Promise<void> {
  const page: Page = await browser.openPage(PAGES.files, { width: 1280, height: 800 });
  const open = async (name: string) => {
    await itemRow(page, name).dblclick();
    await itemsGrid(page, name).waitFor();
  };
  await itemsGrid(page, 'My Drive').waitFor();
  await itemRow(page, 'Projects').waitFor();
  await shoot(page, 'files');
  await open('Photos');
  await open('Holidays');
  await open('2024 Lisbon');
  await page.getByRole('button', { name: 'Grid view' }).click();
  await page.getByRole('gridcell').first().click();
  await page.getByRole('button', { name: 'Details' }).click();
  await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 3 }).waitFor();
  await page.waitForLoadState('networkidle');
  await shoot(page, 'files-grid');
  await page.getByRole('button', { name: 'List view' }).click();
  await page.getByRole('navigation', { name: 'Drive' }).getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('grid', { name: /Trash/ }).getByRole('row').nth(1).click();
  await shoot(page, 'files-trash');
  // Leave the next run the default view.
  await page.getByRole('button', { name: 'Close details' }).click();
  await page.close();
}

/**
 * The stores take 1280×800 (or 640×400) screenshots; the popup is 400×600. This puts the light and dark popup
 * side by side on a plain backdrop with one line of text, rendered by the same browser.
 */
async function composeStorePopup(): Promise<void> {
  const dir = screenshotDir ?? '.';
  const image = (name: string) =>
    `data:image/png;base64,${readFileSync(path.join(dir, `${name}.png`)).toString('base64')}`;
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.setContent(`<!doctype html><html lang="en"><body style="margin:0;height:800px;display:flex;
    flex-direction:column;align-items:center;justify-content:center;gap:32px;background:#eef2f7;
    font:600 28px system-ui,sans-serif;color:#1b2230">
    <h1 style="margin:0;font-size:30px">Your PikPak downloads, one click away</h1>
    <div style="display:flex;gap:48px">
      <img alt="" src="${image('popup')}" style="width:400px;height:600px;border-radius:12px;box-shadow:0 8px 30px #0003">
      <img alt="" src="${image('popup-dark')}" style="width:400px;height:600px;border-radius:12px;box-shadow:0 8px 30px #0005">
    </div></body></html>`);
  await page.screenshot({ path: path.join(dir, 'popup-store.png') });
  await page.close();
}
