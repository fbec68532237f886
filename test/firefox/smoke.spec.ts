import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdnBytes, DEFAULT_ACCOUNT, startFakePikPak, type FakePikPak } from '../fake-pikpak/index.ts';
import { pikpakHostsTo, startConnectProxy, type ConnectProxy } from '../support/connect-proxy.ts';
import { launchFirefox, waitUntil, type FirefoxExtension } from './launch.ts';

/**
 * The Firefox build's main flows in a real Firefox against the fake PikPak (`basic` seed: folders Movies and
 * Documents in My Drive; tasks RUNNING, ERROR and COMPLETE). One Firefox for the file: the tests run in order
 * and the later ones use the session the first one took from the web app.
 */
let fake: FakePikPak;
let proxy: ConnectProxy;
let firefox: FirefoxExtension;

beforeAll(async () => {
  fake = await startFakePikPak({ seed: 'basic' });
  proxy = await startConnectProxy({ resolve: pikpakHostsTo(fake.httpsPort ?? 0) });
  firefox = await launchFirefox({ proxyPort: proxy.port });
});
afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  await fake?.close();
});

const POPUP = 'src/popup/index.html';
const FILES = 'src/files/index.html';
const MAGNET = 'magnet:?xt=urn:btih:08ada5a7a6183aae1e09d831df6748d566095a10&dn=Sintel';
const RUNNING_TASK = 'ubuntu-24.04.1-desktop-amd64.iso';
const FAILED_TASK = 'debian-12.7.0-amd64-netinst.iso';

/** An element by role and accessible name (puppeteer's ARIA query), visible. */
const byRole = (page: Page, role: string, name: string) =>
  page.waitForSelector(`::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`, {
    visible: true,
    timeout: 15_000,
  });
/** Visible text somewhere in the page. */
const byText = (page: Page, text: string) =>
  page.waitForSelector(`::-p-text(${text})`, { visible: true, timeout: 15_000 });

/** The extension's own stored state, read in one of its pages (Firefox gives extension pages `browser`). */
async function extensionStorage<T>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate(async (name) => {
    const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
    return (await ext.storage.local.get(name))[name];
  }, key) as Promise<T | undefined>;
}

type Seen = { seenNotifications: string[] };
interface FirefoxNotifications {
  notifications: {
    onShown: { addListener(listener: (id: string) => void): void };
    onClosed: { addListener(listener: (id: string) => void): void };
  };
}

