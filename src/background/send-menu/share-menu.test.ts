import { describe, expect, it } from 'vitest';
import type browser from 'webextension-polyfill';
import type { NotificationSpec } from '../feedback/notifications.ts';
import { handleMenuClick, type MenuClickDeps } from './menu-click.ts';
import { handleShareMenuClick, SHARE_MENU_ID, shareMenuItem, shareToOpen, type ShareMenuDeps } from './share-menu.ts';

const SHARE = 'https://mypikpak.com/s/VNabcdef1234';

function fakeDeps() {
  const opened: { shareId: string; passCode: string | undefined; openerTabId: number | undefined }[] = [];
  const notes: NotificationSpec[] = [];
  const deps: ShareMenuDeps = {
    openShare: (shareId, passCode, openerTabId) => {
      opened.push({ shareId, passCode, openerTabId });
      return Promise.resolve();
    },
    notify: (spec) => {
      notes.push(spec);
      return Promise.resolve();
    },
  };
  return { deps, opened, notes };
}

const tab = { id: 4, index: 0, highlighted: true, active: true, pinned: false, incognito: false };

describe('the share menu item', () => {
  it('shows on links to share pages of every PikPak host', () => {
    const item = shareMenuItem();
    expect(item).toMatchObject({ id: SHARE_MENU_ID, title: 'Open in PikPak Companion', contexts: ['link'] });
    expect(item.targetUrlPatterns).toEqual([
      '*://mypikpak.com/s/*',
      '*://www.mypikpak.com/s/*',
      '*://mypikpak.net/s/*',
      '*://www.mypikpak.net/s/*',
      '*://drive.mypikpak.com/s/*',
    ]);
  });
});

describe('shareToOpen', () => {
  it('reads the share and the pass code from the link', () => {
    expect(shareToOpen({ linkUrl: `${SHARE}?pwd=ab12` })).toMatchObject({ shareId: 'VNabcdef1234', passCode: 'ab12' });
    expect(shareToOpen({ linkUrl: 'https://www.mypikpak.net/s/VNabcdef1234/VNfile5678' })).toMatchObject({
      shareId: 'VNabcdef1234',
      fileId: 'VNfile5678',
    });
    expect(shareToOpen({ linkUrl: 'https://drive.mypikpak.com/s/VNabcdef1234?pass_code=x1y2' })).toMatchObject({
      passCode: 'x1y2',
    });
  });

  it('takes the code beside the link in the selected text when the link has none', () => {
    expect(shareToOpen({ linkUrl: SHARE, selectionText: `分享 ${SHARE} 提取码：xy9z 快来` })?.passCode).toBe('xy9z');
    // The anchor's text is no link: a labelled code anywhere in the selection is the code.
    expect(shareToOpen({ linkUrl: SHARE, selectionText: 'Season 1 (download here) password: Qw3rty' })?.passCode).toBe(
      'Qw3rty',
    );
    expect(shareToOpen({ linkUrl: SHARE, selectionText: '下载地址 密码8x2k' })?.passCode).toBe('8x2k');
  });

  it("keeps the link's own code, and never takes another share's", () => {
    expect(shareToOpen({ linkUrl: `${SHARE}?pwd=ab12`, selectionText: `${SHARE} pwd: zzzz` })?.passCode).toBe('ab12');
    const other = 'https://mypikpak.com/s/VNother99999 提取码: zzzz';
    expect(shareToOpen({ linkUrl: SHARE, selectionText: `here, and ${other}` })).not.toHaveProperty('passCode');
    // Prose is no code: English labels need a separator.
    expect(shareToOpen({ linkUrl: SHARE, selectionText: 'the code 2024 is here' })).not.toHaveProperty('passCode');
  });

  it('is nothing for links that are not shares', () => {
    expect(shareToOpen({ linkUrl: 'https://mypikpak.com/s/' })).toBeUndefined();
    expect(shareToOpen({ linkUrl: 'https://example.com/s/VNabcdef1234' })).toBeUndefined();
    expect(shareToOpen({})).toBeUndefined();
  });
});

describe('handleShareMenuClick', () => {
  it('opens the share next to the page, with the code from the selection', async () => {
    const { deps, opened, notes } = fakeDeps();
    const outcome = await handleShareMenuClick({ linkUrl: SHARE, selectionText: `${SHARE} 提取码 ab12` }, tab, deps);
    expect(outcome).toEqual({ kind: 'opened', shareId: 'VNabcdef1234', passCode: 'ab12' });
    expect(opened).toEqual([{ shareId: 'VNabcdef1234', passCode: 'ab12', openerTabId: 4 }]);
    expect(notes).toHaveLength(0);
  });

  it('says so when the link is no share after all', async () => {
    const { deps, opened, notes } = fakeDeps();
    expect(await handleShareMenuClick({ linkUrl: 'https://mypikpak.com/s/?x' }, undefined, deps)).toEqual({
      kind: 'unreadable',
    });
    expect(opened).toHaveLength(0);
    expect(notes[0]?.id).toBe('share-unreadable');
    expect(notes[0]?.message).toMatch(/not a PikPak share/);
  });

  it('is what the menu click does for its item', async () => {
    const { deps, opened } = fakeDeps();
    const info: browser.Menus.OnClickData = {
      menuItemId: SHARE_MENU_ID,
      linkUrl: `${SHARE}?pwd=ab12`,
      editable: false,
      modifiers: [],
    };
    const outcome = await handleMenuClick(info, tab, deps as MenuClickDeps);
    expect(outcome).toMatchObject({ kind: 'opened' });
    expect(opened).toEqual([{ shareId: 'VNabcdef1234', passCode: 'ab12', openerTabId: 4 }]);
  });
});
