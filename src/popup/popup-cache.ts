/**
 * The popup's last rendered markup, kept in the extension origin's `localStorage` (synchronous, unlike
 * `browser.storage`) so that the next open paints it before any asynchronous call: the pre-paint (prepaint-core.ts) puts it
 * in `#app` during the parse, when it is the cache of the account the popup's URL names; the app (start.tsx) renders
 * over it once `browser.storage` answered. Only the markup and its account's id: what the popup showed anyway (tasks,
 * the account's name, email, quota), never tokens. Checked on read, versioned, dropped when the stored account signs
 * out or is another one. This module imports no code that touches `browser`.
 */

export const POPUP_CACHE_KEY = 'popupCache';
/** prepaint-core.ts reads the same key and version. */
export const POPUP_CACHE_VERSION = 2;
/** Markup above this is not kept (the list is virtual: only the rows in view are in it). */
export const MAX_CACHED_HTML = 200_000;

export interface PopupCache {
  v: typeof POPUP_CACHE_VERSION;
  /** The signed-in account whose popup this is. */
  sub: string;
  /** The popup's rendered markup (`#app`), painted as is before the app runs. */
  html: string;
  savedAt: number;
}

/** The part of `Storage` the cache uses (tests pass a map). */
export type CacheStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Whether `value` is a cache of this version. */
export function isPopupCache(value: unknown): value is PopupCache {
  return (
    isRecord(value) &&
    value.v === POPUP_CACHE_VERSION &&
    typeof value.sub === 'string' &&
    value.sub !== '' &&
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
    clearPopupCache(storage);
  }
  return null;
}

/** Saves the markup the popup shows now for a signed-in account (`sub`); a cache that would not be valid is dropped. */
export function savePopupCache(
  storage: CacheStorage | undefined,
  shown: { sub: string; html: string; now: number },
): void {
  if (!storage) return;
  const cache = { v: POPUP_CACHE_VERSION, sub: shown.sub, html: shown.html, savedAt: shown.now };
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
