/**
 * Where the browsers the tests and the demo drive usually live on Linux, macOS and Windows, so `npm test` and
 * `npm run demo` work on a contributor's machine without configuration, and say in one sentence what to install
 * when a browser is missing (before anything is built or launched) instead of failing deep inside a launch.
 * `CHROME_BIN` / `FIREFOX_BIN` name a browser explicitly and always win.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export type BrowserName = 'chrome' | 'firefox';

interface Candidates {
  env: string;
  linux: string[];
  darwin: string[];
  win32: string[];
  install: Record<'linux' | 'darwin' | 'win32', string>;
}

/** Windows programs live under these roots; a user-level install under LOCALAPPDATA. */
function windowsRoots(): string[] {
  const roots = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA];
  return roots.filter((root): root is string => typeof root === 'string' && root !== '');
}

function onWindows(...relative: string[]): string[] {
  return windowsRoots().flatMap((root) => relative.map((file) => path.join(root, file)));
}

const CANDIDATES: Record<BrowserName, Candidates> = {
  chrome: {
    env: 'CHROME_BIN',
    linux: [
      // Debian's /usr/bin/chromium is a wrapper script that prints a harmless shell error; the binary behind it does not.
      '/usr/lib/chromium/chromium',
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/usr/bin/microsoft-edge',
    ],
    darwin: [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    ],
    win32: onWindows(
      'Chromium\\Application\\chrome.exe',
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ),
    install: {
      linux:
        'install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_BIN to a Chrome or Chromium',
      darwin: 'install Chromium or Google Chrome into /Applications, or set CHROME_BIN to its executable',
      win32: 'install Google Chrome or Chromium, or set CHROME_BIN to its chrome.exe',
    },
  },
  firefox: {
    env: 'FIREFOX_BIN',
    linux: ['/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'],
    darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
    win32: onWindows('Mozilla Firefox\\firefox.exe'),
    install: {
      linux:
        'install Firefox (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_BIN to a Firefox 140 or newer',
      darwin: 'install Firefox into /Applications, or set FIREFOX_BIN to its executable',
      win32: 'install Firefox, or set FIREFOX_BIN to its firefox.exe',
    },
  },
};

function platformKey(): 'linux' | 'darwin' | 'win32' {
  return process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
}

/** The browser's executable: its environment variable when set, else the first usual place that exists. */
export function findBrowser(name: BrowserName): string | undefined {
  const candidates = CANDIDATES[name];
  const named = process.env[candidates.env];
  if (named) return named;
  return candidates[platformKey()].find((file) => existsSync(file));
}

/** One sentence saying what is missing and what to install, or undefined when the browser is there. */
export function missingBrowserMessage(name: BrowserName): string | undefined {
  const candidates = CANDIDATES[name];
  const named = process.env[candidates.env];
  if (named && !existsSync(named)) return `${candidates.env} names ${named}, which does not exist.`;
  if (findBrowser(name)) return undefined;
  const label = name === 'chrome' ? 'No Chrome or Chromium was found' : 'No Firefox was found';
  return `${label}: ${candidates.install[platformKey()]}.`;
}

/** The executable, or an Error carrying the one-sentence message (for code that launches the browser). */
export function requireBrowser(name: BrowserName): string {
  const found = findBrowser(name);
  if (found) return found;
  throw new Error(missingBrowserMessage(name));
}

/** Says what is missing of `names`, one sentence each, and exits; returns when every one is there. */
export function exitUnlessBrowsersFound(names: readonly BrowserName[]): void {
  const missing = names.map(missingBrowserMessage).filter((message) => message !== undefined);
  if (missing.length === 0) return;
  for (const message of missing) console.error(message);
  process.exit(1);
}
