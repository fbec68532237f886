import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TaskSnapshot } from '../shared/task-snapshot.ts';
import type { AccountState } from '../shared/account.ts';
import type { AccountView } from '../ui/account-store.ts';
import { followCache, whenStored } from './cached-view.ts';
import { prepaint, PREPAINT_KEY, PREPAINT_VERSION } from './prepaint-core.ts';
import {
  POPUP_CACHE_KEY,
  POPUP_CACHE_VERSION,
  readPopupCache,
  savePopupCache,
  type CacheStorage,
  type PopupCache,
} from './popup-cache.ts';

function memoryStorage(initial?: unknown): CacheStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  if (initial !== undefined)
    items.set(POPUP_CACHE_KEY, typeof initial === 'string' ? initial : JSON.stringify(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const account = (sub: string): AccountState => ({ status: 'signed-in', sub, source: 'token', name: `Name ${sub}` });
const snapshot = (sub: string, name = 'a.mkv'): TaskSnapshot => ({
  sub,
  takenAt: 1_800_000_000_000,
  tasks: [
    { id: 't1', name, phase: 'running', progress: 40, message: 'Saving', fileSize: { bytes: 1000, exact: '1000' } },
  ],
  rates: {},
});
const cache = (sub = 'alice', html = '<div class="popup">rows</div>'): PopupCache => ({
  v: POPUP_CACHE_VERSION,
  sub,
  html,
  savedAt: 1,
});

afterEach(() => vi.useRealTimers());

describe('the popup cache (localStorage)', () => {
  it('reads a valid cache', () => {
    expect(readPopupCache(memoryStorage(cache()))).toEqual(cache());
  });

  it.each<[string, unknown]>([
    ['not JSON', '{'],
    ['another version', { ...cache(), v: 1 }],
    ['no account', { ...cache(), sub: '' }],
    ['no markup', { ...cache(), html: 42 }],
    ['markup over the limit', { ...cache(), html: 'x'.repeat(200_001) }],
  ])('drops %s', (_, stored) => {
    const storage = memoryStorage(stored);
    expect(readPopupCache(storage)).toBeNull();
    expect(storage.items.has(POPUP_CACHE_KEY)).toBe(false);
  });

  it('reads nothing without storage or without a cache', () => {
    expect(readPopupCache(undefined)).toBeNull();
    expect(readPopupCache(memoryStorage())).toBeNull();
  });

  it('saves the markup with its account', () => {
    const storage = memoryStorage();
    savePopupCache(storage, { sub: 'alice', html: 'x', now: 3 });
    expect(readPopupCache(storage)).toEqual({ v: POPUP_CACHE_VERSION, sub: 'alice', html: 'x', savedAt: 3 });
  });
});

/** Runs the pre-paint against a page whose URL names `urlAccount` (the toolbar's popup URL). */
function runPrepaint(stored: CacheStorage, urlAccount: string | null) {
  const attributes = new Map<string, string>();
  const app = {
    innerHTML: '',
    dataset: {} as DOMStringMap,
    setAttribute: (n: string, v: string) => attributes.set(n, v),
  };
  const search = urlAccount === null ? '' : `?account=${encodeURIComponent(urlAccount)}`;
  prepaint({ app, search, storage: stored });
  return { html: app.innerHTML, cached: app.dataset.cached, busy: attributes.get('aria-busy') };
}

describe('the pre-paint script', () => {
  it('reads the cache the app writes', () => {
    expect([PREPAINT_KEY, PREPAINT_VERSION]).toEqual([POPUP_CACHE_KEY, POPUP_CACHE_VERSION]);
  });

  it('paints the cached markup of the account the popup URL names, marked busy until the app takes over', () => {
    const storage = memoryStorage();
    savePopupCache(storage, { sub: 'alice', html: '<p>alice rows</p>', now: 1 });
    expect(runPrepaint(storage, 'alice')).toEqual({ html: '<p>alice rows</p>', cached: 'alice', busy: 'true' });
  });

  it('never paints another account’s markup, and drops it', () => {
    const storage = memoryStorage(cache('alice', '<p>alice rows</p>'));
    expect(runPrepaint(storage, 'bob')).toEqual({ html: '', cached: undefined, busy: undefined });
    expect(storage.items.has(POPUP_CACHE_KEY)).toBe(false);
  });

  it('paints nothing when the URL names no account (signed out, or the worker has not set it yet)', () => {
    const storage = memoryStorage(cache('alice'));
    expect(runPrepaint(storage, null).html).toBe('');
    expect(storage.items.has(POPUP_CACHE_KEY)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['not JSON', '{'],
    ['another version', { ...cache(), v: 1 }],
    ['markup that is not text', { ...cache(), html: { toString: '<img>' } }],
  ])('paints nothing from %s', (_, stored) => {
    expect(runPrepaint(memoryStorage(stored), 'alice').html).toBe('');
  });
});

describe('waiting for storage before the takeover', () => {
  it('calls back once both the account and the list are read', async () => {
    const stored = signal<AccountView>({ status: 'checking' });
    const tasks = signal<TaskSnapshot | null | undefined>(undefined);
    const then = vi.fn();
    whenStored(stored, tasks, then);
    stored.value = account('alice');
    await Promise.resolve();
    expect(then).not.toHaveBeenCalled();
    tasks.value = snapshot('alice');
    await Promise.resolve();
    tasks.value = snapshot('alice', 'b.mkv');
    await Promise.resolve();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('calls back after the timeout when storage does not answer', () => {
    vi.useFakeTimers();
    const then = vi.fn();
    whenStored(signal<AccountView>({ status: 'checking' }), signal(undefined), then, 500);
    vi.advanceTimersByTime(499);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });
});

describe('following the stored account', () => {
  function follow(cached: PopupCache | null) {
    vi.useFakeTimers();
    const storage = memoryStorage(cached ?? undefined);
    const stored = signal<AccountView>({ status: 'checking' });
    const tasks = signal<TaskSnapshot | null | undefined>(undefined);
    const stop = followCache(stored, tasks, storage, {
      cachedSub: cached?.sub,
      html: () => '<p>now</p>',
      now: () => 5,
    });
    return { storage, stored, tasks, stop };
  }

  it('drops the cache when the account signs out', () => {
    const { storage, stored } = follow(cache('alice'));
    stored.value = { status: 'signed-out' };
    expect(storage.items.has(POPUP_CACHE_KEY)).toBe(false);
  });

  it('drops the cache at once when another account is stored, then keeps that account’s own', () => {
    const { storage, stored, tasks } = follow(cache('alice'));
    stored.value = account('bob');
    expect(storage.items.has(POPUP_CACHE_KEY)).toBe(false);
    // The old account's list, still stored until the background's next poll, is not saved for the new one.
    tasks.value = snapshot('alice');
    vi.runAllTimers();
    expect(storage.items.has(POPUP_CACHE_KEY)).toBe(false);
    tasks.value = snapshot('bob');
    vi.runAllTimers();
    expect(readPopupCache(storage)).toEqual({ v: POPUP_CACHE_VERSION, sub: 'bob', html: '<p>now</p>', savedAt: 5 });
  });

  it('drops the cache when the stored list is gone', () => {
    const { storage, stored, tasks } = follow(cache('alice'));
    stored.value = account('alice');
    tasks.value = null;
    expect(storage.items.has(POPUP_CACHE_KEY)).toBe(false);
  });

  it('saves nothing once stopped', () => {
    const { storage, stored, tasks, stop } = follow(null);
    stored.value = account('alice');
    tasks.value = snapshot('alice');
    stop();
    vi.runAllTimers();
    expect(storage.items.size).toBe(0);
  });
});
