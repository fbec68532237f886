import browser from 'webextension-polyfill';
import { accountState, type AccountState } from '../shared/account.ts';
import { verifiedCaptcha } from '../shared/verified-captcha.ts';
import { request } from '../shared/messages.ts';
import type { Platform } from '../shared/platform.ts';
import { createAccountStore, type AccountStore } from './account-store.ts';
import { PIKPAK_WEB_URL } from '../shared/pages.ts';

/** The page's account store, wired to the `account` storage item and the background. */
export function createBrowserAccountStore(): AccountStore {
  return createAccountStore({
    read: () => accountState.get(),
    watch: (callback, signal) => accountState.onChanged(callback, signal),
    refresh: () => request('session.status', { refresh: true }),
  });
}

export type SignInAnswer = { signedIn: true } | { humanCheckUrl: string };

/** What the sign-in controls do; pages get them from `browserAccountActions`, tests pass their own. */
export interface AccountActions {
  useRefreshToken: (refreshToken: string, platform: Platform) => Promise<void>;
  signIn: (input: { username: string; password: string; captchaToken?: string }) => Promise<SignInAnswer>;
  signOut: () => Promise<void>;
  /** Lets the extension take the mypikpak.com session again; opens the website when no tab holds one. */
  useWebSession: () => Promise<void>;
  openTab: (url: string) => Promise<void>;
  /** Calls back with each captcha token PikPak's human check hands over, until `signal` aborts. */
  watchVerifiedCaptcha: (callback: (token: string) => void, signal: AbortSignal) => void;
}

/** The session requests, each answer shown through `store` at once. */
export function browserAccountActions(store: AccountStore): AccountActions {
  const show = (state: AccountState) => store.apply(state);
  const openTab = async (url: string) => {
    await browser.tabs.create({ url });
  };
  return {
    async useRefreshToken(refreshToken, platform) {
      show(await request('session.useRefreshToken', { refreshToken, platform }));
    },
    async signIn(input) {
      const answer = await request('session.signIn', input);
      if ('humanCheckUrl' in answer) return { humanCheckUrl: answer.humanCheckUrl };
      show(answer.state);
      return { signedIn: true };
    },
    async signOut() {
      show(await request('session.signOut', undefined));
    },
    async useWebSession() {
      const state = await request('session.useWebSession', undefined);
      show(state);
      // Signed in already when an open PikPak tab held the session; otherwise the website's bridge offers it.
      if (state.status === 'signed-out') await openTab(PIKPAK_WEB_URL);
    },
    openTab,
    // The background stores a token there only for the check it opened (src/shared/human-check.ts).
    watchVerifiedCaptcha(callback, signal) {
      verifiedCaptcha.onChanged((value) => {
        if (value !== null) callback(value.token);
      }, signal);
    },
  };
}
