import { mkdirSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, runAria2InputFile, startAria2Daemon, type Aria2Daemon } from '../support/aria2c.ts';
import { pikpakHostsTo, startConnectProxy, type ConnectProxy } from '../support/connect-proxy.ts';
import { addTree, readUnder } from '../support/drive-tree.ts';
import { SCREENSHOTS } from './browser.ts';
import {
  captureBothThemes,
  itemRow,
  PAGES,
  screenshotBothThemes,
  signInWithPastedToken,
  startE2E,
  type E2E,
} from './fixtures.ts';
import { grantSiteAccess } from './site-access.ts';

/**
 * Options › aria2 in the production build against a real aria2c: the host permission granted as under Site access,
 * then Save and Test connection through the worker, as a user does it.
 */
const SECRET = 'e2e-secret';
let e2e: E2E;
let proxy: ConnectProxy;
let aria2: Aria2Daemon;
let downloads: string;
let page: Page;

beforeAll(async () => {
  downloads = await mkdtemp(path.join(tmpdir(), 'aria2-e2e-'));
  e2e = await startE2E();
  // aria2c reaches the fake's CDN under PikPak's names through the tunnel, as the browser does with its rules.
  proxy = await startConnectProxy({ resolve: pikpakHostsTo(e2e.fake.httpsPort ?? 0) });
  aria2 = await startAria2Daemon({ secret: SECRET, dir: downloads, proxyUrl: proxy.url });
  await grantSiteAccess(e2e.browser, 'http://127.0.0.1/*');
  await (await signInWithPastedToken(e2e)).close();
  page = await e2e.browser.openPage(`${PAGES.options}#aria2`);
});
afterAll(async () => {
  await e2e?.close();
  await aria2?.close();
  await proxy?.close();
  await rm(downloads, { recursive: true, force: true });
});

const section = () => page.getByRole('region', { name: 'aria2' });

/** The section at the top of the window, in the light and the dark scheme (test-results/screenshots/). */
async function screenshotSection(name: string): Promise<void> {
  await section().evaluate((element) => element.scrollIntoView({ block: 'start' }));
  mkdirSync(SCREENSHOTS, { recursive: true });
  await captureBothThemes(page, (scheme) => path.join(SCREENSHOTS, `${name}-${scheme}.png`));
}
const status = () => section().getByRole('status');

describe('Options › aria2', () => {
  it('saves the endpoint and secret, and Test connection shows aria2’s version', async () => {
    await section().getByLabel('RPC address').fill(aria2.endpoint);
    await section().getByLabel('Secret', { exact: true }).fill(SECRET);
    await section().getByLabel('Download folder').fill(path.join(downloads, 'chosen'));
    await section().getByRole('button', { name: 'Save' }).click();
    await status().getByText('Saved.').waitFor();
    const worker = await e2e.browser.worker();
    const stored = await worker.evaluate(() => chrome.storage.local.get('aria2'));
    expect(stored).toEqual({
      aria2: { endpoint: aria2.endpoint, secret: SECRET, dir: path.join(downloads, 'chosen') },
    });

    await section().getByRole('button', { name: 'Test connection' }).click();
    const version = ((await aria2.call('aria2.getVersion')) as { version: string }).version;
    await status().getByText(`Connected to aria2 ${version}`).waitFor();
    await screenshotSection('options-aria2-connected');
  });

  it('keeps the saved settings after a reload, the secret hidden', async () => {
    await page.reload();
    await expect.poll(() => section().getByLabel('RPC address').inputValue()).toBe(aria2.endpoint);
    expect(await section().getByLabel('Secret', { exact: true }).getAttribute('type')).toBe('password');
    expect(await section().getByLabel('Secret', { exact: true }).inputValue()).toBe(SECRET);
  });

  it('says aria2 refused a wrong secret', async () => {
    await section().getByLabel('Secret', { exact: true }).fill('not the secret');
    await section().getByRole('button', { name: 'Show secret' }).click();
    await section().getByRole('button', { name: 'Test connection' }).click();
    await status().getByText('aria2 refused the secret.').waitFor();
    await screenshotSection('options-aria2-wrong-secret');
  });

  it('says where aria2 was not reachable', async () => {
    const endpoint = `http://127.0.0.1:${await freePort()}/jsonrpc`;
    await section().getByLabel('RPC address').fill(endpoint);
    await section().getByRole('button', { name: 'Test connection' }).click();
    await status().getByText(`aria2 is not reachable at ${endpoint}: is it running with --enable-rpc?`).waitFor();
  });
});

