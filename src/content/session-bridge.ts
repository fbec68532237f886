/**
 * The session bridge on mypikpak.com (and its .net mirror), from `document_start`.
 * - Offers the web app's session to the background as soon as the page starts, and again whenever the web app
 *   changes it (it refreshes its own token), so the extension never spends a token the web app already rotated.
 * - Stores the newer pair the background answers with, before the web app's deferred code reads it, so the web
 *   app never refreshes with a token the extension already rotated.
 * - Answers the background's read/write commands for open tabs.
 * - On /loading after PikPak's human check, hands the verified captcha token to the background.
 * It holds no state of its own and calls no server.
 */
import browser from 'webextension-polyfill';
import { BRIDGE_READ, BRIDGE_WRITE, isBridgeCommand } from '../shared/bridge.ts';
import { request } from '../shared/messages.ts';
import { readWebSession, toWebCredentials, WEB_CREDENTIALS_KEY, type WebSession } from '../shared/web-session.ts';

/** How often an open tab looks for a token the web app refreshed by itself: a local read, no network. */
const WATCH_INTERVAL_MS = 2_000;

let lastSeen = localStorage.getItem(WEB_CREDENTIALS_KEY);

function write(session: WebSession): void {
  const value = JSON.stringify(toWebCredentials(session, Date.now()));
  localStorage.setItem(WEB_CREDENTIALS_KEY, value);
  lastSeen = value;
}

async function offer(): Promise<void> {
  lastSeen = localStorage.getItem(WEB_CREDENTIALS_KEY);
  const answer = await request('session.offer', readWebSession(localStorage));
  if (answer.write) write(answer.write);
}

function offerIfChanged(): void {
  if (localStorage.getItem(WEB_CREDENTIALS_KEY) !== lastSeen) void offer().catch(reportFailure);
}

function reportFailure(error: unknown): void {
  console.warn('PikPak Companion could not reach its background', error instanceof Error ? error.message : error);
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isBridgeCommand(message)) return undefined;
  if (message.type === BRIDGE_READ) return Promise.resolve(readWebSession(localStorage));
  if (message.type === BRIDGE_WRITE) {
    write(message.session);
    return Promise.resolve(true);
  }
  return undefined;
});

void offer().catch(reportFailure);
setInterval(offerIfChanged, WATCH_INTERVAL_MS);
document.addEventListener('visibilitychange', offerIfChanged);
// Another tab of the web app changed the session: the `storage` event reports it at once.
window.addEventListener('storage', (event) => {
  if (event.key === WEB_CREDENTIALS_KEY) offerIfChanged();
});

const verified = new URL(location.href);
const captchaToken = verified.searchParams.get('captcha_token');
if (verified.pathname === '/loading' && captchaToken) {
  void request('session.captchaVerified', { captchaToken }).catch(reportFailure);
}
