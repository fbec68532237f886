import { describe, expect, it, vi } from 'vitest';
import type { AccountState } from '../shared/account.ts';
import { createAccountStore, type AccountStoreDeps } from './account-store.ts';

const SIGNED_IN: AccountState = { status: 'signed-in', sub: 'u1', name: 'Tester', source: 'web' };
const FRESH: AccountState = { ...SIGNED_IN, quota: { usedBytes: 1, limitBytes: 10 }, checkedAt: 2 };

/** A promise the test settles by hand, to order storage reads, events and answers. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setUp() {
  const read = deferred<AccountState>();
  const refresh = deferred<AccountState>();
  let changed: ((state: AccountState) => void) | undefined;
  let watchSignal: AbortSignal | undefined;
  const deps: AccountStoreDeps = {
    read: vi.fn(() => read.promise),
    refresh: vi.fn(() => refresh.promise),
    watch: (callback, signal) => {
      changed = callback;
      watchSignal = signal;
    },
  };
  const store = createAccountStore(deps);
  return { store, deps, read, refresh, change: (state: AccountState) => changed?.(state), signal: () => watchSignal };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the account store', () => {
  it('is checking until storage answers, renders the stored account, then the refreshed one', async () => {
    const { store, deps, read, refresh } = setUp();
    expect(store.account.value).toEqual({ status: 'checking' });
    store.start();
    expect(deps.refresh).toHaveBeenCalledTimes(1);
    read.resolve(SIGNED_IN);
    await flush();
    expect(store.account.value).toEqual(SIGNED_IN);
    expect(store.refreshing.value).toBe(true);
    refresh.resolve(FRESH);
    await flush();
    expect(store.account.value).toEqual(FRESH);
    expect(store.refreshing.value).toBe(false);
    expect(store.error.value).toBeNull();
  });

  it('follows storage changes, and a late first read does not overwrite a newer value', async () => {
    const { store, read, change } = setUp();
    store.start();
    change({ status: 'signed-out', reason: 'signed-out' });
    read.resolve(SIGNED_IN);
    await flush();
    expect(store.account.value).toEqual({ status: 'signed-out', reason: 'signed-out' });
    change(FRESH);
    expect(store.account.value).toEqual(FRESH);
  });

  it('shows a failed refresh as an error kind and keeps the stored account', async () => {
    const { store, read, refresh } = setUp();
    store.start();
    read.resolve(SIGNED_IN);
    refresh.reject(Object.assign(new Error('raw text'), { kind: 'network' }));
    await flush();
    expect(store.account.value).toEqual(SIGNED_IN);
    expect(store.error.value).toBe('network');
  });

  it('reads an error it does not know as unknown, and clears it on the next success', async () => {
    const { store, deps, read, refresh } = setUp();
    store.start();
    read.resolve(SIGNED_IN);
    refresh.reject(new Error('No answer'));
    await flush();
    expect(store.error.value).toBe('unknown');
    vi.mocked(deps.refresh).mockResolvedValueOnce(FRESH);
    await store.refresh();
    expect(store.error.value).toBeNull();
    expect(store.account.value).toEqual(FRESH);
  });

  it('applies an action’s answer at once and stops following storage when stopped', async () => {
    const { store, read, signal } = setUp();
    const stop = store.start();
    store.apply({ status: 'signed-out', webSessionPaused: true });
    read.resolve(SIGNED_IN);
    await flush();
    expect(store.account.value).toEqual({ status: 'signed-out', webSessionPaused: true });
    stop();
    expect(signal()?.aborted).toBe(true);
  });
});
