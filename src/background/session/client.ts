import {
  createPikPakClient,
  type PikPakClient,
  type SessionHooks,
  type SessionTokens,
  type TokenStore,
} from '../../api/client.ts';
import type { Platform } from '../../shared/platform.ts';
import { accountState } from '../../shared/account.ts';
import { storageCaptchaCache } from './captcha-store.ts';
import { deviceIdForNewSession, saveSession, sharedWithWebApp, storedSession } from './session-store.ts';
import { takeNewerFromNewTab, takeNewerFromTabs, takeNewerFromWebApp } from './tab-recovery.ts';
import { writeSessionToTabs } from './web-tabs.ts';

/**
 * The API clients. Tokens are bound to the client id they were issued to (pikpak-api.md §9.2), so there is one
 * client per identity: 'web' for the web app's session, for password sign-in and for pasted web tokens;
 * 'android' for refresh tokens pasted from PikPak's Android app. Each sees the stored session only while it is
 * of its own platform, so a client never spends, overwrites or clears a session of the other identity.
 */
function tokenStoreFor(platform: Platform): TokenStore {
  return {
    async get() {
      const session = await storedSession.get();
      return session?.platform === platform ? pick(session) : undefined;
    },
    async save(tokens) {
      const session = await storedSession.get();
      // A save without a session would be a refresh racing a sign-out: the sign-out wins. A session of the
      // other identity replaced ours while the refresh was on its way: that one wins too.
      if (session?.platform !== platform) return;
      // A refresh token belongs to one account: a pair of another one means the stored pair was not what it
      // claimed. It is never saved, and the call that asked for it fails instead of reaching that account.
      if (tokens.sub !== session.sub) throw new Error('PikPak answered with another account than the session’s');
      await saveSession({ ...session, ...pick(tokens), updatedAt: Date.now() });
    },
    async clear() {
      const session = await storedSession.get();
      if (session && session.platform !== platform) return;
      await storedSession.set(null);
      await accountState.set({ status: 'signed-out', reason: 'signed-out' });
    },
  };
}

function pick(tokens: SessionTokens): SessionTokens {
  return {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: tokens.expiresAt,
    sub: tokens.sub,
  };
}

async function sourceIsWeb(): Promise<boolean> {
  return sharedWithWebApp(await storedSession.get());
}

/**
 * Sharing the session with the web app: only a session borrowed from it (and not kept after it signed out) can
 * come from, or go back to, mypikpak.com; the session bridge writes into a tab only under the write-back rule.
 */
const webAppHooks: SessionHooks = {
  // The web app may have refreshed already, or is about to: take its newer pair instead of spending ours.
  beforeRefresh: async (current) => ((await sourceIsWeb()) ? takeNewerFromWebApp(current) : undefined),
  onRefreshRejected: async (rejected) => {
    if (!(await sourceIsWeb())) return undefined;
    return (await takeNewerFromTabs(rejected)) ?? (await takeNewerFromNewTab(rejected));
  },
  // Hand our rotated pair to open PikPak tabs, so the web app never refreshes with the dead one.
  onTokensChanged: async () => {
    if (await sourceIsWeb()) await writeSessionToTabs();
  },
};

// A cache for this worker's lifetime only (the in-flight refresh, the captcha manager's state); everything that
// must survive a stop is in storage. At most one client per identity: the single-flight refresh lives in the
// client instance, and two refreshers of one rotating token would log each other out (§9.1).
const clients: Partial<Record<Platform, PikPakClient>> = {};

/** The client speaking as `platform`, created on first use. */
export function pikpakAs(platform: Platform): PikPakClient {
  return (clients[platform] ??= createPikPakClient({
    fetch: (input, init) => fetch(input, init),
    platform,
    deviceId: async () => (await storedSession.get())?.deviceId ?? (await deviceIdForNewSession()),
    tokens: tokenStoreFor(platform),
    captchaCache: storageCaptchaCache(platform),
    hooks: platform === 'web' ? webAppHooks : {},
  }));
}

/** The client whose identity matches the stored session (web when there is none). */
export async function pikpak(): Promise<PikPakClient> {
  return pikpakAs((await storedSession.get())?.platform ?? 'web');
}
