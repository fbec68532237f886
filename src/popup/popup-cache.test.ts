import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TaskSnapshot } from '../shared/task-snapshot.ts';
import type { AccountView } from '../ui/account-store.ts';
import { followCache, withCache } from './cached-view.ts';
import {
  POPUP_CACHE_KEY,
  POPUP_CACHE_VERSION,
  readPopupCache,
  savePopupCache,
  type CacheStorage,
  type PopupCache,
  type SignedInAccount,
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

const account = (sub: string): SignedInAccount => ({ status: 'signed-in', sub, source: 'token', name: `Name ${sub}` });
const snapshot = (sub: string, name = 'a.mkv'): TaskSnapshot => ({
  sub,
  takenAt: 1_800_000_000_000,
  tasks: [
    { id: 't1', name, phase: 'running', progress: 40, message: 'Saving', fileSize: { bytes: 1000, exact: '1000' } },
  ],
  rates: {},
});
const cache = (sub = 'alice'): PopupCache => ({
  v: POPUP_CACHE_VERSION,
  account: account(sub),
  tasks: snapshot(sub),
  html: '<div class="popup">rows</div>',
  savedAt: 1,
});

afterEach(() => vi.useRealTimers());

describe('the popup cache (localStorage)', () => {
  it('reads a valid cache', () => {
    expect(readPopupCache(memoryStorage(cache()))).toEqual(cache());
  });

  it.each<[string, unknown]>([
    ['not JSON', '{'],
    ['another version', { ...cache(), v: 2 }],
    ['no version', { ...cache(), v: undefined }],
    ['a signed-out account', { ...cache(), account: { status: 'signed-out' } }],
    ['tasks of another account', { ...cache(), tasks: snapshot('bob') }],
    ['a task without its size', { ...cache(), tasks: { ...snapshot('alice'), tasks: [{ id: 't', name: 'x' }] } }],
    ['a list never read', { ...cache(), tasks: { ...snapshot('alice'), takenAt: 0 } }],
    ['no markup', { ...cache(), html: 42 }],
    ['an unknown error kind', { ...cache(), tasks: { ...snapshot('alice'), error: { kind: 'nope', at: 1 } } }],
  ])('drops %s', (_, stored) => {
    const storage = memoryStorage(stored);
    expect(readPopupCache(storage)).toBeNull();
    expect(storage.items.has(POPUP_CACHE_KEY)).toBe(false);
  });

  it('reads nothing without storage or without a cache', () => {
    expect(readPopupCache(undefined)).toBeNull();
    expect(readPopupCache(memoryStorage())).toBeNull();
  });

  it('saves only an account with its own list', () => {
    const storage = memoryStorage();
    savePopupCache(storage, { account: account('alice'), tasks: snapshot('bob'), html: 'x', now: 1 });
    expect(storage.items.size).toBe(0);
    savePopupCache(storage, { account: account('alice'), tasks: snapshot('alice'), html: 'x', now: 1 });
    expect(readPopupCache(storage)?.tasks.sub).toBe('alice');
  });
});

describe('the cached view', () => {
  it('shows the cached account and tasks until storage answers, then the stored ones', () => {
    const stored = signal<AccountView>({ status: 'checking' });
    const tasks = signal<TaskSnapshot | null | undefined>(undefined);
    const view = withCache(stored, tasks, cache('alice'));
    expect(view.account.value).toEqual(account('alice'));
    expect(view.tasks.value?.sub).toBe('alice');
    stored.value = account('alice');
    tasks.value = snapshot('alice', 'new.mkv');
    expect(view.tasks.value?.tasks[0]?.name).toBe('new.mkv');
  });

  it('never shows the cached tasks with another account', () => {
    const stored = signal<AccountView>({ status: 'checking' });
    const tasks = signal<TaskSnapshot | null | undefined>(undefined);
    const view = withCache(stored, tasks, cache('alice'));
    stored.value = account('bob');
    expect(view.account.value).toEqual(account('bob'));
    expect(view.tasks.value).toBeUndefined();
    stored.value = { status: 'signed-out' };
    expect(view.tasks.value).toBeUndefined();
  });

  it('shows nothing cached when there is no cache', () => {
    const view = withCache(signal<AccountView>({ status: 'checking' }), signal(undefined), null);
    expect(view.account.value).toEqual({ status: 'checking' });
    expect(view.tasks.value).toBeUndefined();
  });
});

describe('following the stored account', () => {
  function follow(cached: PopupCache | null) {
    vi.useFakeTimers();
    const storage = memoryStorage(cached ?? undefined);
    const stored = signal<AccountView>({ status: 'checking' });
    const tasks = signal<TaskSnapshot | null | undefined>(undefined);
    const stop = followCache(stored, tasks, storage, { cached, html: () => '<p>now</p>', now: () => 5 });
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
    const saved = readPopupCache(storage);
    expect(saved?.account.sub).toBe('bob');
    expect(saved?.html).toBe('<p>now</p>');
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
