import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playerPagePath } from '../../src/shared/pages.ts';
import { OPTIONS_SECTION_IDS } from '../../src/options/sections.ts';
import { axeBothSchemes } from './axe.ts';
import { itemRow, itemsGrid, PAGES, POPUP_VIEWPORT, signInWithPastedToken, startE2E, type E2E } from './fixtures.ts';
import { clickMenu } from './page-actions.ts';

/**
 * axe-core over every page and state that matters, in the light and the dark scheme (contrast differs): no serious
 * or critical violation. Also by hand: reduced motion stops the spinners, and the focused button shows a ring.
 * The `basic` seed, signed out first and then signed in with a pasted token; the `empty` seed for the empty popup.
 */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E('basic');
});
afterAll(async () => e2e?.close());

const row = itemRow;
const places = (page: Page) => page.getByRole('navigation', { name: 'Drive' });

async function expectClean(page: Page, where: string): Promise<void> {
  expect(await axeBothSchemes(page, where)).toBe('');
}

/** The page's CSS animations that are running (not finished or paused). */
const runningAnimations = (page: Page) =>
  page.evaluate(async () => {
    // An animation that has just started is running until its first frame, however short it is.
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    return document
      .getAnimations()
      .filter((animation) => animation instanceof CSSAnimation && animation.playState === 'running')
      .map((animation) => (animation as CSSAnimation).animationName);
  });

describe('signed out', () => {
  it('the popup', async () => {
    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    await popup
      .getByRole('button', { name: /sign in/i })
      .first()
      .waitFor();
    await expectClean(popup, 'popup signed out');
    await popup.close();
  });

  it('the options page, each section', async () => {
    const options = await e2e.browser.openPage(`${PAGES.options}#account`);
    await options.getByRole('button', { name: 'Paste token' }).waitFor();
    await expectClean(options, 'options signed out');
    await options.getByRole('button', { name: 'Paste token' }).click();
    await options.getByLabel('Refresh token').waitFor();
    await expectClean(options, 'options signed out, paste token open');
    await options.close();
  });
});