describe('PikPak Companion in Firefox', () => {
  it('takes the session from the PikPak web app and names the account in the popup', async () => {
    const web = await firefox.openWeb('https://mypikpak.com/drive/all');
    await (await byRole(web, 'textbox', 'Email'))!.type(DEFAULT_ACCOUNT.email);
    // A password field has no ARIA role: found by its label alone.
    await (await web.waitForSelector('::-p-aria(Password)', { visible: true }))!.type(DEFAULT_ACCOUNT.password);
    await (await byRole(web, 'button', 'Sign in'))!.click();
    await byText(web, `Signed in as ${DEFAULT_ACCOUNT.name}`);
    const webToken = await web.evaluate(
      () =>
        (JSON.parse(localStorage.getItem('credentials_YUMx5nI8ZU8Ap8pm') ?? '{}') as { refresh_token?: string })
          .refresh_token,
    );
    expect(webToken).toBeTruthy();

    const probe = await firefox.openPage(POPUP);
    // The session bridge (a content script) handed the web app's session to the event page, which stored it.
    await waitUntil(
      async () => (await extensionStorage<{ refreshToken: string }>(probe, 'session'))?.refreshToken === webToken,
    );
    await probe.close();
    fake.log.clear();
    // (Reloading an extension page over BiDi never settles here, as goto() does not: a fresh popup instead.)
    const popup = await firefox.openPage(POPUP);
    const account = await byRole(popup, 'region', 'Account');
    await account!.waitForSelector(`::-p-text(${DEFAULT_ACCOUNT.name})`, { visible: true });
    // The popup's account and quota came from PikPak's drive API, called by the extension with that session.
    expect(fake.log.filter({ host: 'api-drive.mypikpak.com', status: 401 })).toHaveLength(0);
    expect(fake.log.filter({ host: 'api-drive.mypikpak.com', status: 200 }).length).toBeGreaterThan(0);
    await popup.close();
    await web.close();
  });

  it('lists the offline tasks in the popup, with the failure message', async () => {
    const popup = await firefox.openPage(POPUP);
    const tasks = await byRole(popup, 'list', 'Offline downloads');
    await tasks!.waitForSelector(`::-p-text(${RUNNING_TASK})`, { visible: true });
    await tasks!.waitForSelector(`::-p-text(${FAILED_TASK})`, { visible: true });
    await tasks!.waitForSelector('::-p-text(Task timeout)', { visible: true });
    const progress = await byRole(popup, 'progressbar', `Progress of ${RUNNING_TASK}`);
    expect(await progress!.evaluate((bar) => bar.getAttribute('aria-valuenow'))).toBe('40');
    await popup.close();
  });

  it('sends a link from quick add in the popup: PikPak gets the offline task, a notification says so', async () => {
    const popup = await firefox.openPage(POPUP);
    await popup.evaluate(() => {
      const ext = (globalThis as unknown as { browser: FirefoxNotifications }).browser;
      const seen: string[] = ((window as unknown as Seen).seenNotifications = []);
      ext.notifications.onShown.addListener((id) => seen.push(id));
      ext.notifications.onClosed.addListener((id) => seen.push(id));
    });
    await (await byRole(popup, 'textbox', 'Links'))!.type(MAGNET);
    await (await byRole(popup, 'button', 'Send to PikPak'))!.click();
    await byText(popup, '1 link queued');
    await waitUntil(() => [...fake.state.tasks.values()].some((task) => task.url === MAGNET));
    const task = [...fake.state.tasks.values()].find((entry) => entry.url === MAGNET);
    expect(task?.userId).toBe(fake.seedIds.accounts.default);
    // Firefox refuses notifications.create() with buttons (it shows none): the "sent" one must still appear.
    // Headless Firefox closes a notification at once, so getAll() is empty; onShown/onClosed reach every page.
    await waitUntil(async () =>
      (await popup.evaluate(() => (window as unknown as Seen).seenNotifications)).includes('send-sent'),
    );
    await popup.close();
  });

  it('browses My Drive in the file browser tab and downloads a file with the CDN’s exact bytes', async () => {
    const files = await firefox.openPage(FILES);
    const grid = await byRole(files, 'grid', 'Items in My Drive');
    await grid!.waitForSelector('::-p-aria([name="Movies"][role="row"])', { visible: true });
    await grid!.waitForSelector('::-p-aria([name="Documents"][role="row"])', { visible: true });

    // Firefox's downloads API with a fresh PikPak link, through the proxy to the fake's CDN.
    await (await grid!.waitForSelector('::-p-aria([name="notes.md"][role="row"])', { visible: true }))!.click();
    const actions = await byRole(files, 'group', 'Actions');
    await (await actions!.waitForSelector('::-p-aria([name="Download"][role="button"])', { visible: true }))!.click();
    const notes = [...fake.state.files.values()].find((file) => file.name === 'notes.md');
    if (!notes) throw new Error('the basic seed has notes.md');
    const saved = path.join(firefox.downloadsDir, 'notes.md');
    await waitUntil(() => existsSync(saved) && readFileSync(saved).length === notes.size, 20_000);
    expect(readFileSync(saved).equals(cdnBytes(notes.hash, 0, notes.size))).toBe(true);
    await files.close();
  });

  it('reads the clipboard in the event page once allowed in Options (no offscreen document in Firefox)', async () => {
    const options = await firefox.openPage('src/options/index.html#shortcut');
    const allow = await byRole(options, 'switch', 'Send the clipboard when nothing is selected');
    expect(await allow!.evaluate((input) => (input as HTMLInputElement).checked)).toBe(false);
    // The click's user gesture lets the page ask; the test profile answers optional-permission prompts with yes.
    await allow!.click();
    await waitUntil(() => allow!.evaluate((input) => (input as HTMLInputElement).checked));

    // Something copied: a write needs a user gesture too, the click on the switch just gave one.
    await options.evaluate((text) => navigator.clipboard.writeText(text), MAGNET);
    // What src/background/clipboard.ts does when there is no chrome.offscreen: navigator.clipboard.readText(),
    // in the event page itself (not focused, no document of its own on screen).
    const read = await options.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: EventPageAccess }).browser;
      const background = await ext.runtime.getBackgroundPage();
      return {
        offscreen: typeof background.chrome.offscreen,
        allowed: await ext.permissions.contains({ permissions: ['clipboardRead'] }),
        text: await background.navigator.clipboard.readText(),
      };
    });
    expect(read).toEqual({ offscreen: 'undefined', allowed: true, text: MAGNET });

    // Changing the key: Firefox's own shortcut page opens (an extension may not open about:addons itself).
    const section = await byRole(options, 'region', 'Shortcut');
    const change = await section!.waitForSelector('::-p-aria([name="Change…"][role="button"])', { visible: true });
    await change!.click();
    await waitUntil(async () => (await firefox.browser.pages()).some((page) => page.url().startsWith('about:addons')));
    await options.close();
  });
});

interface EventPageAccess {
  runtime: { getBackgroundPage(): Promise<Window & { chrome: { offscreen?: unknown } }> };
  permissions: { contains(permissions: { permissions: string[] }): Promise<boolean> };
}
