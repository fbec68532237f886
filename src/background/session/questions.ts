import { accountState, type AccountState } from '../../shared/account.ts';
import { RequestError } from '../../shared/messages.ts';
import { sessionQuestion, type AccountLabel, type QuestionAnswer } from '../../shared/session-question.ts';
import type { WebSession, WebSessionSnapshot } from '../../shared/web-session.ts';
import type { UserProfile } from '../../shared/domain.ts';
import { pauseSignedOut, publishSignedIn, refreshAccount } from './account.ts';
import { adoptWebSession, errorName, inTurn } from './offer.ts';
import {
  declinedWebAccounts,
  deviceIdForNewSession,
  parkedSession,
  storedSession,
  webSessionPaused,
} from './session-store.ts';
import { revokePair, verifyPair } from './verify.ts';
import { readSessionFromNewTab, readSessionsFromTabs } from './web-tabs.ts';

/** How many declined accounts are remembered. */
const DECLINED_KEPT = 5;

/**
 * The user's answer to the open session question (src/shared/session-question.ts). An answer to a question that
 * is no longer open, or about another account than the one asked about, changes nothing.
 */
export function answerQuestion(answer: QuestionAnswer): Promise<AccountState> {
  return inTurn(async () => {
    const question = await sessionQuestion.get();
    if (
      question?.kind === 'switch-account' &&
      answer.kind === 'switch-account' &&
      question.offered.sub === answer.sub
    ) {
      return answer.choice === 'switch' ? switchTo(question.offered) : keepCurrent(question.offered.sub);
    }
    if (question?.kind === 'web-signed-out' && answer.kind === 'web-signed-out') {
      return answer.choice === 'keep-using' ? keepUsing() : signOutToo();
    }
    throw new RequestError('bad-request', 'That question is no longer open');
  });
}

/**
 * "Switch": the account the question named, as a mypikpak.com tab holds it now (its pair may have been refreshed
 * since the question was asked), confirmed by PikPak again. No tab holding it: the question is void.
 */
async function switchTo(offered: AccountLabel): Promise<AccountState> {
  let found = await confirmedIn(await readSessionsFromTabs(), offered.sub);
  if (!found) {
    const opened = await readSessionFromNewTab();
    found = opened ? await confirmedIn([opened], offered.sub) : undefined;
  }
  await sessionQuestion.set(null);
  if (!found) throw new RequestError('not-found', 'mypikpak.com is no longer signed in to that account');
  await adoptWebSession(found.session, found.deviceId, found.profile);
  return accountState.get();
}

/** "Keep": the account in use stays (a session set aside is taken back, no longer shared); not asked again. */
async function keepCurrent(declined: string): Promise<AccountState> {
  await declinedWebAccounts.set([declined, ...(await declinedWebAccounts.get())].slice(0, DECLINED_KEPT));
  return keepUsing();
}

/** "Keep using it" after the web app signed out: the session is the extension's alone from now on. */
async function keepUsing(): Promise<AccountState> {
  await sessionQuestion.set(null);
  return (await unpark()) ?? accountState.get();
}

async function unpark(): Promise<AccountState | undefined> {
  const parked = await parkedSession.get();
  if (!parked) return undefined;
  if (!(await storedSession.get())) await storedSession.set({ ...parked, detached: true, updatedAt: Date.now() });
  await parkedSession.set(null);
  await publishSignedIn();
  return refreshAccount();
}

/**
 * "Sign out here too": the session set aside is ended at PikPak (no tab holds it any more) and forgotten; the
 * extension takes the web app's session again only when asked, as after any sign-out.
 */
async function signOutToo(): Promise<AccountState> {
  const parked = await parkedSession.get();
  if (parked) {
    await revokePairQuietly(parked, parked.deviceId);
    await parkedSession.set(null);
  }
  await sessionQuestion.set(null);
  return pauseSignedOut();
}

async function revokePairQuietly(pair: WebSession, deviceId: string): Promise<void> {
  await revokePair(pair, deviceId).catch((error: unknown) =>
    console.warn('Revoking the session set aside failed', errorName(error)),
  );
}

/**
 * "Use my mypikpak.com session" after the user signed the extension out: the first session an open tab holds
 * that PikPak confirms. None: signed out still (the page then opens mypikpak.com, whose bridge offers it).
 */
export function useWebSessionNow(): Promise<AccountState> {
  return inTurn(async () => {
    await webSessionPaused.set(false);
    for (const snapshot of await readSessionsFromTabs()) {
      const found = snapshot.session ? await confirmedIn([snapshot], snapshot.session.sub) : undefined;
      if (found) {
        await adoptWebSession(found.session, found.deviceId, found.profile);
        return refreshAccount();
      }
    }
    const state: AccountState = { status: 'signed-out' };
    await accountState.set(state);
    return state;
  });
}

interface Confirmed {
  session: WebSession;
  deviceId: string | undefined;
  profile: UserProfile;
}

async function confirmedIn(snapshots: WebSessionSnapshot[], sub: string): Promise<Confirmed | undefined> {
  for (const { session, deviceId } of snapshots) {
    if (!session || session.sub !== sub) continue;
    const verdict = await verifyPair(session, deviceId ?? (await deviceIdForNewSession()));
    if (verdict.kind === 'verified') return { session, deviceId, profile: verdict.profile };
    console.warn('Did not take the session a mypikpak.com tab holds', verdict.kind);
  }
  return undefined;
}
