import { describe, expect, it, vi } from 'vitest';
import type browser from 'webextension-polyfill';
import type { PendingSelection } from '../../shared/pending-selection.ts';
import type { Destination } from '../../shared/destination.ts';
import type { NotificationSpec } from '../feedback/notifications.ts';
import type { EnqueueLink } from '../send-queue/index.ts';
import { collectLinks } from './collect.ts';
import { handleMenuClick, type MenuClickDeps } from './menu-click.ts';
import { buildMenu, destinationForMenuId, menuIdFor, MENU_PARENT_ID } from './menus.ts';
import { handleShortcut, type ShortcutDeps } from './shortcut.ts';

const HASH_A = 'a'.repeat(40);
const HASH_B = 'b'.repeat(40);
const MAGNET_A = `magnet:?xt=urn:btih:${HASH_A}&dn=Alpha`;
const MAGNET_B = `magnet:?xt=urn:btih:${HASH_B}&dn=Beta`;
const MY_PACK: Destination = { kind: 'my-pack' };
const MOVIES: Destination = { kind: 'folder', id: 'VNmovies', name: 'Movies' };
const SHOWS: Destination = { kind: 'folder', id: 'VNshows', name: 'Shows' };

function fakeDeps(overrides: Partial<MenuClickDeps & ShortcutDeps> = {}) {
  const queued: { links: readonly EnqueueLink[]; destination: Destination }[] = [];
  const confirmed: PendingSelection[] = [];
  const notes: NotificationSpec[] = [];
  const opened: { shareId: string; passCode?: string | undefined; openerTabId?: number | undefined }[] = [];
  const deps: MenuClickDeps & ShortcutDeps = {
    openShare: (shareId, passCode, openerTabId) => {
      opened.push({ shareId, passCode, openerTabId });
      return Promise.resolve();
    },
    queueLinks: (links, destination) => {
      queued.push({ links, destination });
      return Promise.resolve({ added: links.length, alreadyQueued: 0 });
    },
    confirm: (pending) => {
      confirmed.push(pending);
      return Promise.resolve();
    },
    notify: (spec) => {
      notes.push(spec);
      return Promise.resolve();
    },
    now: () => 1_000,
    newId: () => 'pending-1',
    readSelection: () => Promise.resolve(undefined),
    knownDestinations: () => Promise.resolve([MY_PACK, MOVIES]),
    readClipboard: () => Promise.resolve({ allowed: false }),
    defaultDestination: () => Promise.resolve(MOVIES),
    siteRules: () => Promise.resolve([]),
    ...overrides,
  };
  return { deps, queued, confirmed, notes, opened };
}

const tab = {
  id: 7,
  index: 0,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
  title: 'Releases',
  url: 'https://example.test/releases',
};
const click = (extra: Partial<browser.Menus.OnClickData>): browser.Menus.OnClickData => ({
  menuItemId: 'send:my-pack',
  editable: false,
  frameId: 0,
  modifiers: [],
  pageUrl: tab.url,
  ...extra,
});

describe('collectLinks', () => {
  it('prefers the selection: its text, the anchors it touches and the clicked link, deduplicated', () => {
    const collected = collectLinks(
      { selectionText: `${MAGNET_A} and more`, linkUrl: MAGNET_B, pageUrl: tab.url },
      { text: `${MAGNET_A} and more ${MAGNET_A}`, hrefs: [MAGNET_B, `${tab.url}#top`, 'javascript:void(0)'] },
    );
    expect(collected.source).toBe('selection');
    expect(collected.links.map((link) => link.url)).toEqual([MAGNET_A, MAGNET_B]);
  });

  it('counts share links and unreadable link-shaped text in a selection, with a reason when nothing is left', () => {
    const collected = collectLinks({
      selectionText: 'https://mypikpak.com/s/VNabcdef123 ed2k://|file|x|notasize|zz|/',
    });
    expect(collected.links).toHaveLength(0);
    expect(collected.shares).toBe(1);
    expect(collected.unreadable).toBe(1);
    expect(collected.reason).toEqual({ unsendable: 'pikpak-share-link' });
  });

  it('falls back to the link, then the media source, then the page, each with its reason when refused', () => {
    expect(collectLinks({ linkUrl: MAGNET_A, pageUrl: tab.url }).source).toBe('link');
    expect(collectLinks({ srcUrl: 'https://cdn.example.test/v.mp4', pageUrl: tab.url })).toMatchObject({
      source: 'media',
      links: [{ url: 'https://cdn.example.test/v.mp4' }],
    });
    expect(collectLinks({ pageUrl: 'https://x.com/user/status/1' })).toMatchObject({
      source: 'page',
      links: [{ kind: 'social' }],
    });
    expect(collectLinks({ srcUrl: 'blob:https://example.test/1234' })).toMatchObject({
      source: 'media',
      links: [],
      reason: { reject: 'unsupported-scheme' },
    });
  });
});

