import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS } from './browser.ts';
import { PAGES, screenshotBothThemes, signInWithPastedToken, startE2E, type E2E } from './fixtures.ts';

/**
 * Options › Backup in the production build: Export lands a file in the browser's downloads folder with the settings
 * and without the aria2 secret; Import of that file lists the changes, and Apply brings the settings back; a broken
 * file is refused and changes nothing.
 */
const SECRET = 'e2e-aria2-secret-5f1c';
const FILE_NAME = /^pikpak-companion-settings-\d{8}\.json$/;
let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.browser.openPage(`${PAGES.options}#backup`);
  await page.evaluate(
    (secret) =>
      chrome.storage.local.set({ aria2: { endpoint: 'http://localhost:6800/jsonrpc', secret, dir: '/srv/files' } }),
    SECRET,
  );
});
afterAll(async () => {
  await e2e?.close();
});

const backup = () => page.getByRole('region', { name: 'Backup' });
const notifySent = () => page.getByRole('switch', { name: 'When links reach PikPak' });
const showBadge = () => page.getByRole('switch', { name: 'Count on the toolbar icon' });
const storedLocal = (keys: string[]) => page.evaluate((names) => chrome.storage.local.get(names), keys);

async function setSwitch(control: ReturnType<typeof notifySent>, on: boolean) {
  if ((await control.isChecked()) !== on) await control.click();
  await expect.poll(() => control.isChecked()).toBe(on);
}

/** The whole page (`screenshotBothThemes`) and the Backup section alone, light and dark (test-results/screenshots/). */
async function screenshots(name: string): Promise<void> {
  await backup().evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await screenshotBothThemes(page, name);
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await backup().screenshot({
      path: path.join(SCREENSHOTS, `${name}-section-${colorScheme}.png`),
      animations: 'disabled',
    });
  }
  await page.emulateMedia({ colorScheme: null });
}

function exportedFile(): string | undefined {
  return readdirSync(e2e.browser.downloadsDir).find((name) => FILE_NAME.test(name));
}

