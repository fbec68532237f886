import { accountState, type AccountState } from '../../shared/account.ts';
import type { UserProfile } from '../../shared/domain.ts';
import { decideOnOffer, type OfferFacts } from '../../shared/offer-decision.ts';
import { sessionQuestion, type AccountLabel } from '../../shared/session-question.ts';
import { setTogether } from '../../shared/storage.ts';
import type { WebSession, WebSessionSnapshot } from '../../shared/web-session.ts';
import { publishSignedIn, refreshAccount } from './account.ts';
import { pikpakAs } from './client.ts';
import {
  declinedWebAccounts,
  deviceIdForNewSession,
  isSpent,
  parkedSession,
  saveSession,
  storedSession,
  webSessionPaused,
  type StoredSession,
} from './session-store.ts';
import { verifyPair } from './verify.ts';

/**
 * What the worker does with a session a mypikpak.com page offers (the decision itself is the pure
 * `decideOnOffer`). Offers are handled one at a time, in the order they came: two offers of one tab (the web
 * app refreshing twice) must not be adopted in the wrong order.
 */
let line: Promise<unknown> = Promise.resolve();

/** Runs `task` after every earlier one of this worker (offers, answers to the session question). */
export function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = line.then(task, task);
  line = run.catch(() => undefined);
  return run;
}

export async function receiveOffer(snapshot: WebSessionSnapshot): Promise<{ writeBack?: true }> {
  // A refresh of ours on its way is about to spend the token the page holds: answer once it settled, so the page
  // writes its result back before its own refresh goes out (the token guard holds that until this answer).
  await pikpakAs('web').refreshSettled();
  return inTurn(() => settleOffer(snapshot));
}

async function settleOffer(snapshot: WebSessionSnapshot, profile?: UserProfile): Promise<{ writeBack?: true }> {
  const facts = await offerFacts(snapshot);
  const decision = decideOnOffer(facts);
  const offered = snapshot.session;
  switch (decision.kind) {
    case 'ignore':
      return {};
    case 'write-back':
      return { writeBack: true };
    case 'park':
      await park(facts.current!);
      return {};
    case 'adopt':
    case 'ask': {
      if (!offered) return {};
      if (!profile) {
        const verdict = await verifyPair(offered, await deviceIdFor(snapshot));
        if (verdict.kind !== 'verified') {
          console.warn('Did not take the session a mypikpak.com page offered', verdict.kind);
          return {};
        }
        // Decide again on what is stored now: PikPak's answer took a moment, and a refresh may have landed.
        return settleOffer(snapshot, verdict.profile);
      }
      if (decision.kind === 'ask') await askToSwitch(profile, facts);
      else await adoptWebSession(offered, snapshot.deviceId, profile);
      return {};
    }
  }
}

async function offerFacts(snapshot: WebSessionSnapshot): Promise<OfferFacts> {
  const [current, parked, paused, declined, question] = await Promise.all([
    storedSession.get(),
    parkedSession.get(),
    webSessionPaused.get(),
    declinedWebAccounts.get(),
    sessionQuestion.get(),
  ]);
  return {
    current,
    parkedSub: parked?.sub,
    offered: snapshot.session,
    left: snapshot.left,
    offeredIsSpent: snapshot.session ? await isSpent(snapshot.session.refreshToken) : false,
    paused,
    declined,
    asking: question?.kind === 'switch-account' ? question.offered.sub : undefined,
  };
}

async function deviceIdFor(snapshot: WebSessionSnapshot): Promise<string> {
  return snapshot.deviceId ?? (await storedSession.get())?.deviceId ?? (await deviceIdForNewSession());
}

/**
 * Takes a pair PikPak confirmed (`profile` is its answer for this pair) as the session shared with the web app.
 * A session set aside and an answered question go; a switch question about another account stays.
 */
export async function adoptWebSession(
  offered: WebSession,
  deviceId: string | undefined,
  profile: UserProfile,
): Promise<void> {
  const before = await accountState.get();
  const current = await storedSession.get();
  const parked = await parkedSession.get();
  const next: StoredSession = {
    accessToken: offered.accessToken,
    refreshToken: offered.refreshToken,
    expiresAt: offered.expiresAt,
    sub: profile.sub,
    source: 'web',
    platform: 'web',
    // The page's own device id, so PikPak sees one device and captcha tokens match (pikpak-api.md §2.4).
    deviceId: deviceId ?? current?.deviceId ?? (await deviceIdForNewSession()),
    updatedAt: Date.now(),
  };
  await saveSession(next);
  if (parked) await parkedSession.set(null);
  const question = await sessionQuestion.get();
  const answered =
    question?.kind === 'web-signed-out' ||
    (question?.kind === 'switch-account' && question.offered.sub === profile.sub);
  if (answered) await sessionQuestion.set(null);
  if (current?.sub !== profile.sub) await declinedWebAccounts.set([]);
  await publishSignedIn();
  // Profile and quota for the popup, only for an account not known yet: the web app refreshing its token every
  // couple of hours must not make the extension read them. The page does not wait for them.
  const known = before.status === 'signed-in' && before.sub === profile.sub;
  if (!known) refreshAccount().catch((error: unknown) => console.warn('Reading the account failed', errorName(error)));
}

/** Keeps the account in use and asks the user whether to switch to the one PikPak confirmed for the page. */
async function askToSwitch(profile: UserProfile, facts: OfferFacts): Promise<void> {
  const inUse = facts.current?.sub ?? facts.parkedSub;
  if (!inUse) return;
  await sessionQuestion.set({
    kind: 'switch-account',
    offered: labelOf(profile),
    current: await labelFor(inUse),
    askedAt: Date.now(),
  });
}

/** The web app that lent the session signed out: set the session aside (nothing uses it) and ask the user. */
async function park(current: StoredSession): Promise<void> {
  const account = await labelFor(current.sub);
  const signedOut: AccountState = { status: 'signed-out' };
  await setTogether('local', [
    [parkedSession, current],
    [storedSession, null],
    [sessionQuestion, { kind: 'web-signed-out', account, askedAt: Date.now() }],
    [accountState, signedOut],
  ]);
}

function labelOf(profile: UserProfile): AccountLabel {
  return {
    sub: profile.sub,
    ...(profile.email ? { email: profile.email } : {}),
    ...(profile.name ? { name: profile.name } : {}),
  };
}

/** How pages know the account `sub`: from the account state, when it is that account's. */
export async function labelFor(sub: string): Promise<AccountLabel> {
  const state = await accountState.get();
  if (state.status !== 'signed-in' || state.sub !== sub) {
    const question = await sessionQuestion.get();
    if (question?.kind === 'web-signed-out' && question.account.sub === sub) return question.account;
    return { sub };
  }
  return { sub, ...(state.email ? { email: state.email } : {}), ...(state.name ? { name: state.name } : {}) };
}

/** Errors are logged by kind and name only: their text could echo a request that carried a token. */
export function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'kind' in error) return String(error.kind);
  return error instanceof Error ? error.name : 'unknown';
}
