import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeExecutable, DIST } from './browser.ts';
import { PAGES, POPUP_VIEWPORT, screenshotBothThemes, startE2E, type E2E } from './fixtures.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
  const version = await (await e2e.browser.worker()).evaluate(() => navigator.userAgent);
  console.info(`Browser tests run in ${chromeExecutable()}: ${version}`);
});
afterAll(async () => e2e?.close());

describe('the production build in Chromium', () => {
  it('loads as an MV3 extension whose worker starts', async () => {
    const worker = await e2e.browser.worker();
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as {
      background: { service_worker: string };
    };
    expect(worker.url()).toBe(`chrome-extension://${e2e.browser.extensionId}/${manifest.background.service_worker}`);
    const runtime = await worker.evaluate(() => {
      const m = chrome.runtime.getManifest();
      return {
        version: m.manifest_version,
        name: chrome.i18n.getMessage('extName'),
        permissions: m.permissions,
        optional: m.optional_permissions,
        hosts: (m as { host_permissions?: string[] }).host_permissions,
        optionalHosts: (m as { optional_host_permissions?: string[] }).optional_host_permissions,
      };
    });
    expect(runtime).toEqual({
      version: 3,
      name: 'PikPak Companion',
      permissions: [
        'storage',
        'alarms',
        'contextMenus',
        'notifications',
        'activeTab',
        'scripting',
        'offscreen',
        'downloads',
      ],
      optional: ['clipboardRead'],
      // PikPak only: the web app (content scripts, finding its tabs), the API hosts, and the download and media
      // hosts (dl-*.mypikpak.com) the player and subtitles read; the .net mirror likewise.
      hosts: ['https://mypikpak.com/*', 'https://*.mypikpak.com/*', 'https://mypikpak.net/*'],
      // An aria2 endpoint's origin, asked for only when the user saves one (Options › aria2).
      optionalHosts: ['http://*/*', 'https://*/*'],
    });
  });

  it('renders the popup with its header, account strip and ways to sign in', async () => {
    const page = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('PikPak Companion');
    await page.getByRole('heading', { name: 'Sign in to PikPak' }).waitFor();
    expect(await page.getByRole('link', { name: /Open mypikpak\.com to sign in/ }).getAttribute('href')).toMatch(
      /^https:\/\/mypikpak\.com\//,
    );
    await page.getByRole('button', { name: 'Open file browser' }).waitFor();
    await page.getByRole('button', { name: 'Settings' }).waitFor();
    await screenshotBothThemes(page, 'popup');
    await page.close();
  });

  it('renders the options page with every section in its navigation', async () => {
    const page = await e2e.browser.openPage(PAGES.options);
    const nav = page.getByRole('navigation', { name: 'Settings sections' });
    for (const section of ['Account', 'Downloads', 'Notifications', 'Diagnostics', 'About']) {
      await nav.getByRole('link', { name: section }).waitFor();
      await page.getByRole('heading', { name: section, level: 2 }).waitFor();
    }
    await screenshotBothThemes(page, 'options');
    await page.close();
  });

  it('renders the file-browser tab with its toolbar and breadcrumbs', async () => {
    const page = await e2e.browser.openPage(PAGES.files);
    const toolbar = page.getByRole('group', { name: 'Navigation' });
    for (const name of ['Back', 'Forward', 'Up one folder', 'Reload'])
      await toolbar.getByRole('button', { name }).waitFor();
    await page.getByRole('navigation', { name: 'Folder path' }).getByText('My Drive').waitFor();
    await page.getByRole('heading', { name: 'Sign in to PikPak' }).waitFor();
    await screenshotBothThemes(page, 'files');
    await page.close();
  });
});