describe('the menu', () => {
  it('puts the default first, then recent folders, then My Pack, without repeats', () => {
    const items = buildMenu({ defaultDestination: MOVIES, siteRules: [] }, [MOVIES, SHOWS]);
    expect(items.map((item) => [item.id, item.title, item.parentId ?? ''])).toEqual([
      [MENU_PARENT_ID, 'Send to PikPak', ''],
      ['send:folder:VNmovies', 'Movies (default)', MENU_PARENT_ID],
      ['send:separator', '', MENU_PARENT_ID],
      ['send:folder:VNshows', 'Shows', MENU_PARENT_ID],
      ['send:my-pack', 'My Pack', MENU_PARENT_ID],
    ]);
    expect(items.every((item) => item.contexts.join() === 'link,selection,page,video,audio')).toBe(true);
  });

  it('is one default item when there is nowhere else to send', () => {
    expect(buildMenu({ defaultDestination: MY_PACK, siteRules: [] }, []).map((item) => item.title)).toEqual([
      'Send to PikPak',
      'My Pack (default)',
    ]);
  });

  it('reads destinations back from item ids, even a folder that left the recent list', () => {
    expect(destinationForMenuId(menuIdFor(MOVIES), [MOVIES])).toEqual(MOVIES);
    expect(destinationForMenuId('send:my-pack', [])).toEqual(MY_PACK);
    expect(destinationForMenuId('send:folder:VNgone', [])).toEqual({ kind: 'folder', id: 'VNgone', name: 'VNgone' });
    expect(destinationForMenuId(MENU_PARENT_ID, [])).toBeUndefined();
  });
});

