import type { Runtime } from 'webextension-polyfill';
import { refreshWith, revoke, signInWithCaptchaToken, signInWithPassword } from '../../api/endpoints/auth.ts';
import { isPikPakError } from '../../api/errors.ts';
import { isPikPakWebOrigin } from '../../api/hosts.ts';
import { accountState } from '../../shared/account.ts';
import {
  isPikPakCheckUrl,
  matchVerifiedCaptcha,
  pendingCheckFor,
  pendingHumanCheck,
} from '../../shared/human-check.ts';
import { verifiedCaptcha } from '../../shared/verified-captcha.ts';
import { RequestError } from '../../shared/messages.ts';
import type { Platform } from '../../shared/platform.ts';
import { isQuestionAnswer, sessionQuestion } from '../../shared/session-question.ts';
import { validateSnapshot, type WebSession } from '../../shared/web-session.ts';
import { pauseSignedOut, publishSignedIn, refreshAccount } from '../session/account.ts';
import { pikpakAs } from '../session/client.ts';
import { errorName, inTurn, receiveOffer } from '../session/offer.ts';
import { answerQuestion, useWebSessionNow } from '../session/questions.ts';
import {
  declinedWebAccounts,
  deviceIdForNewSession,
  parkedSession,
  saveSession,
  sharedWithWebApp,
  storedSession,
  webSessionPaused,
} from '../session/session-store.ts';
import type { Handlers } from '../router.ts';

type SessionHandlerName = Extract<keyof Handlers, `session.${string}`>;
export type SessionHandlers = Pick<Handlers, SessionHandlerName>;

export interface SessionHandlerDeps {
  /** A human check the extension opened was solved: links held for a captcha may go out again. */
  onCaptchaVerified: () => Promise<void>;
}

/** Only the top frame of PikPak's own web app may hand the extension a session or a captcha token. */
function requirePikPakPage(sender: Runtime.MessageSender): void {
  const origin = sender.url ? new URL(sender.url).origin : '';
  if (!isPikPakWebOrigin(origin) || sender.frameId !== 0) {
    throw new RequestError('forbidden', 'Only mypikpak.com may offer a session');
  }
}

/**
 * The `session.*` requests. Trust rules (ARCHITECTURE.md › The session › Trust): a page's session is taken only
 * after PikPak confirmed whose it is, another account only when the user agrees, a page is written to only under
 * the write-back rule, and a captcha token only for a human check the extension opened.
 */
export function createSessionHandlers(deps: SessionHandlerDeps): SessionHandlers {
  return {
    'session.offer': async (payload, sender) => {
      requirePikPakPage(sender);
      // Shapes first: nothing else reads what the page sent before this.
      return receiveOffer(validateSnapshot(payload));
    },

    'session.captchaVerified': async (payload, sender) => {
      requirePikPakPage(sender);
      const record: Record<string, unknown> = typeof payload === 'object' && payload !== null ? { ...payload } : {};
      const verdict = matchVerifiedCaptcha(
        await pendingHumanCheck.get(),
        { captchaToken: record.captchaToken, state: record.state },
        Date.now(),
      );
      if (verdict.kind === 'refuse') {
        // Any website can send the browser to mypikpak.com/loading with a token of its choosing.
        console.warn('Ignored a captcha token no human check of the extension was waiting for', verdict.why);
        return undefined;
      }
      // Once: the pending check is answered.
      await pendingHumanCheck.set(null);
      await verifiedCaptcha.set({ token: verdict.token, at: Date.now() });
      await deps.onCaptchaVerified();
      return undefined;
    },

    /** Pages ask with `refresh` when they open (a person is looking), so profile and quota are re-read then only. */
    'session.status': async ({ refresh } = {}) =>
      refresh && (await storedSession.get()) ? refreshAccount() : accountState.get(),

    'session.useRefreshToken': async ({ refreshToken, platform }) => {
      const token = refreshToken.trim();
      if (!token) throw new RequestError('bad-request', 'Paste a refresh token first');
      if (platform !== 'web' && platform !== 'android') throw new RequestError('bad-request', 'Unknown platform');
      const deviceId = await deviceIdForNewSession();
      // A refresh token only works for the client id it was issued to (pikpak-api.md §9.2): exchange it, and use
      // the session from then on, as the app it came from.
      const tokens = await refreshWith(pikpakAs(platform), token);
      await startOwnSession(tokens, 'token', platform, deviceId);
      return refreshAccount();
    },

    'session.signIn': async ({ username, password, captchaToken }) => {
      const deviceId = await deviceIdForNewSession();
      let tokens: WebSession;
      try {
        tokens = captchaToken
          ? await signInWithCaptchaToken(pikpakAs('web'), { username, password, captchaToken })
          : await signInWithPassword(pikpakAs('web'), { username, password });
      } catch (error) {
        // PikPak wants its puzzle solved first: the options page opens it and comes back with the verified
        // token. Only PikPak's own https pages are opened, and only their answer is taken back.
        if (isPikPakError(error) && error.kind === 'human-check' && error.humanCheckUrl) {
          if (!isPikPakCheckUrl(error.humanCheckUrl)) {
            throw new RequestError('malformed-response', 'The human check is not on a PikPak https page');
          }
          await pendingHumanCheck.set(pendingCheckFor(error.humanCheckUrl, Date.now()));
          return { humanCheckUrl: error.humanCheckUrl };
        }
        throw error;
      }
      await verifiedCaptcha.set(null);
      await pendingHumanCheck.set(null);
      await startOwnSession(tokens, 'password', 'web', deviceId);
      return { state: await refreshAccount() };
    },

    'session.signOut': () =>
      inTurn(async () => {
        const session = await storedSession.get();
        // Revoking a session shared with the web app would log the web app out too: only forget it then.
        if (session && !sharedWithWebApp(session)) {
          await revoke(pikpakAs(session.platform)).catch((error: unknown) =>
            console.warn('Revoking the session failed', errorName(error)),
          );
        }
        await storedSession.set(null);
        await forgetWebSessionState();
        return pauseSignedOut();
      }),

    'session.useWebSession': () => useWebSessionNow(),

    'session.answerQuestion': async (answer) => {
      if (!isQuestionAnswer(answer)) throw new RequestError('bad-request', 'Not an answer');
      return answerQuestion(answer);
    },
  };
}

async function startOwnSession(
  tokens: WebSession,
  source: 'token' | 'password',
  platform: Platform,
  deviceId: string,
): Promise<void> {
  await inTurn(async () => {
    await saveSession({ ...tokens, source, platform, deviceId, updatedAt: Date.now() });
    await forgetWebSessionState();
    await webSessionPaused.set(false);
    await publishSignedIn();
  });
}

/** A session set aside, an open question and declined accounts belong to the account that was in use. */
async function forgetWebSessionState(): Promise<void> {
  await parkedSession.set(null);
  await sessionQuestion.set(null);
  await declinedWebAccounts.set([]);
}
