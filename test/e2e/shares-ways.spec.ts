import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaBytes } from '../fake-pikpak/index.ts';
import type { DriveFile, Share } from '../fake-pikpak/drive/types.ts';
import { sharePlayerPagePath } from '../../src/shared/pages.ts';
import { type E2E, PAGES, POPUP_VIEWPORT, screenshotBothThemes, startSignedInE2E } from './fixtures.ts';
import { mediaNamed, playsPast } from './media.ts';
import { clickMenu as clickMenuIn, openServedPage as servePage, type MenuClickInfo } from './page-actions.ts';

/**
 * Ways into a PikPak share and playing from one, in the production build: "Open in PikPak Companion" on a share link
 * (the context menu, driven as send-menu.spec.ts does: the worker's own `onClicked` event), Send to PikPak's offer to
 * open a share, quick add's share lines, the player on a share's video, and Options › "Use transcoding address".
 * The share is the second account's folder of two sample clips, behind a pass code.
 */
let e2e: E2E;
let share: Share;
let folder: DriveFile;
let clipA: DriveFile;
let clipB: DriveFile;
const PASS_CODE = 'zz99';

beforeAll(async () => {
  e2e = await startSignedInE2E('basic');
  const owner = e2e.fake.seedIds.accounts['sharer'];
  const add = (name: string, parentId: string, kind: 'drive#file' | 'drive#folder') =>
    e2e.fake.control.files.add({
      name,
      parentId,
      kind,
      userId: owner,
      ...(kind === 'drive#file' ? { content: 'sample-video' as const } : {}),
    });
  folder = add('Shared Clips', '', 'drive#folder');
  clipA = add('Clip A.mp4', folder.id, 'drive#file');
  clipB = add('Clip B.mp4', folder.id, 'drive#file');
  share = e2e.fake.control.shares.add({
    fileIds: [folder.id],
    passCode: PASS_CODE,
    ...(owner ? { ownerSub: owner } : {}),
  });
});
afterAll(async () => e2e?.close());

const shareUrl = () => `https://mypikpak.com/s/${share.id}`;
const shareHash = () => `#share=${share.id}`;

const clickMenu = (info: MenuClickInfo) => clickMenuIn(e2e.browser, info);
const openServedPage = (url: string, html: string) => servePage(e2e.browser, url, html);

/** The next tab whose address is the file browser at the share. */
const shareTab = () =>
  e2e.browser.context.waitForEvent('page', {
    predicate: (opened) => opened.url().includes(`src/files/index.html${shareHash()}`),
    timeout: 15_000,
  });

async function stored(key: string): Promise<unknown> {
  const worker = await e2e.browser.worker();
  return worker.evaluate(async (name) => (await chrome.storage.local.get(name))[name], key);
}

async function forgetShare(): Promise<void> {
  const worker = await e2e.browser.worker();
  await worker.evaluate(() => chrome.storage.local.remove(['sharePassCodes', 'recentShares']));
}

describe('ways into a share', () => {
  it('"Open in PikPak Companion" on a share link opens the file browser at the share, the code beside it remembered', async () => {
    await forgetShare();
    // The item exists (Chrome offers no listing: creating one with the same id fails).
    const worker = await e2e.browser.worker();
    const duplicate = await worker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          chrome.contextMenus.create({ id: 'open-share', title: 'x', contexts: ['link'] }, () =>
            resolve(chrome.runtime.lastError?.message ?? 'created'),
          );
        }),
    );
    expect(duplicate).toMatch(/duplicate id/i);

    e2e.fake.log.clear();
    const html = `<p>New upload: <a href="${shareUrl()}">two clips</a> 提取码: ${PASS_CODE}</p>`;
    const page = await openServedPage('https://example.test/forum/post-1', html);
    const opened = shareTab();
    // The user selected the post and right-clicked the link in it.
    await clickMenu({
      menuItemId: 'open-share',
      linkUrl: shareUrl(),
      selectionText: `New upload: two clips 提取码: ${PASS_CODE}`,
      pageUrl: page.url(),
    });
    const tab = await opened;
    expect(new URL(tab.url()).hash).toBe(shareHash());
    // The file browser shows the share's items, opened with the remembered code (no question asked).
    await tab.getByRole('row', { name: 'Shared Clips', exact: true }).waitFor();
    // Remembered through the worker's share-open (shares.open) before the tab opened.
    expect(await stored('sharePassCodes')).toEqual({ [share.id]: PASS_CODE });
    expect(await stored('recentShares')).toMatchObject([{ shareId: share.id, title: 'Shared Clips' }]);
    const open = e2e.fake.log.filter({ host: 'drive', path: '/drive/v1/share' })[0];
    expect(open?.query['pass_code']).toBe(PASS_CODE);
    await tab.close();
    await page.close();
  });

  it('Send to PikPak on a share link sends nothing and offers to open it', async () => {
    await forgetShare();
    e2e.fake.log.clear();
    const link = `${shareUrl()}?pwd=${PASS_CODE}`;
    const page = await openServedPage('https://example.test/forum/post-2', `<a href="${link}">clips</a>`);
    await clickMenu({ menuItemId: 'send:my-pack', linkUrl: link, pageUrl: page.url() });
    const worker = await e2e.browser.worker();
    await expect
      .poll(() => worker.evaluate(() => chrome.notifications.getAll()), { timeout: 10_000 })
      .toHaveProperty('send-share');
    expect(e2e.fake.log.count({ method: 'POST', path: '/drive/v1/files' })).toBe(0);

    // Its button: "Open in PikPak Companion".
    const opened = shareTab();
    await worker.evaluate(() =>
      (chrome.notifications.onButtonClicked as unknown as { dispatch(id: string, index: number): void }).dispatch(
        'send-share',
        0,
      ),
    );
    const tab = await opened;
    expect(await stored('sharePassCodes')).toEqual({ [share.id]: PASS_CODE });
    await tab.close();
    await page.close();
  });

  it('quick add says a share line is a share and opens it', async () => {
    await forgetShare();
    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    await popup.getByLabel('Links').fill(`${shareUrl()} 提取码: ${PASS_CODE}`);
    const shares = popup.getByRole('list', { name: 'PikPak shares' });
    await shares.getByText(`Line 1: PikPak share mypikpak.com/s/${share.id}`).waitFor();
    await popup.getByRole('status', { name: 'PikPak shares' }).filter({ hasText: '1 PikPak share to open' }).waitFor();
    expect(await popup.getByRole('button', { name: 'Send to PikPak' }).isDisabled()).toBe(true);
    await screenshotBothThemes(popup, 'quick-add-share-line');

    const opened = shareTab();
    await shares.getByRole('button', { name: `Open share mypikpak.com/s/${share.id}` }).click();
    const tab = await opened;
    expect(await stored('sharePassCodes')).toEqual({ [share.id]: PASS_CODE });
    await tab.close();
    if (!popup.isClosed()) await popup.close();
  });
});

