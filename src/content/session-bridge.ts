/**
 * The session bridge on mypikpak.com (and its .net mirror), from `document_start`.
 * - Offers the web app's session to the background as soon as the page starts, and again whenever the web app
 *   changes it (it refreshes its own token), so the extension never spends a token the web app already rotated.
 * - Stores the newer pair the background answers with, before the web app's deferred code reads it, so the web
 *   app never refreshes with a token the extension already rotated.
 * - Answers the background's read/write commands for open tabs.
 * - Tells the background when the web app's session disappears (it signed out), so the borrowed session pauses.
 * - On /loading after PikPak's human check, hands the verified captcha token to the background.
 * It holds no state of its own and calls no server.
 */
import browser from 'webextension-polyfill';
import { BRIDGE_READ, BRIDGE_WRITE, isBridgeCommand } from '../shared/bridge.ts';
import { request } from '../shared/messages.ts';
import { mayWriteBack } from '../shared/offer-decision.ts';
import { isSpent, storedSession, webSessionPaused } from '../shared/session-items.ts';
import { readWebSession, toWebCredentials, WEB_CREDENTIALS_KEY, type WebSession } from '../shared/web-session.ts';

/** How often an open tab looks for a token the web app refreshed by itself: a local read, no network. */
const WATCH_INTERVAL_MS = 2_000;

let lastSeen = localStorage.getItem(WEB_CREDENTIALS_KEY);
/** The account the page held at its last offer: when its session disappears, the web app signed out. */
let lastSub = readWebSession(localStorage).session?.sub;
/** True until the first check is done: the token guard holds the web app's refreshes until then. */
let holding = true;

function write(session: WebSession): void {
  const value = JSON.stringify(toWebCredentials(session, Date.now()));
  localStorage.setItem(WEB_CREDENTIALS_KEY, value);
  lastSeen = value;
}

/**
 * The write-back rule, checked here against the page's storage as it is at this moment: the extension's pair goes
 * into the page only when the page holds a token of the same account that the extension spent, and the session is
 * shared with the web app (not paused, not kept after the web app signed out). So a page that holds no session,
 * or another account's, is never signed in by the extension. Returns whether it wrote.
 */
async function writeBackIfDue(): Promise<boolean> {
  const offered = readWebSession(localStorage).session;
  if (!offered) return false;
  const [current, paused, offeredIsSpent] = await Promise.all([
    storedSession.get(),
    webSessionPaused.get(),
    isSpent(offered.refreshToken),
  ]);
  // The page may have changed while storage answered.
  if (readWebSession(localStorage).session?.refreshToken !== offered.refreshToken) return false;
  if (!current || !mayWriteBack({ current, offered, offeredIsSpent, paused })) return false;
  const { accessToken, refreshToken, expiresAt, sub } = current;
  write({ accessToken, refreshToken, expiresAt, sub });
  return true;
}

async function offer(): Promise<void> {
  lastSeen = localStorage.getItem(WEB_CREDENTIALS_KEY);
  const snapshot = readWebSession(localStorage);
  const left = !snapshot.session && lastSub !== undefined ? lastSub : undefined;
  lastSub = snapshot.session?.sub;
  const answer = await request('session.offer', { ...snapshot, ...(left === undefined ? {} : { left }) });
  // The background holds a newer pair: it is read from storage, and the rule is checked again against the page as it is now.
  if (answer.writeBack) await writeBackIfDue();
}

function offerIfChanged(): void {
  if (localStorage.getItem(WEB_CREDENTIALS_KEY) !== lastSeen) void offer().catch(reportFailure);
}

function reportFailure(error: unknown): void {
  console.warn('PikPak Companion could not reach its background', error instanceof Error ? error.message : error);
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isBridgeCommand(message)) return undefined;
  if (message.type === BRIDGE_READ) return Promise.resolve({ ...readWebSession(localStorage), holding });
  // The background's newer pair after a refresh of its own: written under the write-back rule only.
  if (message.type === BRIDGE_WRITE) return writeBackIfDue();
  return undefined;
});

// The token guard (token-guard.ts, in the page's world) holds the web app's refreshes until this is done:
// a newer pair from storage is written at once (a storage read does not wait for the worker to wake), and the
// background's answer (which waits for a refresh of its own that may be on its way) before the guard lets the
// web app's refresh go.
const announceChecked = () => {
  holding = false;
  document.dispatchEvent(new CustomEvent('pikpak-companion:session-checked'));
};
void writeBackIfDue().catch(reportFailure).then(offer).catch(reportFailure).finally(announceChecked);
setInterval(offerIfChanged, WATCH_INTERVAL_MS);
document.addEventListener('visibilitychange', offerIfChanged);
// Another tab of the web app changed the session: the `storage` event reports it at once.
window.addEventListener('storage', (event) => {
  if (event.key === WEB_CREDENTIALS_KEY) offerIfChanged();
});

// PikPak's human check sends the browser here with the verified token and the check's state; the background
// takes it only for a check it opened.
const verified = new URL(location.href);
const captchaToken = verified.searchParams.get('captcha_token');
const state = verified.searchParams.get('state');
if (verified.pathname === '/loading' && captchaToken) {
  void request('session.captchaVerified', { captchaToken, ...(state ? { state } : {}) }).catch(reportFailure);
}
