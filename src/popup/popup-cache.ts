import type { AccountState } from '../shared/account.ts';
import { isErrorKind } from '../shared/errors.ts';
import { isStoredTask, type TaskSnapshot } from '../shared/task-snapshot.ts';

/**
 * The popup's last rendered snapshot, kept in the extension origin's `localStorage` (synchronous, unlike
 * `browser.storage`) so that the next open paints it before any asynchronous call: `main.tsx` puts the saved markup
 * on screen before the rest of the popup has loaded, and `start.tsx` renders from the saved account and task list
 * until `browser.storage` answers. No secrets: the account's display fields and the tasks, which the popup shows
 * anyway (tokens are never in `AccountState`). Checked field by field on read, versioned, dropped when the stored
 * account signs out or is another one. This module imports no code that touches `browser` (the entry, main.tsx, loads it).
 */

export const POPUP_CACHE_KEY = 'popupCache';
export const POPUP_CACHE_VERSION = 1;
/** Markup above this is not kept (the list is virtual: only the rows in view are in it). */
export const MAX_CACHED_HTML = 200_000;

export type SignedInAccount = Extract<AccountState, { status: 'signed-in' }>;

export interface PopupCache {
  v: typeof POPUP_CACHE_VERSION;
  /** The account the popup showed (what the account strip shows; no tokens). */
  account: SignedInAccount;
  /** That account's tasks (`tasks.sub === account.sub`). */
  tasks: TaskSnapshot;
  /** The popup's rendered markup (`#app`), painted as is before the bundle runs. */
  html: string;
  savedAt: number;
}

/** The part of `Storage` the cache uses (tests pass a map). */
export type CacheStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const optional = (value: unknown, type: 'string' | 'number') => value === undefined || typeof value === type;

function isSignedInAccount(value: unknown): value is SignedInAccount {
  return (
    isRecord(value) &&
    value.status === 'signed-in' &&
    typeof value.sub === 'string' &&
    value.sub !== '' &&
    typeof value.source === 'string' &&
    optional(value.name, 'string') &&
    optional(value.email, 'string') &&
    optional(value.checkedAt, 'number') &&
    (value.quota === undefined || (isRecord(value.quota) && typeof value.quota.usedBytes === 'number')) &&
    (value.problem === undefined || isErrorKind(value.problem))
  );
}

function isTaskSnapshot(value: unknown): value is TaskSnapshot {
  const error = isRecord(value) ? value.error : undefined;
  return (
    isRecord(value) &&
    typeof value.sub === 'string' &&
    typeof value.takenAt === 'number' &&
    value.takenAt > 0 &&
    Array.isArray(value.tasks) &&
    value.tasks.every(isStoredTask) &&
    isRecord(value.rates) &&
    (error === undefined || (isRecord(error) && isErrorKind(error.kind) && typeof error.at === 'number'))
  );
}

/** Whether `value` is a cache of this version whose tasks are its account's. */
export function isPopupCache(value: unknown): value is PopupCache {
  return (
    isRecord(value) &&
    value.v === POPUP_CACHE_VERSION &&
    isSignedInAccount(value.account) &&
    isTaskSnapshot(value.tasks) &&
    value.tasks.sub === value.account.sub &&
    typeof value.html === 'string' &&
    value.html.length <= MAX_CACHED_HTML &&
    typeof value.savedAt === 'number'
  );
}

/** The saved snapshot, or `null` (nothing saved, another version, or not valid: then it is removed). */
export function readPopupCache(storage: CacheStorage | undefined): PopupCache | null {
  if (!storage) return null;
  try {
    const text = storage.getItem(POPUP_CACHE_KEY);
    if (text === null) return null;
    const value: unknown = JSON.parse(text);
    if (isPopupCache(value)) return value;
    storage.removeItem(POPUP_CACHE_KEY);
  } catch (error) {
    console.warn('Ignoring the popup cache', error);
    try {
      storage.removeItem(POPUP_CACHE_KEY);
    } catch {
      // Storage unavailable: nothing to drop.
    }
  }
  return null;
}

/** Saves what the popup shows now when it is a signed-in account's own task list; otherwise drops the cache. */
export function savePopupCache(
  storage: CacheStorage | undefined,
  shown: { account: unknown; tasks: unknown; html: string; now: number },
): void {
  if (!storage) return;
  const cache = {
    v: POPUP_CACHE_VERSION,
    account: shown.account,
    tasks: shown.tasks,
    html: shown.html,
    savedAt: shown.now,
  };
  try {
    if (isPopupCache(cache)) storage.setItem(POPUP_CACHE_KEY, JSON.stringify(cache));
    else storage.removeItem(POPUP_CACHE_KEY);
  } catch (error) {
    console.warn('Could not save the popup cache', error);
  }
}

export function clearPopupCache(storage: CacheStorage | undefined): void {
  try {
    storage?.removeItem(POPUP_CACHE_KEY);
  } catch {
    // Storage unavailable: nothing to drop.
  }
}

/** The extension origin's `localStorage`, when the page has one (not in the service worker). */
export function pageStorage(): CacheStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
