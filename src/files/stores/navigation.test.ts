import { describe, expect, it } from 'vitest';
import { fakeTab } from '../test/fake-tab.ts';
import { createNavigation } from './navigation.ts';

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
    const reloaded = createNavigation(tab.win);
    reloaded.start();
    expect(reloaded.view.value).toEqual({ kind: 'folder', id: 'A' });
    expect([reloaded.canGoBack.value, reloaded.canGoForward.value]).toEqual([true, true]);
  });
});
