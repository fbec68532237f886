import type { WebSession, WebSessionSnapshot } from '../../shared/web-session.ts';
import { isSpent, saveSession, sharedWithWebApp, storedSession } from './session-store.ts';
import { verifyPair } from './verify.ts';
import { readSessionFromNewTab, readSessionsFromTabs } from './web-tabs.ts';

/**
 * Looks in open mypikpak.com tabs for a pair of the same account that is newer than `current` (the web app
 * refreshed by itself), confirmed as that account by PikPak, stores it with the page's device id, and returns it.
 * Called before the extension spends its refresh token, and again when PikPak rejected it.
 */
export async function takeNewerFromTabs(current: WebSession): Promise<WebSession | undefined> {
  return takeNewest(await readSessionsFromTabs(), current, new Set());
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
  // Pairs PikPak did not confirm are asked about once per wait, not on every poll.
  const refused = new Set<string>();
  for (;;) {
    const snapshots = await readSessionsFromTabs();
    const newer = await takeNewest(snapshots, current, refused);
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
  return snapshot ? takeNewest([snapshot], current, new Set()) : undefined;
}

/**
 * The first tab pair that claims the same account, is not one the extension spent, and that PikPak confirms as
 * that account (GET /v1/user/me with its access token; its refresh token is never spent to check). A page can
 * write any pair under any `sub`; an unconfirmed one is skipped, as if the tab held nothing.
 */
async function takeNewest(
  snapshots: WebSessionSnapshot[],
  current: WebSession,
  refused: Set<string>,
): Promise<WebSession | undefined> {
  if (!sharedWithWebApp(await storedSession.get())) return undefined;
  for (const snapshot of snapshots) {
    const offered = snapshot.session;
    if (!offered || offered.sub !== current.sub || offered.refreshToken === current.refreshToken) continue;
    if (refused.has(offered.accessToken) || (await isSpent(offered.refreshToken))) continue;
    const deviceId = snapshot.deviceId ?? (await storedSession.get())?.deviceId;
    const verdict = deviceId ? await verifyPair(offered, deviceId) : undefined;
    if (verdict?.kind !== 'verified') {
      refused.add(offered.accessToken);
      console.warn('Skipped an unconfirmed session in a mypikpak.com tab', verdict?.kind ?? 'no device id');
      continue;
    }
    // Read again: the session may have changed while PikPak answered.
    const stored = await storedSession.get();
    if (!sharedWithWebApp(stored) || stored.sub !== offered.sub) return undefined;
    await saveSession({ ...stored, ...offered, deviceId: snapshot.deviceId ?? stored.deviceId, updatedAt: Date.now() });
    return offered;
  }
  return undefined;
}