const cdnCategories = () =>
  e2e.fake.log.filter({ host: 'cdn' }).map((entry) => entry.query['category'] as string | undefined);

async function setTranscoding(on: boolean): Promise<void> {
  const options = await e2e.browser.openPage(`${PAGES.options}#downloads`);
  const toggle = options.getByRole('switch', { name: 'Use transcoding address' });
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await expect.poll(() => toggle.isChecked()).toBe(on);
  await options.close();
}

/** The share's code as opening it with the code leaves it (shares.open remembers it). */
async function rememberCode(): Promise<void> {
  await forgetShare();
  const worker = await e2e.browser.worker();
  await worker.evaluate(([id, code]) => chrome.storage.local.set({ sharePassCodes: { [id]: code } }), [
    share.id,
    PASS_CODE,
  ] as const);
}

describe('playing from a share', () => {
  it("plays a share's video from the share's own link, with the folder's next clip and the way back to the share", async () => {
    await rememberCode();
    e2e.fake.log.clear();
    const page = await e2e.browser.openPage(sharePlayerPagePath(share.id, clipA.id, folder.id));
    await page.getByRole('heading', { name: 'Clip A.mp4' }).waitFor();
    await playsPast(mediaNamed(page, 'Clip A.mp4'), 1.5);
    // From the share (file_info), never the drive's item call (the file is not the user's).
    expect(e2e.fake.log.count({ host: 'drive', path: '/drive/v1/share/file_info' })).toBeGreaterThan(0);
    expect(e2e.fake.log.count({ host: 'drive', path: `/drive/v1/files/${clipA.id}` })).toBe(0);
    expect(cdnCategories()).toContain('original');
    const back = page.getByRole('link', { name: 'Back to the folder' });
    expect(await back.getAttribute('href')).toBe(`/src/files/index.html#share=${share.id}&folder=${folder.id}`);
    // Played whole, the limit PikPak names for the unsaved video says nothing.
    expect(await page.getByText('PikPak lets you play only part of this shared video.').count()).toBe(0);
    await screenshotBothThemes(page, 'player-share');

    await page.getByRole('button', { name: 'Next: Clip B.mp4' }).click();
    await page.getByRole('heading', { name: 'Clip B.mp4' }).waitFor();
    await playsPast(mediaNamed(page, 'Clip B.mp4'), 0.5);
    expect(new URL(page.url()).search).toBe(`?id=${clipB.id}&share=${share.id}&folder=${folder.id}`);
    await page.close();
  });

  it('with "Use transcoding address" on, plays and downloads the transcoded address', async () => {
    await rememberCode();
    await setTranscoding(true);
    e2e.fake.log.clear();
    const page = await e2e.browser.openPage(sharePlayerPagePath(share.id, clipA.id, folder.id));
    const video = mediaNamed(page, 'Clip A.mp4');
    await playsPast(video, 1);
    // The transcode (MPEG-TS) plays through hls.js.
    expect(await video.evaluate((el: HTMLMediaElement) => el.currentSrc)).toMatch(/^blob:chrome-extension:/);
    expect(cdnCategories()).toContain('transcode');
    expect(cdnCategories()).not.toContain('original');

    // Downloading a share's file from the file browser, as a user does: the share's folder, the file, Download.
    e2e.fake.log.clear();
    const browse = await e2e.browser.openPage(`src/files/index.html${shareHash()}&folder=${folder.id}`);
    await browse.getByRole('row', { name: 'Clip B.mp4', exact: true }).click();
    await browse.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Download' }).click();
    // The transcode's bytes (one MPEG-TS file, as PikPak serves it), not the original's.
    const transcode = mediaBytes('video-h264.mpegts');
    const saved = path.join(e2e.browser.downloadsDir, 'Clip B.mp4');
    await expect
      .poll(() => (existsSync(saved) ? readFileSync(saved).length : -1), { timeout: 20_000 })
      .toBe(transcode.length);
    expect(readFileSync(saved).equals(transcode)).toBe(true);
    expect(cdnCategories()).not.toContain('original');
    // Asked from the share itself, never the drive's item call.
    expect(e2e.fake.log.count({ host: 'drive', path: '/drive/v1/share/file_info' })).toBeGreaterThan(0);
    await browse.close();
    await page.close();
    await setTranscoding(false);
  });
});
