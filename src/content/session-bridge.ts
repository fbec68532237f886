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
import { decideOnOffer } from '../shared/offer-decision.ts';
import { isSpent, storedSession } from '../shared/session-items.ts';
import { readWebSession, toWebCredentials, WEB_CREDENTIALS_KEY, type WebSession } from '../shared/web-session.ts';

/** How often an open tab looks for a token the web app refreshed by itself: a local read, no network. */
const WATCH_INTERVAL_MS = 2_000;

let lastSeen = localStorage.getItem(WEB_CREDENTIALS_KEY);
/** True until the first check is done: the token guard holds the web app's refreshes until then. */
let holding = true;

function write(session: WebSession): void {
  const value = JSON.stringify(toWebCredentials(session, Date.now()));
  localStorage.setItem(WEB_CREDENTIALS_KEY, value);
  lastSeen = value;
}

/**
 * Hands the page a newer pair straight from extension storage when its own is one the extension rotated away.
 * A storage read is answered without waking the background, so this lands before the web app's code reads the
 * session; the background's answer to the offer would come a worker start-up later.
 */
async function writeNewerPairFirst(): Promise<void> {
  const offered = readWebSession(localStorage).session;
  if (!offered) return;
  const current = await storedSession.get();
  const offeredIsSpent = await isSpent(offered.refreshToken);
  if (current && decideOnOffer({ current, offered, offeredIsSpent, paused: false }).kind === 'write-back') {
    const { accessToken, refreshToken, expiresAt, sub } = current;
    write({ accessToken, refreshToken, expiresAt, sub });
  }
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
  if (message.type === BRIDGE_READ) return Promise.resolve({ ...readWebSession(localStorage), holding });
  if (message.type === BRIDGE_WRITE) {
    write(message.session);
    return Promise.resolve(true);
  }
  return undefined;
});

// The token guard (token-guard.ts, in the page's world) holds the web app's refreshes until this is done:
// a newer pair from storage is written at once, and the background's answer (which waits for a refresh of
// its own that may be on its way) is written before the guard lets the web app's refresh go.
const announceChecked = () => {
  holding = false;
  document.dispatchEvent(new CustomEvent('pikpak-companion:session-checked'));
};
void writeNewerPairFirst().catch(reportFailure).then(offer).catch(reportFailure).finally(announceChecked);
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
