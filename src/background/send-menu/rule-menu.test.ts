import { describe, expect, it } from 'vitest';
import type browser from 'webextension-polyfill';
import type { Destination } from '../../shared/destination.ts';
import type { SiteRule } from '../../shared/site-rules.ts';
import type { EnqueueLink } from '../send-queue/index.ts';
import { handleMenuClick, type MenuClickDeps } from './menu-click.ts';
import { buildMenu } from './menus.ts';
import { ruleForAny, ruleMenuId, ruleMenuItems, siteForMenuId, sitePatterns } from './rule-menu.ts';
import { handleShortcut, type ShortcutDeps } from './shortcut.ts';

const MAGNET = `magnet:?xt=urn:btih:${'a'.repeat(40)}&dn=Alpha`;
const MOVIES: Destination = { kind: 'folder', id: 'VNmovies', name: 'Movies' };
const ANIME: Destination = { kind: 'folder', id: 'VNanime', name: 'Anime' };
const SUBS: Destination = { kind: 'folder', id: 'VNsubs', name: 'Subs' };
const RULES: SiteRule[] = [
  { site: 'nyaa.si', destination: ANIME },
  { site: 'sub.nyaa.si', destination: SUBS },
];

function fakeDeps(rules: SiteRule[] = RULES) {
  const queued: { links: readonly EnqueueLink[]; destination: Destination }[] = [];
  const deps: MenuClickDeps & ShortcutDeps = {
    openShare: () => Promise.resolve(),
    queueLinks: (links, destination) => {
      queued.push({ links, destination });
      return Promise.resolve({ added: links.length, alreadyQueued: 0 });
    },
    confirm: () => Promise.resolve(),
    notify: () => Promise.resolve(),
    now: () => 1_000,
    newId: () => 'pending-1',
    readSelection: (): Promise<{ text: string; hrefs: string[] }> => Promise.resolve({ text: MAGNET, hrefs: [] }),
    knownDestinations: () => Promise.resolve([MOVIES]),
    readClipboard: () => Promise.resolve({ allowed: false }),
    defaultDestination: () => Promise.resolve(MOVIES),
    siteRules: () => Promise.resolve(rules),
  };
  return { deps, queued };
}

const tabOn = (url: string) => ({
  id: 7,
  index: 0,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
  url,
});
const click = (menuItemId: string, pageUrl: string, extra: Partial<browser.Menus.OnClickData> = {}) => ({
  menuItemId,
  editable: false,
  frameId: 0,
  modifiers: [],
  pageUrl,
  linkUrl: MAGNET,
  ...extra,
});

describe('rule items in the menu', () => {
  it('come first, most specific site first, each shown only on its site and subdomains, then a separator', () => {
    const items = buildMenu({ defaultDestination: MOVIES, siteRules: RULES }, []);
    expect(items.map((item) => [item.id, item.title, item.documentUrlPatterns])).toEqual([
      ['send', 'Send to PikPak', undefined],
      ['send:rule:sub.nyaa.si', 'Rule for sub.nyaa.si: Subs', ['*://*.sub.nyaa.si/*']],
      ['send:rule:nyaa.si', 'Rule for nyaa.si: Anime', ['*://*.nyaa.si/*']],
      ['send:rules-separator', '', ['*://*.sub.nyaa.si/*', '*://*.nyaa.si/*']],
      ['send:folder:VNmovies', 'Movies (default)', undefined],
      ['send:separator', '', undefined],
      ['send:my-pack', 'My Pack', undefined],
    ]);
    expect(ruleMenuItems([])).toEqual([]);
  });

  it('carry their site in the id, and no other item is read as a rule', () => {
    expect(siteForMenuId(ruleMenuId('nyaa.si'))).toBe('nyaa.si');
    expect(siteForMenuId('send:folder:VNmovies')).toBeUndefined();
    expect(siteForMenuId(3)).toBeUndefined();
  });
});

describe('sending with rules', () => {
  it("a click on the rule item sends to the rule's folder as stored at click time", async () => {
    const { deps, queued } = fakeDeps([{ site: 'nyaa.si', destination: SUBS }]);
    await handleMenuClick(click(ruleMenuId('nyaa.si'), 'https://nyaa.si/view/1'), tabOn('https://nyaa.si/'), deps);
    expect(queued.map((entry) => entry.destination)).toEqual([SUBS]);
  });

  it('a rule removed since the menu was built gives way to the rule covering the frame, else the default', async () => {
    const gone = fakeDeps([{ site: 'sub.nyaa.si', destination: SUBS }]);
    await handleMenuClick(
      click(ruleMenuId('nyaa.si'), 'https://other.org/', { frameUrl: 'https://x.sub.nyaa.si/embed' }),
      tabOn('https://other.org/'),
      gone.deps,
    );
    const none = fakeDeps([]);
    await handleMenuClick(click(ruleMenuId('nyaa.si'), 'https://nyaa.si/'), tabOn('https://nyaa.si/'), none.deps);
    expect([...gone.queued, ...none.queued].map((entry) => entry.destination)).toEqual([SUBS, MOVIES]);
  });

  it('an explicit folder beats the rule of the page', async () => {
    const { deps, queued } = fakeDeps();
    await handleMenuClick(click('send:folder:VNmovies', 'https://nyaa.si/view/1'), tabOn('https://nyaa.si/'), deps);
    await handleMenuClick(click('send:my-pack', 'https://nyaa.si/view/1'), tabOn('https://nyaa.si/'), deps);
    expect(queued.map((entry) => entry.destination)).toEqual([MOVIES, { kind: 'my-pack' }]);
  });

  it("the shortcut sends to the rule of the tab's site, the most specific one, else the default", async () => {
    const { deps, queued } = fakeDeps();
    await handleShortcut('send-selection', tabOn('https://nyaa.si/view/1'), deps);
    await handleShortcut('send-selection', tabOn('https://a.sub.nyaa.si/'), deps);
    await handleShortcut('send-selection', tabOn('https://example.org/'), deps);
    await handleShortcut('send-selection', undefined, deps);
    expect(queued.map((entry) => entry.destination)).toEqual([ANIME, SUBS, MOVIES]);
  });
});

describe('matching a click to a rule', () => {
  const rule = (site: string): SiteRule => ({ site, destination: { kind: 'my-pack' } });
  const rules = [rule('example.com'), rule('nyaa.si')];

  it('takes the first address a rule applies to (the frame before the page)', () => {
    expect(ruleForAny(rules, [undefined, 'https://nyaa.si/', 'https://example.com/'])?.site).toBe('nyaa.si');
    expect(ruleForAny(rules, ['https://other.org/', 'https://example.com/'])?.site).toBe('example.com');
    expect(ruleForAny(rules, [])).toBeUndefined();
  });

  it('gives one match pattern covering the site and its subdomains', () => {
    expect(sitePatterns('nyaa.si')).toEqual(['*://*.nyaa.si/*']);
  });
});
