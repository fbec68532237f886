import browser from 'webextension-polyfill';
import { sharePagePath } from '../../shared/pages.ts';

/** Opens the file browser at a share; the pass code given is remembered first. */
export type OpenShare = (shareId: string, passCode: string | undefined, openerTabId?: number) => Promise<void>;

/**
 * The worker's way to open a share in a tab (context menu, notifications). `remember` is the worker's share-open
 * logic (as `shares.open`), which stores the code for the share: the page never carries it in its address, and asks
 * with the stored code, so the tab opens only once that is done. A failure to remember still opens the tab, where
 * the share asks for its code.
 */
export function createShareOpener(remember: (shareId: string, passCode: string) => Promise<unknown>): OpenShare {
  return async (shareId, passCode, openerTabId) => {
    if (passCode !== undefined) {
      try {
        await remember(shareId, passCode);
      } catch (error) {
        console.warn('Could not open the share to remember its pass code', error);
      }
    }
    await browser.tabs.create({
      url: browser.runtime.getURL(sharePagePath(shareId)),
      // Next to the page the link was on, as a link opened in a new tab would be.
      ...(openerTabId === undefined ? {} : { openerTabId }),
    });
  };
}
