import type { PikPakClient } from '../../api/client.ts';
import { getAbout, getMe, getMembership } from '../../api/endpoints/account.ts';
import { isPikPakError } from '../../api/errors.ts';
import { accountState, type AccountState } from '../../shared/account.ts';
import type { Membership } from '../../shared/domain.ts';
import { pikpakAs } from './client.ts';
import { storedSession, webSessionPaused } from './session-store.ts';

/**
 * Reads the profile, quota and membership from PikPak (three calls, in parallel) and publishes them for pages.
 * Errors that leave the session signed in become the account's `problem`; a lost session has already been
 * published as signed out by the client. The membership is optional: see `readMembership`.
 */
export async function refreshAccount(): Promise<AccountState> {
  const session = await storedSession.get();
  if (!session) return accountState.get();
  try {
    const client = pikpakAs(session.platform);
    const [me, about, membership] = await Promise.all([getMe(client), getAbout(client), readMembership(client)]);
    const label = paidPlanLabel(membership);
    const state: AccountState = {
      status: 'signed-in',
      sub: session.sub,
      source: session.source,
      checkedAt: Date.now(),
      ...(me.name ? { name: me.name } : {}),
      ...(me.email ? { email: me.email } : {}),
      quota: {
        usedBytes: about.storage.used.bytes,
        ...(about.storage.limit ? { limitBytes: about.storage.limit.bytes } : {}),
      },
      ...(label === undefined ? {} : { membership: label }),
    };
    await accountState.set(state);
    return state;
  } catch (error) {
    if (!isPikPakError(error)) throw error;
    const known = await signedInBase();
    const state: AccountState =
      known.status === 'signed-in' ? { ...known, problem: error.kind } : { status: 'signed-out', reason: error.kind };
    await accountState.set(state);
    return state;
  }
}

/**
 * The membership, or undefined when PikPak would not say. It is optional: it only feeds a pill on the pages, while
 * the profile and quota are what the account state is for, and privilege/vip (§7.6) is known only from other
 * clients, so it may change shape or refuse on its own. A PikPak failure here therefore leaves `membership` unset
 * rather than failing the refresh or becoming the account's `problem`; a session that is really lost fails
 * getMe/getAbout as well and is handled there. Anything other than a PikPakError is a bug and still throws.
 */
async function readMembership(client: PikPakClient): Promise<Membership | undefined> {
  try {
    return await getMembership(client);
  } catch (error) {
    if (isPikPakError(error)) return undefined;
    throw error;
  }
}

/**
 * The short label pages show as the membership pill: only for a paid plan that is active. 'Premium' for
 * "platinum"; a paid type this version does not know keeps PikPak's word, capitalised ("diamond" → "Diamond").
 */
export function paidPlanLabel(membership: Membership | undefined): string | undefined {
  if (!membership?.active) return undefined;
  switch (membership.plan) {
    case 'free':
      return undefined;
    case 'premium':
      return 'Premium';
    case 'other': {
      const type = membership.type.trim();
      return type === '' ? undefined : type.charAt(0).toUpperCase() + type.slice(1);
    }
  }
}

/** The signed-in state as far as it is known without asking PikPak. */
async function signedInBase(): Promise<AccountState> {
  const session = await storedSession.get();
  const state = await accountState.get();
  if (!session) return { status: 'signed-out' };
  if (state.status === 'signed-in' && state.sub === session.sub) return state;
  return { status: 'signed-in', sub: session.sub, source: session.source };
}

export async function publishSignedIn(): Promise<AccountState> {
  const state = await signedInBase();
  await accountState.set(state);
  return state;
}

/** Signed out, and the web app's session is not taken again until asked ("Use my mypikpak.com session"). */
export async function pauseSignedOut(): Promise<AccountState> {
  await webSessionPaused.set(true);
  const state: AccountState = { status: 'signed-out', webSessionPaused: true };
  await accountState.set(state);
  return state;
}
