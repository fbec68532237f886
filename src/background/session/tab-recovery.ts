import type { WebSession, WebSessionSnapshot } from '../../shared/web-session.ts';
import { isSpent, saveSession, sharedWithWebApp, storedSession } from './session-store.ts';
import { refreshToConfirm, verifyPair } from './verify.ts';
import { readSessionFromNewTab, readSessionsFromTabs, writeSessionToTabs } from './web-tabs.ts';

/**
 * Taking a newer pair from open mypikpak.com tabs, when the web app refreshed by itself. A tab can hold any pair
 * under any `sub` (a script on the page can write one), so a pair is taken only once PikPak confirmed it is the
 * account the extension uses: GET /v1/user/me with its access token. A pair whose access token is dead cannot be
 * confirmed that way; the web app refreshes it soon by itself (and the wait below gives it the time), and only
 * when the extension's own refresh token was refused is such a pair refreshed by the extension to learn whose it
 * is (`refreshToConfirm`), taken if it is the same account, and handed back to the tab.
 */
type Mode = 'confirmed-only' | 'or-refresh-to-confirm';

/** Called when PikPak refused the extension's refresh token: the web app must have rotated it. */
export async function takeNewerFromTabs(current: WebSession): Promise<WebSession | undefined> {
  return takeNewest(await readSessionsFromTabs(), current, new Set(), 'or-refresh-to-confirm');
}

/** How long the extension lets an open web app refresh a pair both hold, before refreshing it itself. */
const WEB_APP_FIRST_MS = 5_000;
const POLL_MS = 250;

/**
 * Before the extension spends the refresh token: when an open mypikpak.com tab holds the same pair, the web app
 * will refresh it too (its access token died with ours). Two refreshers of one token log one of them out
 * (4126), so the web app goes first: wait a few seconds for its newer pair and take that. The same wait when a
 * tab holds a newer pair of the same account that PikPak could not confirm yet (its access token died too): the
 * web app is about to refresh it. If no tab holds such a pair, or the web app does not refresh in time, the
 * extension refreshes its own and hands the result to the tabs.
 */
export async function takeNewerFromWebApp(current: WebSession): Promise<WebSession | undefined> {
  const deadline = Date.now() + WEB_APP_FIRST_MS;
  // Pairs PikPak did not confirm are asked about once per wait, not on every poll.
  const unconfirmed = new Set<string>();
  for (;;) {
    const snapshots = await readSessionsFromTabs();
    const newer = await takeNewest(snapshots, current, unconfirmed, 'confirmed-only');
    if (newer) return newer;
    // A page still starting holds its web app's refresh until our answer, which waits for this refresh:
    // waiting for that page would only delay both, so only pages whose web app is free count.
    const webAppWillRefresh = snapshots.some(
      ({ holding, session }) =>
        !holding &&
        session?.sub === current.sub &&
        (session.refreshToken === current.refreshToken || unconfirmed.has(session.accessToken)),
    );
    if (!webAppWillRefresh || Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** As above, opening mypikpak.com in a background tab when none is open. Only for sessions from the web app. */
export async function takeNewerFromNewTab(current: WebSession): Promise<WebSession | undefined> {
  const snapshot = await readSessionFromNewTab();
  return snapshot ? takeNewest([snapshot], current, new Set(), 'or-refresh-to-confirm') : undefined;
}

/**
 * The first tab pair that claims the same account, is not one the extension spent, and that PikPak confirms as
 * that account; stored with the page's device id. `unconfirmed` collects the access tokens PikPak would not
 * confirm (dead, or another account's).
 */
async function takeNewest(
  snapshots: WebSessionSnapshot[],
  current: WebSession,
  unconfirmed: Set<string>,
  mode: Mode,
): Promise<WebSession | undefined> {
  const stored = await storedSession.get();
  if (!sharedWithWebApp(stored)) return undefined;
  for (const snapshot of snapshots) {
    const offered = snapshot.session;
    if (!offered || offered.sub !== current.sub || offered.refreshToken === current.refreshToken) continue;
    if (await isSpent(offered.refreshToken)) continue;
    const deviceId = snapshot.deviceId ?? stored?.deviceId;
    if (!deviceId) continue;
    if (!unconfirmed.has(offered.accessToken)) {
      const verdict = await verifyPair(offered, deviceId);
      if (verdict.kind === 'verified') return keep(offered, snapshot.deviceId);
      unconfirmed.add(offered.accessToken);
      console.warn('A mypikpak.com tab holds a session PikPak did not confirm', verdict.kind);
      if (verdict.kind === 'forged') continue;
    }
    if (mode !== 'or-refresh-to-confirm') continue;
    const refreshed = await refreshToConfirm(offered, deviceId);
    if (refreshed?.sub !== current.sub) continue; // Not the account in use (or dead): never stored.
    const taken = await keep(refreshed, snapshot.deviceId, [offered.refreshToken]);
    // The tab holds the token just spent for it: hand it the new pair (the write-back rule), as after any refresh.
    if (taken) await writeSessionToTabs().catch(() => 0);
    return taken;
  }
  return undefined;
}

/** Stores a confirmed pair, unless the session changed meanwhile (signed out, another account). */
async function keep(
  pair: WebSession,
  pageDeviceId: string | undefined,
  alsoSpent: readonly string[] = [],
): Promise<WebSession | undefined> {
  const stored = await storedSession.get();
  if (!sharedWithWebApp(stored) || stored.sub !== pair.sub) return undefined;
  const { accessToken, refreshToken, expiresAt, sub } = pair;
  await saveSession(
    {
      ...stored,
      accessToken,
      refreshToken,
      expiresAt,
      sub,
      deviceId: pageDeviceId ?? stored.deviceId,
      updatedAt: Date.now(),
    },
    alsoSpent,
  );
  return { accessToken, refreshToken, expiresAt, sub };
}
