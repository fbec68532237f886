import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startFakePikPak, type FakePikPak, type SeedName } from '../fake-pikpak/index.ts';
import { launchExtension, SCREENSHOTS, type ExtensionBrowser, type LaunchOptions } from './browser.ts';

export const PAGES = {
  popup: 'src/popup/index.html',
  options: 'src/options/index.html',
  files: 'src/files/index.html',
} as const;

export const POPUP_VIEWPORT = { width: 400, height: 600 };

/** The file browser's list of a view, by the view's name ("My Drive", a folder's name, "Trash"). */
export const itemsGrid = (page: Page, viewName: string) => page.getByRole('grid', { name: `Items in ${viewName}` });
/** One item's row in the file browser, by its exact name. */
export const itemRow = (page: Page, name: string) => page.getByRole('row', { name, exact: true });

export interface E2E {
  fake: FakePikPak;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

/** The fake PikPak over HTTPS and the production build in Chromium, with PikPak's host names mapped onto it. */
export async function startE2E(seed: SeedName = 'basic', launch: Omit<LaunchOptions, 'httpsPort'> = {}): Promise<E2E> {
  const fake = await startFakePikPak({ seed });
  if (fake.httpsPort === undefined) throw new Error('the fake PikPak has no HTTPS listener');
  const browser = await launchExtension({ ...launch, httpsPort: fake.httpsPort });
  return {
    fake,
    browser,
    async close() {
      await browser.close();
      await fake.close();
    },
  };
}

/** Saves `<name>-light.png` and `<name>-dark.png` of the page into the ignored test-results folder. */
export async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await captureBothThemes(page, (colorScheme) => path.join(SCREENSHOTS, `${name}-${colorScheme}.png`), true);
}

/** The page as it is, in the light and then the dark scheme, each written where `fileFor` says. */
export async function captureBothThemes(
  page: Page,
  fileFor: (colorScheme: 'light' | 'dark') => string,
  fullPage = false,
): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    // Let the page restyle and paint in the new scheme first: a capture taken at once can show text still
    // painted in the old scheme's colour.
    await page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
    // Transitions the last click started (a button enabled by a selection, a colour change) are finished, not
    // caught half-way: reduced motion alone does not stop a CSS transition.
    await page.screenshot({ path: fileFor(colorScheme), fullPage, animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: null });
}

/**
 * Signs the extension in the way a user does in Options › Account › Paste token, with a session the fake just
 * issued; resolves once the page names the account. Returns the options page (still open) for tests that go on.
 */
export async function signInWithPastedToken(e2e: E2E): Promise<Page> {
  const { refresh_token: refreshToken } = e2e.fake.control.issueSession();
  const options = await e2e.browser.openPage(`${PAGES.options}#account`);
  await options.getByRole('button', { name: 'Paste token' }).click();
  await options.getByLabel('Refresh token').fill(refreshToken);
  await options.getByRole('button', { name: 'Use this token' }).click();
  await options.getByRole('region', { name: 'Account' }).getByText('tester@example.com').first().waitFor();
  return options;
}

/** The fake and the extension, already signed in with a pasted token (the options page it used is closed). */
export async function startSignedInE2E(seed: SeedName = 'basic'): Promise<E2E> {
  const e2e = await startE2E(seed);
  const options = await signInWithPastedToken(e2e);
  await options.close();
  return e2e;
}

/**
 * The popup at the URL the toolbar button opens (the worker names the signed-in account in it, which the pre-paint
 * checks), once it names `sub` (none: signed out). `before` runs in the page before any of its own scripts.
 */
export async function openToolbarPopup(e2e: E2E, sub: string | null, before?: () => void): Promise<Page> {
  const sw = await e2e.browser.worker();
  const popupUrl = () => sw.evaluate(() => chrome.action.getPopup({}));
  const wanted = sub === null ? /index\.html$/ : new RegExp(`\\?account=${encodeURIComponent(sub)}$`);
  for (let i = 0; i < 100 && !wanted.test(await popupUrl()); i++) await new Promise((r) => setTimeout(r, 50));
  const url = await popupUrl();
  if (!wanted.test(url)) throw new Error(`the toolbar popup is ${url}, not for ${sub ?? 'nobody'}`);
  const page = await e2e.browser.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  if (before) await page.addInitScript(before);
  await page.goto(url);
  return page;
}