describe('Options › Backup', () => {
  let exported: string;

  it('exports the settings as they are, without the aria2 secret', async () => {
    await setSwitch(notifySent(), false);
    await setSwitch(showBadge(), false);
    await expect
      .poll(async () => (await storedLocal(['settings']))['settings'])
      .toMatchObject({ notifySent: false, showBadge: false });

    await backup().getByRole('button', { name: 'Export' }).click();
    await expect.poll(exportedFile, { timeout: 20_000, interval: 200 }).toBeDefined();
    exported = path.join(e2e.browser.downloadsDir, exportedFile()!);
    await expect.poll(() => readFileSync(exported, 'utf8').length).toBeGreaterThan(0);
    const text = readFileSync(exported, 'utf8');
    expect(text).not.toContain(SECRET);
    const file = JSON.parse(text) as Record<string, Record<string, unknown>>;
    expect(file).toMatchObject({
      format: 'pikpak-companion-settings',
      version: 1,
      settings: {
        notifySent: false,
        showBadge: false,
        notifyTaskFailed: true,
        defaultDestination: { kind: 'my-pack' },
        siteRules: [],
        rootFolder: null,
      },
      aria2: { endpoint: 'http://localhost:6800/jsonrpc', dir: '/srv/files' },
    });
    expect(Object.keys(file['aria2']!).sort()).toEqual(['dir', 'endpoint']);
  });

  it('imports the file: lists the two changes, and Apply brings the settings back', async () => {
    await setSwitch(notifySent(), true);
    await setSwitch(showBadge(), true);

    await backup().getByLabel('Import from file').setInputFiles(exported);
    const preview = backup().getByRole('group', { name: `Changes from ${path.basename(exported)}` });
    await preview.waitFor();
    const items = preview.getByRole('list', { name: 'Settings the file will change' }).getByRole('listitem');
    expect(await items.allTextContents()).toEqual([
      'When links reach PikPak: on → off',
      'Count on the toolbar icon: on → off',
    ]);
    await screenshots('options-backup-preview');

    await preview.getByRole('button', { name: 'Apply' }).click();
    await backup().getByText('Settings imported.').waitFor();
    await expect.poll(() => notifySent().isChecked()).toBe(false);
    await expect.poll(() => showBadge().isChecked()).toBe(false);
    const stored = await storedLocal(['settings', 'aria2']);
    expect(stored['settings']).toMatchObject({ notifySent: false, showBadge: false });
    expect(stored['aria2']).toEqual({ endpoint: 'http://localhost:6800/jsonrpc', secret: SECRET, dir: '/srv/files' });
  });

  it('refuses a broken file with a clear error and changes nothing', async () => {
    const before = await storedLocal(['settings', 'aria2', 'filesView']);
    await backup()
      .getByLabel('Import from file')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "pik') });
    await backup().getByText('This file is not a settings file: it is not JSON. Nothing was changed.').waitFor();
    expect(
      await backup()
        .getByRole('group', { name: /Changes from/ })
        .count(),
    ).toBe(0);
    expect(await storedLocal(['settings', 'aria2', 'filesView'])).toEqual(before);
    await screenshots('options-backup-error');
  });

  it('carries folders by website and the root folder; a wrong-typed rules value refuses the file', async () => {
    const file = (settings: Record<string, unknown>) => ({
      name: 'rules.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'pikpak-companion-settings', version: 1, settings })),
    });
    const before = await storedLocal(['settings']);
    await backup()
      .getByLabel('Import from file')
      .setInputFiles(file({ siteRules: 'nyaa.si' }));
    await backup().getByText('Some settings in this file are not valid. Nothing was changed.').waitFor();
    expect(await storedLocal(['settings'])).toEqual(before);

    const anime = { kind: 'folder', id: 'VNanime', name: 'Anime' };
    await backup()
      .getByLabel('Import from file')
      .setInputFiles(
        file({ siteRules: [{ site: 'nyaa.si', destination: anime }], rootFolder: { id: 'VNhome', name: 'Home' } }),
      );
    const preview = backup().getByRole('group', { name: 'Changes from rules.json' });
    const items = preview.getByRole('list', { name: 'Settings the file will change' }).getByRole('listitem');
    expect(await items.allTextContents()).toEqual([
      'Folders by website: Rules: 0 → Rules: 1',
      'Root folder: My Drive → Home',
    ]);
    await preview.getByRole('button', { name: 'Apply' }).click();
    await backup().getByText('Settings imported.').waitFor();
    // The Downloads section shows the imported rule at once.
    const rules = page.getByRole('region', { name: 'Downloads' }).getByRole('list', { name: 'Rules' });
    await rules.getByText('nyaa.si', { exact: true }).waitFor();
    await rules.getByText('Anime', { exact: true }).waitFor();
    expect((await storedLocal(['settings']))['settings']).toMatchObject({
      notifySent: false,
      siteRules: [{ site: 'nyaa.si', destination: anime }],
      rootFolder: { id: 'VNhome', name: 'Home' },
    });
  });
});

describe('Options › Diagnostics › Copy report', () => {
  it('copies a report that says signed in, with the settings and errors, and no token, secret or email', async () => {
    const options = await signInWithPastedToken(e2e);
    await e2e.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const stored = await options.evaluate(() => chrome.storage.local.get(['session', 'account', 'aria2']));
    const session = stored['session'] as { accessToken: string; refreshToken: string; sub: string; deviceId: string };
    const account = stored['account'] as { email: string };
    await options.evaluate(() =>
      chrome.storage.local.set({
        recentErrors: [{ at: Date.UTC(2026, 11, 6, 9), kind: 'server', request: 'files.list', status: 502 }],
      }),
    );

    const diagnostics = options.getByRole('region', { name: 'Diagnostics' });
    await diagnostics.getByRole('button', { name: 'Copy report' }).click();
    await diagnostics.getByText('Report copied. Paste it into your bug report.').waitFor();
    const report = await options.evaluate(() => navigator.clipboard.readText());

    expect(report).toContain('Signed in: yes');
    expect(report).toContain('  notifySent: false');
    const version = await options.evaluate(() => chrome.runtime.getManifest().version);
    expect(report).toContain(`Version: ${version}\n`);
    expect(report).toMatch(/^Browser: Mozilla\/5\.0 .+$/m);
    expect(report).toContain('  2026-12-06T09:00:00.000Z · server · files.list · HTTP 502');
    for (const secret of [
      session.accessToken,
      session.refreshToken,
      session.sub,
      session.deviceId,
      account.email,
      SECRET,
    ]) {
      expect(secret.length).toBeGreaterThan(0);
      expect(report).not.toContain(secret);
    }
    await options.close();
  });
});
