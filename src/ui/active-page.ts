import browser from 'webextension-polyfill';

/**
 * The address of the tab the popup belongs to: the active tab of its window. Its URL is readable because clicking
 * the toolbar button grants `activeTab` for that tab (no `tabs` permission); without that grant the URL is absent
 * and no rule applies. The extension's own pages are no website.
 */
export async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url;
  return url === undefined || url.startsWith(browser.runtime.getURL('')) ? undefined : url;
}
