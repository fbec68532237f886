import browser from 'webextension-polyfill';
import { request } from '../shared/messages.ts';
import { sharePagePath } from '../shared/pages.ts';

/**
 * Opens the file browser at a share in a new tab. A pass code is handed to the worker first (`shares.open`
 * remembers it), since the page's address never carries it; a share that cannot be opened now still opens its tab,
 * which says why (or asks for the code).
 */
export async function openShareTab(shareId: string, passCode: string | undefined): Promise<void> {
  if (passCode !== undefined) {
    await request('shares.open', { shareId, passCode }).catch((error: unknown) =>
      console.warn('Could not remember the pass code', error),
    );
  }
  await browser.tabs.create({ url: browser.runtime.getURL(sharePagePath(shareId)) });
}
