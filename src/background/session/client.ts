import { createPikPakClient, type PikPakClient, type SessionTokens, type TokenStore } from '../../api/client.ts';
import { accountState } from '../../shared/account.ts';
import { deviceIdForNewSession, saveSession, storedSession } from './session-store.ts';
import { takeNewerFromNewTab, takeNewerFromTabs, takeNewerFromWebApp } from './tab-recovery.ts';
import { writeSessionToTabs } from './web-tabs.ts';

/** The API client's view of the stored session: it reads the pair, saves rotated pairs, and clears it. */
const tokenStore: TokenStore = {
  async get() {
    const session = await storedSession.get();
    return session ? pick(session) : undefined;
  },
  async save(tokens) {
    const session = await storedSession.get();
    // A save without a session would be a refresh racing a sign-out: the sign-out wins.
    if (!session) return;
    await saveSession({ ...session, ...pick(tokens), updatedAt: Date.now() });
  },
  async clear() {
    await storedSession.set(null);
    await accountState.set({ status: 'signed-out', reason: 'signed-out' });
  },
};

function pick(tokens: SessionTokens): SessionTokens {
  return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt, sub: tokens.sub };
}

async function sourceIsWeb(): Promise<boolean> {
  return (await storedSession.get())?.source === 'web';
}

// A cache for this worker's lifetime only (captcha tokens, the in-flight refresh); everything that must
// survive a stop is in storage.
let client: PikPakClient | undefined;

export function pikpak(): PikPakClient {
  client ??= createPikPakClient({
    fetch: (input, init) => fetch(input, init),
    deviceId: async () => (await storedSession.get())?.deviceId ?? (await deviceIdForNewSession()),
    tokens: tokenStore,
    hooks: {
      // The web app may have refreshed already, or is about to: take its newer pair instead of spending ours.
      beforeRefresh: async (current) => ((await sourceIsWeb()) ? takeNewerFromWebApp(current) : undefined),
      onRefreshRejected: async (rejected) => {
        if (!(await sourceIsWeb())) return undefined;
        return (await takeNewerFromTabs(rejected)) ?? (await takeNewerFromNewTab(rejected));
      },
      // Hand our rotated pair to open PikPak tabs, so the web app never refreshes with the dead one.
      onTokensChanged: async (tokens) => {
        if (await sourceIsWeb()) await writeSessionToTabs(tokens);
      },
    },
  });
  return client;
}
