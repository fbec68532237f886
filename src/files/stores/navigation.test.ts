import { describe, expect, it } from 'vitest';
import { createNavigation, type NavigationWindow } from './navigation.ts';

/** A tab's history as the browser keeps it: entries of (url, state), a position, and the events it fires. */
function fakeTab(startUrl = '/src/files/index.html') {
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
    /** The tab reloads: same entries, a new page. */
    reload: () => createNavigation(win),
  };
}

describe('navigation', () => {
  it('opens on the view the address names', () => {
    const tab = fakeTab('/src/files/index.html#folder=VMovies');
    const nav = createNavigation(tab.win);
    nav.start();
    expect(nav.view.value).toEqual({ kind: 'folder', id: 'VMovies' });
    expect(nav.canGoBack.value).toBe(false);
  });

  it('pushes an entry per view, and goes back and forward with the browser', () => {
    const tab = fakeTab();
    const nav = createNavigation(tab.win);
    nav.start();
    nav.go({ kind: 'folder', id: 'VMovies' });
    nav.go({ kind: 'folder', id: 'VClassics' });
    expect(tab.url()).toMatch(/#folder=VClassics$/);
    expect([nav.canGoBack.value, nav.canGoForward.value]).toEqual([true, false]);
    nav.back();
    expect(nav.view.value).toEqual({ kind: 'folder', id: 'VMovies' });
    expect([nav.canGoBack.value, nav.canGoForward.value]).toEqual([true, true]);
    nav.back();
    expect(nav.view.value).toEqual({ kind: 'folder', id: '' });
    expect(tab.url()).not.toContain('#');
    expect(nav.canGoBack.value).toBe(false);
    nav.back(); // nowhere to go: nothing happens
    nav.forward();
    expect(nav.view.value).toEqual({ kind: 'folder', id: 'VMovies' });
  });

  it('a new view after going back drops the forward entries', () => {
    const tab = fakeTab();
    const nav = createNavigation(tab.win);
    nav.start();
    nav.go({ kind: 'folder', id: 'A' });
    nav.back();
    nav.go({ kind: 'trash' });
    expect(tab.url()).toMatch(/#view=trash$/);
    expect([nav.canGoBack.value, nav.canGoForward.value]).toEqual([true, false]);
    nav.go({ kind: 'trash' }); // already there: no entry
    nav.back();
    expect(nav.view.value).toEqual({ kind: 'folder', id: '' });
  });

  it('follows an address typed in the tab as a new entry', () => {
    const tab = fakeTab();
    const nav = createNavigation(tab.win);
    nav.start();
    tab.type('#view=starred');
    expect(nav.view.value).toEqual({ kind: 'starred' });
    expect(nav.canGoBack.value).toBe(true);
    nav.back();
    expect(nav.view.value).toEqual({ kind: 'folder', id: '' });
  });

  it('keeps its place across a reload of the tab', () => {
    const tab = fakeTab();
    const nav = createNavigation(tab.win);
    nav.start();
    nav.go({ kind: 'folder', id: 'A' });
    nav.go({ kind: 'folder', id: 'B' });
    nav.back();
    const reloaded = tab.reload();
    reloaded.start();
    expect(reloaded.view.value).toEqual({ kind: 'folder', id: 'A' });
    expect([reloaded.canGoBack.value, reloaded.canGoForward.value]).toEqual([true, true]);
  });
});
