import browser from 'webextension-polyfill';
import { accountState, type AccountState } from '../shared/account.ts';
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

/** The human check leaves its token here (written by the background, readable by extension pages). */
const VERIFIED_CAPTCHA_KEY = 'verifiedCaptcha';

function verifiedToken(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('token' in value)) return undefined;
  return typeof value.token === 'string' && value.token !== '' ? value.token : undefined;
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
    watchVerifiedCaptcha(callback, signal) {
      const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
        const token = area === 'session' ? verifiedToken(changes[VERIFIED_CAPTCHA_KEY]?.newValue) : undefined;
        if (token !== undefined) callback(token);
      };
      browser.storage.onChanged.addListener(listener);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
    },
  };
}
