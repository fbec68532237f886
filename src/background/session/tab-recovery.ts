import type { WebSession, WebSessionSnapshot } from '../../shared/web-session.ts';
import { isSpent, saveSession, storedSession } from './session-store.ts';
import { readSessionFromNewTab, readSessionsFromTabs } from './web-tabs.ts';

/**
 * Looks in open mypikpak.com tabs for a pair of the same account that is newer than `current` (the web app
 * refreshed by itself), stores it with the page's device id, and returns it. Called before the extension spends
 * its refresh token, and again when PikPak rejected it.
 */
export async function takeNewerFromTabs(current: WebSession): Promise<WebSession | undefined> {
  return takeNewest(await readSessionsFromTabs(), current);
}

/** How long the extension lets an open web app refresh a pair both hold, before refreshing it itself. */
const WEB_APP_FIRST_MS = 5_000;
const POLL_MS = 250;

/**
 * Before the extension spends the refresh token: when an open mypikpak.com tab holds the same pair, the web app
 * will refresh it too (its access token died with ours). Two refreshers of one token log one of them out
 * (4126), so the web app goes first: wait a few seconds for its newer pair and take that. If no tab holds the
 * pair, or the web app does not refresh in time, the extension refreshes and hands the result to the tabs.
 */
export async function takeNewerFromWebApp(current: WebSession): Promise<WebSession | undefined> {
  const deadline = Date.now() + WEB_APP_FIRST_MS;
  for (;;) {
    const snapshots = await readSessionsFromTabs();
    const newer = await takeNewest(snapshots, current);
    if (newer) return newer;
    // A page still starting holds its web app's refresh until our answer, which waits for this refresh:
    // waiting for that page would only delay both, so only pages whose web app is free count.
    const sharedWithTab = snapshots.some(
      (snapshot) => !snapshot.holding && snapshot.session?.refreshToken === current.refreshToken,
    );
    if (!sharedWithTab || Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** As above, opening mypikpak.com in a background tab when none is open. Only for sessions from the web app. */
export async function takeNewerFromNewTab(current: WebSession): Promise<WebSession | undefined> {
  const snapshot = await readSessionFromNewTab();
  return snapshot ? takeNewest([snapshot], current) : undefined;
}

async function takeNewest(snapshots: WebSessionSnapshot[], current: WebSession): Promise<WebSession | undefined> {
  for (const snapshot of snapshots) {
    const offered = snapshot.session;
    if (!offered || offered.sub !== current.sub || offered.refreshToken === current.refreshToken) continue;
    if (await isSpent(offered.refreshToken)) continue;
    const stored = await storedSession.get();
    if (!stored || stored.source !== 'web') return undefined;
    await saveSession({
      ...stored,
      ...offered,
      deviceId: snapshot.deviceId ?? stored.deviceId,
      updatedAt: Date.now(),
    });
    return offered;
  }
  return undefined;
}