describe('handleMenuClick', () => {
  it('queues a right-clicked link to the clicked destination at once', async () => {
    const { deps, queued, confirmed } = fakeDeps();
    const outcome = await handleMenuClick(click({ menuItemId: 'send:folder:VNmovies', linkUrl: MAGNET_A }), tab, deps);
    expect(outcome).toEqual({ kind: 'queued', added: 1, alreadyQueued: 0 });
    expect(queued).toEqual([
      { links: [{ url: MAGNET_A, key: `btih:${HASH_A}`, displayName: 'Alpha' }], destination: MOVIES },
    ]);
    expect(confirmed).toHaveLength(0);
  });

  it('reads the selection from the page and asks which of several links to send', async () => {
    const readSelection = vi
      .fn<MenuClickDeps['readSelection']>()
      .mockResolvedValue({ text: MAGNET_A, hrefs: [MAGNET_B] });
    const { deps, queued, confirmed } = fakeDeps({ readSelection });
    const outcome = await handleMenuClick(click({ selectionText: 'cut short', frameId: 3 }), tab, deps);
    expect(readSelection).toHaveBeenCalledWith(7, 3);
    expect(outcome).toEqual({ kind: 'confirm', id: 'pending-1', count: 2 });
    expect(queued).toHaveLength(0);
    expect(confirmed[0]).toMatchObject({
      id: 'pending-1',
      destination: MY_PACK,
      links: [{ url: MAGNET_A }, { url: MAGNET_B }],
      page: { title: 'Releases', url: tab.url },
      skipped: { shares: 0, unreadable: 0 },
    });
  });

  it('uses selectionText when the page cannot be read, and says why when nothing in it can be sent', async () => {
    const { deps, queued, notes } = fakeDeps();
    const outcome = await handleMenuClick(click({ selectionText: 'just some words' }), tab, deps);
    expect(outcome?.kind).toBe('nothing');
    expect(queued).toHaveLength(0);
    expect(notes).toEqual([
      { id: 'send-nothing', title: 'No links in the selection', message: 'not a magnet, ed2k or web link' },
    ]);
  });

  it('sends no share link, and offers to open it (click and button), with its pass code', async () => {
    const { deps, notes, queued } = fakeDeps();
    await handleMenuClick(click({ linkUrl: 'https://mypikpak.com/s/VNabcdef123?pwd=ab12' }), tab, deps);
    expect(queued).toHaveLength(0);
    const open = { type: 'open-share', shareId: 'VNabcdef123', passCode: 'ab12' };
    expect(notes).toEqual([
      {
        id: 'send-share',
        title: 'This is a PikPak share',
        message: 'Open it in PikPak Companion to browse, play or save its files.',
        context: 'mypikpak.com/s/VNabcdef123',
        click: open,
        buttons: [{ title: 'Open in PikPak Companion', action: open }],
      },
    ]);
    expect(await handleMenuClick(click({ menuItemId: 'someone-else' }), tab, deps)).toBeUndefined();
  });

  it('lists the share links of a selection in the confirm window, beside the links to send', async () => {
    const { deps, confirmed } = fakeDeps();
    const text = `${MAGNET_A} https://mypikpak.com/s/VNshareone 提取码: xy9z https://mypikpak.net/s/VNsharetwo`;
    const outcome = await handleMenuClick(click({ selectionText: text }), tab, deps);
    expect(outcome).toEqual({ kind: 'confirm', id: 'pending-1', count: 1 });
    expect(confirmed[0]).toMatchObject({
      links: [{ url: MAGNET_A }],
      skipped: { shares: 2, unreadable: 0 },
      shares: [
        { shareId: 'VNshareone', passCode: 'xy9z', displayName: 'mypikpak.com/s/VNshareone' },
        { shareId: 'VNsharetwo', displayName: 'mypikpak.net/s/VNsharetwo' },
      ],
    });
    // Only shares: the window lists them to open, nothing to send.
    const onlyShares = fakeDeps();
    const shares = 'https://mypikpak.com/s/VNshareone https://mypikpak.com/s/VNsharetwo';
    expect(await handleMenuClick(click({ selectionText: shares }), tab, onlyShares.deps)).toMatchObject({
      kind: 'confirm',
      count: 0,
    });
    expect(onlyShares.confirmed[0]?.shares).toHaveLength(2);
  });
});

describe('the shortcut', () => {
  it('sends the selection to the default destination', async () => {
    const { deps, queued } = fakeDeps({ readSelection: () => Promise.resolve({ text: `see ${MAGNET_A}`, hrefs: [] }) });
    expect(await handleShortcut('send-selection', tab, deps)).toMatchObject({ kind: 'queued' });
    expect(queued[0]?.destination).toEqual(MOVIES);
  });

  it('with nothing selected, reads the clipboard when allowed, else says how to allow it', async () => {
    const allowed = fakeDeps({
      readClipboard: () => Promise.resolve({ allowed: true, text: `${MAGNET_A}\n${MAGNET_B}` }),
    });
    expect(await handleShortcut('send-selection', tab, allowed.deps)).toMatchObject({ kind: 'confirm', count: 2 });
    expect(allowed.confirmed[0]?.page.title).toBe('Clipboard');

    const denied = fakeDeps();
    expect(await handleShortcut('send-selection', tab, denied.deps)).toEqual({ kind: 'clipboard-not-allowed' });
    expect(denied.notes[0]).toMatchObject({
      title: 'Nothing selected',
      click: { type: 'open-options', section: 'shortcut' },
    });
    expect(await handleShortcut('other-command', tab, denied.deps)).toBeUndefined();
  });
});
