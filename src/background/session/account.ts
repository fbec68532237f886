import { getAbout, getMe } from '../../api/endpoints/account.ts';
import { isPikPakError } from '../../api/errors.ts';
import { accountState, type AccountState } from '../../shared/account.ts';
import { pikpakAs } from './client.ts';
import { storedSession } from './session-store.ts';

/**
 * Reads the profile and quota from PikPak and publishes them for pages. Errors that leave the session signed in
 * become the account's `problem`; a lost session has already been published as signed out by the client.
 */
export async function refreshAccount(): Promise<AccountState> {
  const session = await storedSession.get();
  if (!session) return accountState.get();
  try {
    const client = pikpakAs(session.platform);
    const [me, about] = await Promise.all([getMe(client), getAbout(client)]);
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
