import browser from 'webextension-polyfill';
import { filesPagePath, optionsPagePath } from '../shared/pages.ts';

/** Opens the file-browser tab. */
export async function openFileBrowser(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(filesPagePath()) });
}

/**
 * Opens the options page, at a section when given. `openOptionsPage()` cannot carry a fragment, so a section
 * opens through a tab of its own.
 */
export async function openOptions(section?: string): Promise<void> {
  if (section === undefined) {
    await browser.runtime.openOptionsPage();
    return;
  }
  await browser.tabs.create({ url: browser.runtime.getURL(optionsPagePath(section)) });
}
