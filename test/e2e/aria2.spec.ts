import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startAria2Daemon, type Aria2Daemon } from '../support/aria2c.ts';
import { pikpakHostsTo, startConnectProxy, type ConnectProxy } from '../support/connect-proxy.ts';
import { addTree, readUnder } from '../support/drive-tree.ts';
import { SCREENSHOTS } from './browser.ts';
import { captureBothThemes, PAGES, signInWithPastedToken, startE2E, type E2E } from './fixtures.ts';
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