describe('signed in', () => {
  beforeAll(async () => {
    const options = await signInWithPastedToken(e2e);
    await options.close();
  });

  it('the popup with tasks', async () => {
    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    await popup.getByRole('list', { name: 'Offline downloads' }).getByText('Task timeout').waitFor();
    await expectClean(popup, 'popup with tasks');
    await popup.close();
  });

  it('the options page, each section', async () => {
    for (const section of OPTIONS_SECTION_IDS) {
      const options = await e2e.browser.openPage(`${PAGES.options}#${section}`);
      await options.getByRole('region', { name: 'Account' }).getByText('tester@example.com').first().waitFor();
      await options.locator(`#${section}`).scrollIntoViewIfNeeded();
      await expectClean(options, `options #${section}`);
      await options.close();
    }
  });

  it('Options › Downloads with a site rule and the rule and root folder fields refusing input', async () => {
    const options = await e2e.browser.openPage(`${PAGES.options}#downloads`);
    await options.evaluate(() =>
      chrome.storage.local.set({
        settings: { siteRules: [{ site: 'nyaa.si', destination: { kind: 'folder', id: 'VN1', name: 'Anime' } }] },
      }),
    );
    const downloads = options.getByRole('region', { name: 'Downloads' });
    await downloads.getByRole('list', { name: 'Rules' }).getByText('nyaa.si').waitFor();
    const rule = options.getByRole('form', { name: 'New rule' });
    await rule.getByRole('textbox', { name: 'Website' }).fill('not a site');
    await rule.getByRole('button', { name: 'Add rule' }).click();
    await rule.getByText(/This is not a website name/).waitFor();
    const root = options.getByRole('form', { name: 'Root folder' });
    await root.getByRole('textbox', { name: 'Folder id or address' }).fill('https://example.com/');
    await root.getByRole('button', { name: 'Save root folder' }).click();
    await root.getByText(/neither a folder id/).waitFor();
    await options.locator('#downloads').scrollIntoViewIfNeeded();
    await expectClean(options, 'options #downloads with rules and field errors');
    // The rest of this file browses My Drive with the default settings.
    await options.evaluate(() => chrome.storage.local.remove('settings'));
    await options.close();
  });

  describe('the file browser', () => {
    let page: Page;

    it('My Drive as a list', async () => {
      page = await e2e.browser.openPage(PAGES.files);
      await row(page, 'notes.md').waitFor();
      await expectClean(page, 'files: My Drive list');
    });

    it('the context menu open', async () => {
      await row(page, 'notes.md').click({ button: 'right' });
      await page.getByRole('menu').waitFor();
      const report = await axeBothSchemes(page, 'files: context menu');
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'detached' });
      expect(report).toBe('');
    });

    it('the Move to dialog', async () => {
      await row(page, 'notes.md').click({ button: 'right' });
      await page.getByRole('menuitem', { name: 'Move to…' }).click();
      const picker = page.getByRole('dialog', { name: 'Move “notes.md”' });
      await picker.waitFor();
      await picker.getByText('Documents').first().waitFor();
      const report = await axeBothSchemes(page, 'files: Move to dialog');
      await page.keyboard.press('Escape');
      await picker.waitFor({ state: 'detached' });
      expect(report).toBe('');
    });

    it('a transfer dialog (a folder’s Download)', async () => {
      await row(page, 'Documents').click({ button: 'right' });
      await page.getByRole('menuitem', { name: 'Download' }).click();
      const dialog = page.getByRole('dialog', { name: 'Download “Documents”' });
      await dialog.getByRole('button', { name: /Download 2 files/ }).waitFor();
      const report = await axeBothSchemes(page, 'files: transfer dialog');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(report).toBe('');
    });

    it('the grid with the details panel open', async () => {
      await page.getByRole('button', { name: 'Grid view' }).click();
      await page.getByRole('gridcell', { name: /^notes\.md / }).click();
      await page.getByRole('button', { name: 'Details' }).click();
      await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'notes.md' }).waitFor();
      const report = await axeBothSchemes(page, 'files: grid with details');
      await page.getByRole('button', { name: 'Close details' }).click();
      await page.getByRole('button', { name: 'List view' }).click();
      expect(report).toBe('');
    });

    it('Starred', async () => {
      await places(page).getByRole('link', { name: 'Starred' }).click();
      await itemsGrid(page, 'Starred').waitFor();
      await row(page, 'notes.md').waitFor();
      await expectClean(page, 'files: Starred');
    });

    it('Trash and its delete-forever dialog', async () => {
      await places(page).getByRole('link', { name: 'Trash' }).click();
      await itemsGrid(page, 'Trash').waitFor();
      await row(page, 'old-backup.zip').waitFor();
      await expectClean(page, 'files: Trash');
      await row(page, 'old-backup.zip').click({ button: 'right' });
      await page.getByRole('menuitem', { name: /Delete permanently/ }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Delete “old-backup.zip” permanently?' });
      await confirm.waitFor();
      const report = await axeBothSchemes(page, 'files: delete-forever dialog');
      await page.keyboard.press('Escape');
      await confirm.waitFor({ state: 'detached' });
      expect(report).toBe('');
    });

    it('the Shares place with recent shares, and a share’s folder', async () => {
      const share = (name: string) => e2e.fake.seedIds.shares[name] ?? '';
      await places(page).getByRole('link', { name: 'Shares' }).click();
      const linkBox = page.getByRole('textbox', { name: 'Share link' });
      await linkBox.waitFor();
      await expectClean(page, 'files: Shares place, no recent share');
      await linkBox.fill(`https://mypikpak.com/s/${share('withPassCode')}?pwd=${share('passCode')}`);
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await row(page, 'Public Domain Films').dblclick();
      await row(page, 'Nosferatu (1922).mp4').click();
      await expectClean(page, 'files: a share’s folder');
      await places(page).getByRole('link', { name: 'Shares' }).click();
      await page.getByRole('list', { name: 'Recent shares' }).waitFor();
      await expectClean(page, 'files: Shares place with recent shares');
    });

    it('honours reduced motion: the reload spinner and progress do not run', async () => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await places(page).getByRole('link', { name: 'My Drive' }).click();
      await row(page, 'notes.md').waitFor();
      const slow = e2e.fake.control.faults.add({ kind: 'slow', method: 'GET', path: '/drive/v1/files', delayMs: 3000 });
      try {
        await page
          .getByRole('button', { name: /Reload|Refresh/ })
          .first()
          .click();
        await page.locator('.files-toolbar__reload--busy').waitFor();
        // Polled: a spinner mounted just now runs until its first frame, which a loaded machine may not have drawn yet;
        // an animation reduced motion does not shorten runs forever and still fails.
        await expect.poll(() => runningAnimations(page), { timeout: 3_000 }).toEqual([]);
      } finally {
        e2e.fake.control.faults.remove(slow);
      }
      await page.emulateMedia({ reducedMotion: null });
    });

    it('shows the focus ring on a button reached with Tab', async () => {
      await page.locator('body').click({ position: { x: 1, y: 1 } });
      let outline = '';
      for (let i = 0; i < 10 && !outline; i++) {
        await page.keyboard.press('Tab');
        outline = await page.evaluate(() => {
          const el = document.activeElement;
          if (!(el instanceof HTMLButtonElement)) return '';
          const style = getComputedStyle(el);
          const ring = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
          return ring || style.boxShadow !== 'none' ? `${style.outlineStyle} ${style.boxShadow}` : 'none';
        });
      }
      expect(outline).not.toBe('');
      expect(outline).not.toBe('none');
      await page.close();
    });
  });

  it('the popup honours reduced motion and shows focus', async () => {
    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    await popup.emulateMedia({ reducedMotion: 'reduce' });
    await popup.getByRole('list', { name: 'Offline downloads' }).getByText('Task timeout').waitFor();
    const slow = e2e.fake.control.faults.add({ kind: 'slow', method: 'GET', path: '/drive/v1/tasks', delayMs: 3000 });
    try {
      await popup.getByRole('button', { name: 'Refresh downloads' }).click();
      await popup.getByRole('button', { name: 'Refresh downloads' }).and(popup.locator('[aria-busy="true"]')).waitFor();
      await expect.poll(() => runningAnimations(popup), { timeout: 3_000 }).toEqual([]);
    } finally {
      e2e.fake.control.faults.remove(slow);
    }
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, shadow: style.boxShadow };
    });
    expect(focused.outline !== 'none' || focused.shadow !== 'none').toBe(true);
    await popup.close();
  });

  it('the confirm window', async () => {
    const page = await e2e.browser.context.newPage();
    const url = 'https://mypikpak.com/links-test';
    const html = `<main>${[1, 2, 3]
      .map((n) => `<p>magnet:?xt=urn:btih:${String(n).repeat(40)}&amp;dn=file-${n}.iso</p>`)
      .join('')}</main>`;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(url);
    await page.bringToFront();
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('main')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const confirmWindow = e2e.browser.context.waitForEvent('page', {
      predicate: (opened) => opened.url().includes('src/confirm/'),
    });
    await clickMenu(e2e.browser, { menuItemId: 'send:my-pack', selectionText: 'magnet:', pageUrl: url });
    const confirm = await confirmWindow;
    await confirm.setViewportSize({ width: 460, height: 620 });
    await confirm.getByRole('heading', { name: '3 links found' }).waitFor();
    await expectClean(confirm, 'confirm window');
    await confirm.close();
    await page.close();
  });

  it('the player: a video with its quality menu, and the image viewer', async () => {
    const media = e2e.fake.seedIds.media;
    if (!media) throw new Error('the basic seed has no Sample Media');
    const video = await e2e.browser.openPage(playerPagePath(media.video));
    await video.getByRole('combobox', { name: 'Quality' }).waitFor();
    await expectClean(video, 'player: video');
    await video.close();
    const image = await e2e.browser.openPage(playerPagePath(media.image));
    await image.getByRole('img').first().waitFor();
    await expectClean(image, 'player: image');
    await image.close();
  });
});

describe('the popup with no task (empty seed)', () => {
  let empty: E2E;
  beforeAll(async () => {
    empty = await startE2E('empty');
    const options = await signInWithPastedToken(empty);
    await options.close();
  });
  afterAll(async () => empty?.close());

  it('is clean', async () => {
    const popup = await empty.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    await popup.getByRole('region', { name: 'Downloads' }).waitFor();
    await popup.waitForTimeout(1000);
    await expectClean(popup, 'popup empty');
    await popup.close();
  });
});
