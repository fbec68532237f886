import browser from 'webextension-polyfill';
import { PIKPAK_DOMAINS } from '../../api/hosts.ts';
import { BRIDGE_READ, BRIDGE_WRITE, type BridgeCommand } from '../../shared/bridge.ts';
import type { WebSessionSnapshot } from '../../shared/web-session.ts';

/**
 * Talks to the session bridge (the content script) in open mypikpak.com tabs. Needs no `tabs` permission:
 * the host permissions for PikPak's web origins let `tabs.query` match their URLs.
 */
const WEB_APP_PATTERNS = PIKPAK_DOMAINS.map((domain) => `https://${domain}/*`);

export async function findPikPakTabs(): Promise<browser.Tabs.Tab[]> {
  const tabs = await browser.tabs.query({ url: WEB_APP_PATTERNS });
  return tabs.filter((tab) => tab.id !== undefined && tab.status !== 'unloaded' && !tab.discarded);
}

/** What each open PikPak tab holds right now; tabs whose bridge does not answer are skipped. */
export async function readSessionsFromTabs(): Promise<WebSessionSnapshot[]> {
  const tabs = await findPikPakTabs();
  const answers = await Promise.all(tabs.map((tab) => send(tab.id!, { type: BRIDGE_READ })));
  return answers.filter((answer): answer is WebSessionSnapshot => typeof answer === 'object' && answer !== null);
}

/**
 * Asks every open PikPak tab to take the stored (newer) pair, so the web app refreshes with a live token. Each
 * bridge writes only under the write-back rule: its page holds a token of the same account that the extension
 * spent. Returns how many tabs took it.
 */
export async function writeSessionToTabs(): Promise<number> {
  const tabs = await findPikPakTabs();
  const results = await Promise.all(tabs.map((tab) => send(tab.id!, { type: BRIDGE_WRITE })));
  return results.filter((result) => result === true).length;
}

/**
 * Opens mypikpak.com in a background tab just long enough for its bridge to report the web app's session,
 * for recovering from a dead refresh token when no PikPak tab is open.
 */
export async function readSessionFromNewTab(timeoutMs = 15_000): Promise<WebSessionSnapshot | undefined> {
  const tab = await browser.tabs.create({ url: 'https://mypikpak.com/drive/all', active: false });
  if (tab.id === undefined) return undefined;
  const tabId = tab.id;
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const answer = await send(tabId, { type: BRIDGE_READ });
      if (typeof answer === 'object' && answer !== null) return answer;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return undefined;
  } finally {
    await browser.tabs.remove(tabId).catch(() => undefined); // The user may have closed it already.
  }
}

async function send(tabId: number, command: BridgeCommand): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, command, { frameId: 0 });
  } catch {
    return undefined; // No bridge in that tab (still loading, or a page the content script does not run on).
  }
}
