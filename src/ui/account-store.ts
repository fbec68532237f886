import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { AccountState } from '../shared/account.ts';
import type { ErrorKind } from '../shared/errors.ts';
import { errorKindOf } from './error-kind.ts';

/** The account as pages show it: `checking` only until the first storage read returns. */
export type AccountView = { status: 'checking' } | AccountState;

export interface AccountStoreDeps {
  /** Reads the stored account (no network). */
  read: () => Promise<AccountState>;
  /** Calls back with each new stored account until `signal` aborts. */
  watch: (callback: (state: AccountState) => void, signal: AbortSignal) => void;
  /** Asks the background to re-read profile and quota from PikPak; answers the new account. */
  refresh: () => Promise<AccountState>;
}

export interface AccountStore {
  account: ReadonlySignal<AccountView>;
  /** Why the last refresh could not run (e.g. the background did not answer); cleared by the next success. */
  error: ReadonlySignal<ErrorKind | null>;
  refreshing: ReadonlySignal<boolean>;
  /** Renders from storage, follows its changes and refreshes once. Returns the function that stops following. */
  start: () => () => void;
  refresh: () => Promise<void>;
  /** Shows the answer of a session request (sign-in, sign-out…) at once, before its storage event arrives. */
  apply: (state: AccountState) => void;
}

/** The account as a signal for one page. The dependencies are the storage item and the `session.status` request. */
export function createAccountStore(deps: AccountStoreDeps): AccountStore {
  const account = signal<AccountView>({ status: 'checking' });
  const error = signal<ErrorKind | null>(null);
  const refreshing = signal(false);
  // Anything newer than the first read (a change event, an answer) wins over it.
  let seenNewer = false;

  function apply(state: AccountState) {
    seenNewer = true;
    account.value = state;
  }

  async function refresh() {
    if (refreshing.value) return;
    refreshing.value = true;
    try {
      const state = await deps.refresh();
      batch(() => {
        apply(state);
        error.value = null;
      });
    } catch (caught) {
      error.value = errorKindOf(caught);
    } finally {
      refreshing.value = false;
    }
  }

  function start() {
    const stop = new AbortController();
    deps.watch((state) => {
      apply(state);
      error.value = null;
    }, stop.signal);
    deps.read().then(
      (state) => {
        if (!seenNewer && !stop.signal.aborted) account.value = state;
      },
      (caught: unknown) => {
        console.warn('Could not read the stored account', caught);
        // Leave "checking" only for what is known: the refresh below still answers.
        if (!seenNewer) account.value = { status: 'signed-out' };
      },
    );
    void refresh();
    return () => stop.abort();
  }

  return { account, error, refreshing, start, refresh, apply };
}
