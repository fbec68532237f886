import browser from 'webextension-polyfill';
import { accountState, type AccountState } from '../shared/account.ts';
import { popupPagePath } from '../shared/pages.ts';

/** The popup's URL for an account state: its `sub` while signed in (`popupPagePath`). */
export function popupPathFor(state: AccountState): string {
  return popupPagePath(state.status === 'signed-in' ? state.sub : undefined);
}

/**
 * Points the toolbar button at the popup URL naming the stored account, now (a browser restart resets it to the
 * manifest's) and whenever the account changes, so that the popup's pre-paint never shows another account's
 * cached tasks (src/popup/prepaint-core.ts).
 */
export function followPopupAccount(): void {
  const point = (state: AccountState) =>
    browser.action.setPopup({ popup: popupPathFor(state) }).catch((error: unknown) => {
      console.warn('Could not set the popup URL', error);
    });
  accountState.onChanged((state) => void point(state));
  accountState.get().then(point, (error: unknown) => console.warn('Could not read the account', error));
}
