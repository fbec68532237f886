import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaSeedIds } from '../fake-pikpak/seeds/seed-ids.ts';
import { MEDIA_TEXTS } from '../fake-pikpak/seeds/basic-media.ts';
import { playerPagePath } from '../../src/shared/pages.ts';
import { type E2E, screenshotBothThemes, startSignedInE2E } from './fixtures.ts';
import { mediaNamed, playsPast, timeOf } from './media.ts';

/**
 * The player page in the production build against the fake's `Sample Media` folder (real H.264 and HEVC clips with
 * their H.264 transcode, subtitles, audio and pictures on the fake CDN). Headless Chromium plays H.264 (with MSE for
 * the transcode, through hls.js) and not HEVC.
 */
let e2e: E2E;
let media: MediaSeedIds;
beforeAll(async () => {
  e2e = await startSignedInE2E('basic');
  if (e2e.fake.seedIds.media === undefined) throw new Error('the basic seed has no Sample Media');
  media = e2e.fake.seedIds.media;
});
afterAll(async () => e2e?.close());

const HOUR = 3600_000;

async function openPlayer(id: string): Promise<Page> {
  return e2e.browser.openPage(playerPagePath(id));
}

const quality = (page: Page) => page.getByRole('combobox', { name: 'Quality' });

async function selectedLabel(select: Locator): Promise<string> {
  return select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
}

async function storedPosition(id: string): Promise<number | undefined> {
  const sw = await e2e.browser.worker();
  return sw.evaluate(async (fileId) => {
    const stored = (await chrome.storage.local.get('playbackPositions'))['playbackPositions'] as
      Record<string, { seconds: number }> | undefined;
    return stored?.[fileId]?.seconds;
  }, id);
}

