import browser from 'webextension-polyfill';

/** Extension pages by their path in the build (the manifest names the popup and options; the files tab is an input). */
export const PAGE_PATHS = {
  files: 'src/files/index.html',
  options: 'src/options/index.html',
} as const;

/** Opens the file-browser tab. */
export async function openFileBrowser(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(PAGE_PATHS.files) });
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
  await browser.tabs.create({ url: browser.runtime.getURL(`${PAGE_PATHS.options}#${section}`) });
}