describe('aria2.send from an extension page (what the file browser asks)', () => {
  it('has the worker hand fresh links to aria2, which writes each file under the saved folder', async () => {
    const files = addTree(e2e.fake, 'From the browser', [
      { path: 'Disc 1/track.flac', size: 80_000 },
      { path: 'booklet.pdf', size: 3_000 },
    ]);
    const planned = files.map(({ id, path: relative, size }) => ({ id, path: relative, size }));
    const answer = await page.evaluate(
      (payload) => chrome.runtime.sendMessage<unknown, unknown>({ name: 'aria2.send', payload: { files: payload } }),
      planned,
    );
    expect(answer).toEqual({ ok: true, value: { sent: 2, failed: [] } });
    await aria2.waitUntilIdle();
    const chosen = path.join(downloads, 'chosen');
    expect(
      await readUnder(
        chosen,
        planned.map((file) => file.path),
      ),
    ).toEqual(files.map((file) => file.bytes));
  });
});

describe('the file browser’s links out', () => {
  let files: Page;
  beforeAll(async () => {
    files = await e2e.browser.openPage(PAGES.files);
  });
  const openMenuOn = async (name: string) => {
    await files.reload();
    await itemRow(files, name).click({ button: 'right' });
  };

  it('sends a folder of three levels to aria2, which writes it with its structure and the CDN’s bytes', async () => {
    const tree = addTree(e2e.fake, 'For aria2', [
      { path: 'top.txt', size: 900 },
      { path: 'Level 2/middle.bin', size: 40_000 },
      { path: 'Level 2/Level 3/deep.dat', size: 2_500 },
    ]);
    await openMenuOn('For aria2');
    await files.getByRole('menuitem', { name: 'Send to aria2' }).click();
    const dialog = files.getByRole('dialog', { name: 'Send “For aria2” to aria2' });
    await dialog.getByRole('button', { name: 'Send 3 files' }).click();
    await dialog.getByRole('status').getByText('aria2 accepted 3 files.').waitFor();
    await aria2.waitUntilIdle();
    const chosen = path.join(downloads, 'chosen');
    expect(
      await readUnder(
        chosen,
        tree.map((file) => file.path),
      ),
    ).toEqual(tree.map((file) => file.bytes));
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('exports an aria2 input file that aria2c -i turns into the same files', async () => {
    const tree = addTree(e2e.fake, 'Exported', [
      { path: 'a.txt', size: 1_200 },
      { path: 'Sub/b.bin', size: 30_000 },
      { path: 'Sub/Deeper/c.dat', size: 700 },
    ]);
    await openMenuOn('Exported');
    await files.getByRole('menuitem', { name: 'Export for aria2' }).click();
    const dialog = files.getByRole('dialog', { name: 'Export “Exported” for aria2' });
    await dialog.getByRole('button', { name: 'Export 3 links' }).click();
    await dialog
      .getByRole('status')
      .getByText(/Saved 3 links to your Downloads folder\. The links work until/)
      .waitFor();
    await screenshotBothThemes(files, 'files-export-aria2');
    const saved = await expect
      .poll(async () => (await readdir(e2e.browser.downloadsDir)).find((name) => name.includes('aria2')), {
        timeout: 10_000,
      })
      .toBeDefined()
      .then(async () => (await readdir(e2e.browser.downloadsDir)).find((name) => name.includes('aria2')) ?? '');
    const inputFile = path.join(e2e.browser.downloadsDir, saved);
    const text = await readFile(inputFile, 'utf8');
    expect(text).toMatch(/^# /);
    expect(text).toContain('  out=Exported/Sub/Deeper/c.dat');
    // The links go to the folder saved in Options › aria2 (dir=), like the RPC sends.
    const { code } = await runAria2InputFile(inputFile, { dir: path.join(downloads, 'ignored'), proxyUrl: proxy.url });
    expect(code).toBe(0);
    const chosen = path.join(downloads, 'chosen');
    expect(
      await readUnder(
        chosen,
        tree.map((file) => file.path),
      ),
    ).toEqual(tree.map((file) => file.bytes));
  });

  it('copies a file’s link to the clipboard, one per line', async () => {
    await e2e.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const [file] = addTree(e2e.fake, 'Copy me', [{ path: 'only.txt', size: 10 }]);
    await files.reload();
    await files.getByRole('row', { name: 'Copy me', exact: true }).dblclick();
    await itemRow(files, 'only.txt').click({ button: 'right' });
    await files.getByRole('menuitem', { name: 'Copy links' }).click();
    const dialog = files.getByRole('dialog', { name: 'Copy the links of “only.txt”' });
    await dialog.getByRole('status').getByText('Copied 1 link.').waitFor();
    const copied = await files.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^https:\/\/dl-a10b-0001\.mypikpak\.com\/download\/\?fid=[^&]+&.*expire=\d+.*\n$/);
    expect(new URL(copied.trim()).searchParams.get('g')).toBe(e2e.fake.control.files.get(file?.id ?? '')?.hash);
  });
});
