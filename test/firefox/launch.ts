import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../manifest.firefox.ts';
import { requireBrowser } from '../support/find-browsers.ts';

/**
 * Firefox (Debian's firefox-esr, or FIREFOX_BIN) with the production dist-firefox/ installed, driven by
 * puppeteer-core over WebDriver BiDi. Playwright cannot install extensions into Firefox and geckodriver is not
 * packaged in Debian; BiDi's `webExtension.install` (puppeteer's `installExtension`) installs a temporary add-on.
 */
export const DIST_FIREFOX = path.resolve(import.meta.dirname, '../../dist-firefox');

/** Fixed through the `extensions.webextensions.uuids` pref, so pages have a known moz-extension:// origin. */
export const EXTENSION_UUID = '7d3c2b1a-4e5f-4a6b-9c8d-0e1f2a3b4c5d';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxLaunchOptions {
  /** The CONNECT proxy (test/support/connect-proxy.ts) in front of the fake PikPak's TLS port. */
  proxyPort: number;
}

export interface FirefoxExtension {
  browser: Browser;
  /** Where Firefox saves downloads: a throwaway folder of this run, never the user's own Downloads. */
  downloadsDir: string;
  /** Opens an extension page (e.g. `src/popup/index.html`) in a new tab, once it is really that page. */
  openPage(pagePath: string): Promise<Page>;
  /** Opens a web page (https://mypikpak.com/… goes to the fake) and waits for its load. */
  openWeb(url: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Firefox has no host-resolver rules: a PAC sends PikPak's names to the CONNECT proxy (TLS SNI and Host still name
 * PikPak), everything else goes direct (nothing else is asked for in these tests).
 */
export function pikpakPac(proxyPort: number): string {
  const pac = `function FindProxyForURL(url, host) {
  if (/(^|\\.)mypikpak\\.(com|net)$/.test(host)) return "PROXY 127.0.0.1:${proxyPort}";
  return "DIRECT";
}`;
  return `data:application/x-ns-proxy-autoconfig;charset=utf-8,${encodeURIComponent(pac)}`;
}

export async function launchFirefox(options: FirefoxLaunchOptions): Promise<FirefoxExtension> {
  if (!existsSync(path.join(DIST_FIREFOX, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${DIST_FIREFOX}: run "npm run build:firefox" first.`);
  }
  const downloadsDir = mkdtempSync(path.join(tmpdir(), 'pikpak-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    // The fake's certificate is self-signed for PikPak's names; only this throwaway profile accepts it.
    acceptInsecureCerts: true,
    // Without it Firefox refuses to let the remote protocol navigate to moz-extension:// pages.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: EXTENSION_UUID }),
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': pikpakPac(options.proxyPort),
      // DNS over HTTPS would leave the machine; the proxy resolves nothing anyway.
      'network.trr.mode': 5,
      // An optional permission the extension asks for (clipboardRead) is granted without a doorhanger.
      'extensions.webextOptionalPermissionPrompts': false,
      // The extension's downloads (downloads.download) go into downloadsDir, with no "where to save" question.
      'browser.download.dir': downloadsDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
    },
  });
  try {
    await browser.installExtension(DIST_FIREFOX);
  } catch (error) {
    await browser.close();
    rmSync(downloadsDir, { recursive: true, force: true });
    throw error;
  }

  return {
    browser,
    downloadsDir,
    async openPage(pagePath) {
      const page = await browser.newPage();
      // Awaiting goto() on a moz-extension:// page never settles over BiDi here: start it, then wait for the page.
      page.goto(`${EXTENSION_ORIGIN}/${pagePath}`).catch(() => undefined);
      await waitUntil(async () => (await page.evaluate(() => location.protocol).catch(() => '')) === 'moz-extension:');
      return page;
    },
    async openWeb(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await browser.close();
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` until it holds (every 100 ms), or throws after `timeoutMs`. */
export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Not true after ${timeoutMs} ms: ${check.toString().slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