describe('the player', () => {
  it('plays the original, switches to the transcode from the same time, pauses with Space and resumes after a reload, also one while playing', async () => {
    const page = await openPlayer(media.video);
    const video = mediaNamed(page, 'Big Buck Sample.mp4');
    await page.getByRole('heading', { name: 'Big Buck Sample.mp4' }).waitFor();
    await playsPast(video, 1.5);
    expect(await selectedLabel(quality(page))).toMatch(/^Original/);

    const options = await quality(page).locator('option').allTextContents();
    const transcode = options.find((label) => !label.startsWith('Original'));
    expect(transcode).toBeDefined();
    const before = await timeOf(video);
    await quality(page).selectOption({ label: transcode });
    // Goes on from about where it was (hls.js starts at the fragment holding that time), and keeps playing.
    const after = await playsPast(video, before);
    expect(after).toBeLessThan(before + 3);
    expect(await video.evaluate((el: HTMLMediaElement) => el.currentSrc)).toMatch(/^blob:chrome-extension:/);

    // Space on the focused video is the page's (the native controls do not toggle it a second time).
    await video.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => video.evaluate((el: HTMLMediaElement) => el.paused)).toBe(true);
    const pausedAt = await timeOf(video);
    await expect.poll(() => storedPosition(media.video)).toBeCloseTo(pausedAt, 0);
    await screenshotBothThemes(page, 'player-video');

    await page.reload();
    const again = mediaNamed(page, 'Big Buck Sample.mp4');
    await expect.poll(() => timeOf(again)).toBeGreaterThanOrEqual(pausedAt - 0.5);
    expect(await timeOf(again)).toBeLessThan(pausedAt + 1);
    // Left while playing: the position saved as the page goes away is where the next open starts.
    const leftAt = await playsPast(again, pausedAt + 1.5);
    await page.reload();
    const third = mediaNamed(page, 'Big Buck Sample.mp4');
    await expect.poll(() => timeOf(third)).toBeGreaterThanOrEqual(leftAt - 0.1);
    expect(await timeOf(third)).toBeLessThan(leftAt + 2);
    await page.close();
  });

  it('names its controls, changes speed, has the subtitles beside the video as a track with cues, and turns them off', async () => {
    const page = await openPlayer(media.video);
    const video = mediaNamed(page, 'Big Buck Sample.mp4');
    const toolbar = page.getByRole('toolbar', { name: 'Player controls' });
    await toolbar.getByRole('button', { name: 'Picture in picture' }).waitFor();
    await toolbar.getByRole('link', { name: 'Download' }).waitFor();
    await page.getByRole('link', { name: 'Back to the folder' }).waitFor();
    await toolbar.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '1.5×' });
    expect(await video.evaluate((el: HTMLMediaElement) => el.playbackRate)).toBe(1.5);

    const subtitles = page.getByRole('combobox', { name: 'Subtitles' });
    await subtitles.waitFor();
    expect(await selectedLabel(subtitles)).toBe('Big Buck Sample.srt');
    const cues = () =>
      video.evaluate((el: HTMLVideoElement) => {
        const track = Array.from(el.textTracks).find((candidate) => candidate.mode === 'showing');
        return Array.from(track?.cues ?? []).map((cue) => (cue as VTTCue).text);
      });
    await expect.poll(cues).toHaveLength(3);
    expect((await cues())[0]).toBe(MEDIA_TEXTS.subtitle.split('\r\n')[2]);
    await page.keyboard.press('c');
    expect(await selectedLabel(subtitles)).toBe('Subtitles off');
    await expect.poll(cues).toEqual([]);
    await page.close();
  });

  it('goes to the next file of the folder, and plays a transcode with a notice when the original is HEVC', async () => {
    const page = await openPlayer(media.video);
    await page.getByRole('heading', { name: 'Big Buck Sample.mp4' }).waitFor();
    await page.getByRole('button', { name: 'Next: HEVC Clip.mp4' }).click();
    await page.getByRole('heading', { name: 'HEVC Clip.mp4' }).waitFor();
    expect(new URL(page.url()).searchParams.get('id')).toBe(media.hevc);
    const notice = page.getByRole('status').filter({ hasText: 'can’t play the original (HEVC)' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /^This browser can’t play the original \(HEVC\); playing \S+ instead\.$/,
    );
    const video = mediaNamed(page, 'HEVC Clip.mp4');
    await playsPast(video, 1);
    expect(await selectedLabel(quality(page))).not.toMatch(/^Original/);
    await screenshotBothThemes(page, 'player-hevc');

    // Shift+N: the next one, with its WebVTT subtitles.
    await page.keyboard.press('Shift+N');
    await page.getByRole('heading', { name: 'Second Clip.mp4' }).waitFor();
    await expect
      .poll(() =>
        mediaNamed(page, 'Second Clip.mp4').evaluate((el: HTMLVideoElement) => el.textTracks[0]?.cues?.length),
      )
      .toBe(2);
    await page.close();
  });

  it('fetches an expired link again and plays on from the same time (original, MPEG-TS and HLS transcodes)', async () => {
    const page = await openPlayer(media.secondVideo);
    const video = mediaNamed(page, 'Second Clip.mp4');
    const itemCalls = () => e2e.fake.log.filter({ host: 'drive', path: `/drive/v1/files/${media.secondVideo}` }).length;
    await playsPast(video, 1);
    const labels = await quality(page).locator('option').allTextContents();
    const transcode = labels.find((label) => !label.startsWith('Original')) ?? '';
    const original = labels.find((label) => label.startsWith('Original')) ?? '';

    // Every link the page holds is now past its `expire`: the CDN answers 403.
    e2e.fake.control.clock.advance(17 * HOUR);
    let calls = itemCalls();
    let before = await timeOf(video);
    await quality(page).selectOption({ label: transcode });
    let after = await playsPast(video, before);
    expect(after).toBeLessThan(before + 3);
    expect(itemCalls()).toBeGreaterThan(calls);

    e2e.fake.control.clock.advance(17 * HOUR);
    calls = itemCalls();
    before = await timeOf(video);
    await quality(page).selectOption({ label: original });
    after = await playsPast(video, before);
    expect(after).toBeLessThan(before + 3);
    expect(itemCalls()).toBeGreaterThan(calls);

    // An HLS playlist past its expiry: hls.js reports the refused playlist, the page fetches a fresh one.
    e2e.fake.control.media.transcodeFormat = 'hls';
    await page.reload();
    const reloaded = mediaNamed(page, 'Second Clip.mp4');
    await playsPast(reloaded, 0.5);
    e2e.fake.control.clock.advance(17 * HOUR);
    calls = itemCalls();
    before = await timeOf(reloaded);
    await quality(page).selectOption({ label: transcode });
    after = await playsPast(reloaded, before);
    expect(after).toBeLessThan(before + 3);
    expect(itemCalls()).toBeGreaterThan(calls);
    expect(e2e.fake.log.filter({ host: 'cdn', path: '/hls/index.m3u8', status: 403 }).length).toBeGreaterThan(0);
    e2e.fake.control.media.transcodeFormat = 'mpegts';
    await page.close();
  });

  it('plays audio in the audio layout', async () => {
    const page = await openPlayer(media.audio);
    const audio = mediaNamed(page, 'Theme Song.m4a');
    expect(await audio.evaluate((el) => el.tagName)).toBe('AUDIO');
    await playsPast(audio, 0.5);
    expect(await page.getByRole('combobox', { name: 'Quality' }).count()).toBe(0);
    await audio.evaluate((el: HTMLMediaElement) => el.pause());
    await screenshotBothThemes(page, 'player-audio');
    await page.close();
  });

  it('shows images and goes through the folder’s images with the arrow keys and the buttons', async () => {
    const still = e2e.fake.control.files.add({
      parentId: media.folder,
      name: 'Still.jpg',
      kind: 'drive#file',
      content: 'sample-photo',
    });
    const page = await openPlayer(media.image);
    const poster = page.getByRole('img', { name: 'Poster.png' });
    await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
    await page.getByRole('button', { name: 'Next: Still.jpg' }).waitFor();
    expect(await page.getByRole('button', { name: 'No previous file' }).isDisabled()).toBe(true);
    await screenshotBothThemes(page, 'player-image');

    await page.keyboard.press('ArrowRight');
    const next = page.getByRole('img', { name: 'Still.jpg' });
    await expect.poll(() => next.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
    expect(new URL(page.url()).searchParams.get('id')).toBe(still.id);
    await page.getByRole('button', { name: 'Previous: Poster.png' }).click();
    await poster.waitFor();
    await page.keyboard.press('ArrowLeft');
    // Nothing before the first picture: it stays.
    expect(new URL(page.url()).searchParams.get('id')).toBe(media.image);
    await page.close();
  });
});

describe('from the file browser', () => {
  it('opens a video in the player with Enter, in a tab of its own, and it plays', async () => {
    const files = await e2e.browser.openPage(`src/files/index.html#folder=${media.folder}`);
    await files.getByRole('row', { name: 'Big Buck Sample.mp4', exact: true }).click();
    const opened = e2e.browser.context.waitForEvent('page');
    await files.keyboard.press('Enter');
    const player = await opened;
    expect(new URL(player.url()).searchParams.get('id')).toBe(media.video);
    await playsPast(mediaNamed(player, 'Big Buck Sample.mp4'), 0.5);
    await player.close();
    await files.close();
  });
});
