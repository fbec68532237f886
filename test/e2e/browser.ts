import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { requireBrowser } from '../support/find-browsers.ts';

export const DIST = path.resolve(import.meta.dirname, '../../dist');
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Chrome or Chromium where it usually lives (or CHROME_BIN); throws a one-sentence message when there is none. */
export function chromeExecutable(): string {
  return requireBrowser('chrome');
}

export interface LaunchOptions {
  /** The port of the fake PikPak's HTTPS listener; PikPak's host names are mapped onto it. */
  httpsPort: number;
  headless?: boolean;
  /**
   * `flag` uses --load-extension (Debian's Chromium). `cdp` uses Extensions.loadUnpacked, the only way left in
   * branded Google Chrome. Default: cdp when CHROME_BIN looks like Google Chrome, else flag.
   */
  loadVia?: 'flag' | 'cdp';
  viewport?: { width: number; height: number };
  /** The browser's UI language, passed as --lang (e.g. `zh-TW` selects `_locales/zh_TW`). Default: the system's. */
  lang?: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Where the browser saves downloads: a folder of this run's profile, never the user's own Downloads. */
  downloadsDir: string;
  /** The extension's service worker (re-read after a restart). */
  worker(): Promise<Worker>;
  /** Opens an extension page (e.g. `src/popup/index.html`) in a new tab. */
  openPage(pagePath: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Stops the service worker the way Chrome does when it is idle; the next event starts it again. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

export function hostResolverRules(port: number): string {
  const target = `127.0.0.1:${port}`;
  return ['mypikpak.com', '*.mypikpak.com', 'mypikpak.net', '*.mypikpak.net']
    .map((host) => `MAP ${host} ${target}`)
    .join(',');
}

export async function launchExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(DIST, 'manifest.json'))) {
    throw new Error(`No production build in ${DIST}: run "npm run build" first.`);
  }
  const executablePath = chromeExecutable();
  const loadVia = options.loadVia ?? (/google-chrome|chrome$/i.test(executablePath) ? 'cdp' : 'flag');
  const profile = mkdtempSync(path.join(tmpdir(), 'pikpak-e2e-'));
  const downloadsDir = useOwnDownloadsFolder(profile);
  const args = [
    `--host-resolver-rules=${hostResolverRules(options.httpsPort)}`,
    // The fake's certificate is self-signed for PikPak's names; only this throwaway profile trusts it.
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...(options.lang === undefined ? [] : [`--lang=${options.lang}`]),
    ...(loadVia === 'flag'
      ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`]
      : ['--enable-unsafe-extension-debugging']),
  ];
  const headless = options.headless ?? true;
  const viewport = options.viewport ?? { width: 1280, height: 800 };
  const { context, stopBrowser } =
    loadVia === 'flag'
      ? await launchWithFlag(profile, executablePath, args, headless, viewport)
      : await launchOverCdp(profile, executablePath, args, headless);
  await leaveDownloadsToTheBrowser(context);
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(firstWorker.url()).host;

  const scope = `chrome-extension://${extensionId}/`;
  // Playwright keeps one Worker object across a stop and restart of the same registration (measured with
  // Chromium 156): evaluating in it works again once the worker runs again.
  let stopped = false;
  const worker = async (): Promise<Worker> => {
    if (stopped) {
      await pressWorkerButton(context, scope, 'start');
      stopped = false;
    }
    return context.serviceWorkers().find((w) => w.url().startsWith(scope)) ?? firstWorker;
  };

  return {
    context,
    extensionId,
    downloadsDir,
    worker,
    async openPage(pagePath, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${pagePath}`);
      return page;
    },
    async stopWorker() {
      await pressWorkerButton(context, scope, 'stop');
      stopped = true;
    },
    async close() {
      await stopBrowser();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Downloads the extension starts (`downloads.download`) are the browser's own, outside Playwright's handling: they go
 * to the profile's download directory, under their own names and sub-folders. The profile's preferences put that
 * directory inside the throwaway profile and turn off the "where to save" prompt.
 */
function useOwnDownloadsFolder(profile: string): string {
  const downloadsDir = path.join(profile, 'Downloads');
  mkdirSync(path.join(profile, 'Default'), { recursive: true });
  mkdirSync(downloadsDir);
  const preferences = { download: { default_directory: downloadsDir, prompt_for_download: false } };
  writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
  return downloadsDir;
}

/**
 * Playwright takes every download of its context and renames it to a GUID, which loses names and folders. Setting the
 * behaviour back to the browser's default makes Chromium save into the profile's download directory.
 */
async function leaveDownloadsToTheBrowser(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  await cdp.detach();
}

/**
 * Presses Start or Stop for the extension's worker on chrome://serviceworker-internals, as Chrome's own
 * "terminate the worker" tutorial does (CDP's ServiceWorker.stopAllWorkers takes headless Chromium down here,
 * and Playwright does not report a worker stopped this way), then waits until the page shows the new state.
 */
async function pressWorkerButton(context: BrowserContext, scope: string, command: 'start' | 'stop'): Promise<void> {
  const internals = await context.newPage();
  try {
    await internals.goto('chrome://serviceworker-internals/');
    // The innermost element that names our scope and has an Unregister button is our registration's block.
    const unregister = internals.locator('[data-command="unregister"]');
    const registration = internals.locator('div').filter({ hasText: scope }).filter({ has: unregister }).last();
    const wanted = command === 'stop' ? 'STOPPED' : 'RUNNING';
    await registration.waitFor();
    // Already there (a worker stops by itself when idle): nothing to press.
    if ((await registration.getByText(`Running Status: ${wanted}`).count()) > 0) return;
    await registration.locator(`[data-command="${command}"]`).click();
    await registration.getByText(`Running Status: ${wanted}`).waitFor({ timeout: 15_000 });
  } finally {
    await internals.close();
  }
}

interface Launched {
  context: BrowserContext;
  stopBrowser: () => Promise<void>;
}

async function launchWithFlag(
  profile: string,
  executablePath: string,
  args: string[],
  headless: boolean,
  viewport: { width: number; height: number },
): Promise<Launched> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    viewport,
  });
  return { context, stopBrowser: () => context.close() };
}

/**
 * Branded Chrome ignores --load-extension. Extensions.loadUnpacked is a browser-level CDP command, which a
 * persistent Playwright context does not expose, so we start the browser ourselves and connect over CDP.
 */
async function launchOverCdp(
  profile: string,
  executablePath: string,
  args: string[],
  headless: boolean,
): Promise<Launched> {
  const child = spawn(
    executablePath,
    [
      ...args,
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      ...(headless ? ['--headless'] : []),
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium printed no DevTools endpoint: ${seen.slice(-500)}`)),
      20_000,
    );
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited with ${code}: ${seen.slice(-500)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Extensions.loadUnpacked' as never, { path: DIST } as never);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context');
  return {
    context,
    async stopBrowser() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await browser.close();
      child.kill();
      await exited;
    },
  };
}
