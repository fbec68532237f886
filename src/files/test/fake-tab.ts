import type { NavigationWindow } from '../stores/navigation.ts';

/** A tab's history as the browser keeps it: entries of (url, state), a position, and the events it fires. */
export function fakeTab(startUrl = '/src/files/index.html') {
  const entries: { url: string; state: unknown }[] = [{ url: startUrl, state: null }];
  let at = 0;
  const listeners = new Set<() => void>();
  const session = new Map<string, string>();
  const url = () => new URL(entries[at]!.url, 'chrome-extension://id');
  const fire = () => listeners.forEach((listener) => listener());
  const win: NavigationWindow = {
    location: {
      get hash() {
        return url().hash;
      },
      get pathname() {
        return url().pathname;
      },
      get search() {
        return url().search;
      },
    },
    history: {
      get state() {
        return entries[at]!.state;
      },
      pushState(state, _title, next) {
        entries.splice(at + 1, Infinity, { url: new URL(String(next), url()).href, state });
        at += 1;
      },
      replaceState(state, _title, next) {
        entries[at] = { url: next == null ? entries[at]!.url : new URL(String(next), url()).href, state };
      },
      back() {
        at -= 1;
        fire();
      },
      forward() {
        at += 1;
        fire();
      },
    },
    sessionStorage: { getItem: (key) => session.get(key) ?? null, setItem: (key, value) => session.set(key, value) },
    // popstate and hashchange both reach the same listener; one registration per type is enough to count.
    addEventListener: (type, listener) => type === 'popstate' && listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  return {
    win,
    url: () => url().href,
    /** The user types an address (or follows a bookmark) in this tab. */
    type(hash: string) {
      entries.splice(at + 1, Infinity, { url: new URL(hash, url()).href, state: null });
      at += 1;
      fire();
    },
  };
}
