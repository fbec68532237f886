import browser from 'webextension-polyfill';
import { filesPagePath, optionsPagePath, playerPagePath } from '../shared/pages.ts';

/** Opens the file-browser tab. */
export async function openFileBrowser(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(filesPagePath()) });
}

/** Opens the player for a video, audio or image file in a new tab (it finds the file's folder itself). */
export async function openPlayer(fileId: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(playerPagePath(fileId)) });
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
