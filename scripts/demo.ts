/**
 * `npm run demo`: the fake PikPak with a lived-in demo drive (the `demo` seed: nested folders, media of every kind,
 * starred items, a trash and a 10,000-item camera roll; `-- --seed basic|empty` picks another), and Chromium with the
 * production build, signed in through the fake mypikpak.com page. With a display it opens a window and runs until
 * Ctrl+C.
 * `npm run demo -- --screenshots DIR` runs headless, writes PNGs of the popup, the file-browser tab and the
 * options page (light and dark) into DIR, and exits.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startFakePikPak, DEFAULT_ACCOUNT } from '../test/fake-pikpak/index.ts';
import { isSeedName, SEED_NAMES } from '../test/fake-pikpak/seeds/index.ts';
import { launchExtension } from '../test/e2e/browser.ts';
import { PAGES, POPUP_VIEWPORT } from '../test/e2e/fixtures.ts';

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
  await capture(PAGES.files, 'files', { width: 1280, height: 800 });
  await capture(PAGES.options, 'options', { width: 1280, height: 800 });
  await browser.close();
  await fake.close();
  console.info(`Screenshots written to ${screenshotDir}`);
} else {
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
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion: colour transitions would otherwise be caught half-way in the picture.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const file = path.join(screenshotDir ?? '.', colorScheme === 'light' ? `${name}.png` : `${name}-dark.png`);
    await page.screenshot({ path: file });
  }
  await page.close();
}
