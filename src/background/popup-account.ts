import browser from 'webextension-polyfill';
import { accountState, type AccountState } from '../shared/account.ts';
import { popupPagePath } from '../shared/pages.ts';

/** The popup's URL for an account state: its `sub` while signed in (`popupPagePath`). */
export function popupPathFor(state: AccountState): string {
  return popupPagePath(state.status === 'signed-in' ? state.sub : undefined);
}

/**
 * Points the toolbar button at the popup URL naming the stored account whenever the account changes, and when the
 * browser starts or the extension is installed or updated (both reset it to the manifest's), so that the popup's
 * pre-paint never shows another account's cached tasks (src/popup/prepaint-core.ts). The browser keeps the URL
 * while it runs, so a worker that merely restarts has nothing to do. Registered in the worker's first turn.
 */
export function followPopupAccount(): void {
  const point = (state: AccountState) =>
    browser.action.setPopup({ popup: popupPathFor(state) }).catch((error: unknown) => {
      console.warn('Could not set the popup URL', error);
    });
  const pointAtStored = () => {
    accountState.get().then(point, (error: unknown) => console.warn('Could not read the account', error));
  };
  accountState.onChanged((state) => void point(state));
  browser.runtime.onStartup.addListener(pointAtStored);
  browser.runtime.onInstalled.addListener(pointAtStored);
}
