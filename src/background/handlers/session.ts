import browser, { type Runtime } from 'webextension-polyfill';
import { refreshWith, revoke, signInWithCaptchaToken, signInWithPassword } from '../../api/endpoints/auth.ts';
import { isPikPakError } from '../../api/errors.ts';
import { isPikPakWebOrigin } from '../../api/hosts.ts';
import { accountState } from '../../shared/account.ts';
import { RequestError } from '../../shared/messages.ts';
import type { Platform } from '../../shared/platform.ts';
import { validateSnapshot, type WebSession } from '../../shared/web-session.ts';
import { pikpakAs } from '../session/client.ts';
import { publishSignedIn, refreshAccount } from '../session/account.ts';
import { decideOnOffer } from '../../shared/offer-decision.ts';
import {
  deviceIdForNewSession,
  isSpent,
  saveSession,
  storedSession,
  webSessionPaused,
  type StoredSession,
} from '../session/session-store.ts';
import { readSessionsFromTabs } from '../session/web-tabs.ts';
import type { Handlers } from '../router.ts';

/** Where PikPak's human check leaves the verified captcha token for the options page (extension pages only). */
const VERIFIED_CAPTCHA_KEY = 'verifiedCaptcha';

/** Only the top frame of PikPak's own web app may hand the extension a session. */
function requirePikPakPage(sender: Runtime.MessageSender): void {
  const origin = sender.url ? new URL(sender.url).origin : '';
  if (!isPikPakWebOrigin(origin) || sender.frameId !== 0) {
    throw new RequestError('forbidden', 'Only mypikpak.com may offer a session');
  }
}

async function adoptWebSession(offered: WebSession, deviceId: string | undefined): Promise<void> {
  const current = await storedSession.get();
  const next: StoredSession = {
    accessToken: offered.accessToken,
    refreshToken: offered.refreshToken,
    expiresAt: offered.expiresAt,
    sub: offered.sub,
    source: 'web',
    platform: 'web',
    // The page's own device id, so PikPak sees one device and captcha tokens match (pikpak-api.md §2.4).
    deviceId: deviceId ?? current?.deviceId ?? (await deviceIdForNewSession()),
    updatedAt: Date.now(),
  };
  await saveSession(next);
  await publishSignedIn();
}

export const offerSession: Handlers['session.offer'] = async (payload, sender) => {
  requirePikPakPage(sender);
  const snapshot = validateSnapshot(payload);
  // A refresh of ours on its way is about to spend the token the page holds: answer with its result, which
  // the page stores before its own refresh goes out (the token guard holds that until this answer).
  await pikpakAs('web').refreshSettled();
  const current = await storedSession.get();
  const decision = decideOnOffer({
    current,
    offered: snapshot.session,
    offeredIsSpent: snapshot.session ? await isSpent(snapshot.session.refreshToken) : false,
    paused: await webSessionPaused.get(),
  });
  switch (decision.kind) {
    case 'adopt': {
      const before = await accountState.get();
      await adoptWebSession(snapshot.session!, snapshot.deviceId);
      // Profile and quota for the popup, only for an account not known yet: the web app refreshing its token
      // every couple of hours must not make the extension call PikPak. The page does not wait for them.
      const known = before.status === 'signed-in' && before.sub === snapshot.session!.sub;
      if (!known)
        refreshAccount().catch((error: unknown) => console.warn('Reading the account failed', errorName(error)));
      return {};
    }
    case 'write-back': {
      const { accessToken, refreshToken, expiresAt, sub } = current!;
      return { write: { accessToken, refreshToken, expiresAt, sub } };
    }
    case 'ignore':
      return {};
  }
};

export const captchaVerified: Handlers['session.captchaVerified'] = async ({ captchaToken }, sender) => {
  requirePikPakPage(sender);
  if (typeof captchaToken !== 'string' || !captchaToken.startsWith('ck0.')) {
    throw new RequestError('bad-request', 'Not a captcha token');
  }
  await browser.storage.session.set({ [VERIFIED_CAPTCHA_KEY]: { token: captchaToken, at: Date.now() } });
  return undefined;
};

/** Pages ask with `refresh` when they open (a person is looking), so profile and quota are re-read then only. */
export const sessionStatus: Handlers['session.status'] = async ({ refresh } = {}) =>
  refresh && (await storedSession.get()) ? refreshAccount() : accountState.get();

export const useRefreshToken: Handlers['session.useRefreshToken'] = async ({ refreshToken, platform }) => {
  const token = refreshToken.trim();
  if (!token) throw new RequestError('bad-request', 'Paste a refresh token first');
  if (platform !== 'web' && platform !== 'android') throw new RequestError('bad-request', 'Unknown platform');
  const deviceId = await deviceIdForNewSession();
  // A refresh token only works for the client id it was issued to (pikpak-api.md §9.2): exchange it, and use
  // the session from then on, as the app it came from.
  const tokens = await refreshWith(pikpakAs(platform), token);
  await startOwnSession(tokens, 'token', platform, deviceId);
  return refreshAccount();
};

export const signIn: Handlers['session.signIn'] = async ({ username, password, captchaToken }) => {
  const deviceId = await deviceIdForNewSession();
  let tokens: WebSession;
  try {
    tokens = captchaToken
      ? await signInWithCaptchaToken(pikpakAs('web'), { username, password, captchaToken })
      : await signInWithPassword(pikpakAs('web'), { username, password });
  } catch (error) {
    // PikPak wants its puzzle solved first: the options page opens it and comes back with the verified token.
    if (isPikPakError(error) && error.kind === 'human-check' && error.humanCheckUrl) {
      return { humanCheckUrl: error.humanCheckUrl };
    }
    throw error;
  }
  await browser.storage.session.remove(VERIFIED_CAPTCHA_KEY);
  await startOwnSession(tokens, 'password', 'web', deviceId);
  return { state: await refreshAccount() };
};

async function startOwnSession(
  tokens: WebSession,
  source: 'token' | 'password',
  platform: Platform,
  deviceId: string,
): Promise<void> {
  await saveSession({ ...tokens, source, platform, deviceId, updatedAt: Date.now() });
  await webSessionPaused.set(false);
  await publishSignedIn();
}

export const signOut: Handlers['session.signOut'] = async () => {
  const session = await storedSession.get();
  // Revoking a session borrowed from the web app would log the web app out too: only forget it then.
  if (session && session.source !== 'web') {
    await revoke(pikpakAs(session.platform)).catch((error: unknown) =>
      console.warn('Revoking the session failed', errorName(error)),
    );
  }
  await storedSession.set(null);
  await webSessionPaused.set(true);
  const state = { status: 'signed-out', webSessionPaused: true } as const;
  await accountState.set(state);
  return state;
};

export const useWebSession: Handlers['session.useWebSession'] = async () => {
  await webSessionPaused.set(false);
  for (const snapshot of await readSessionsFromTabs()) {
    if (snapshot.session) {
      await adoptWebSession(snapshot.session, snapshot.deviceId);
      return refreshAccount();
    }
  }
  const state = { status: 'signed-out' } as const;
  await accountState.set(state);
  return state;
};

/** Errors are logged by kind and name only: their text could echo a request that carried a token. */
function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'kind' in error) return String(error.kind);
  return error instanceof Error ? error.name : 'unknown';
}
