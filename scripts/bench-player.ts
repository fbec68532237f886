/**
 * The player page, for `npm run bench`: the fake's `basic` drive (`Sample Media/Big Buck Sample.mp4`, a real H.264
 * MP4 on the fake CDN) in the production build in headless Chromium. Each run opens the page for the video in a new
 * tab and measures, from navigation start:
 * - the file's detail reaching the page (the `player-detail-answer` mark, main.tsx);
 * - the video's first frame on screen (`requestVideoFrameCallback`'s presentation time of the first frame);
 * - and, for the floor, the same page's first contentful paint.
 * Between runs the stored position is cleared, so every run starts at 0 as a first open does.
 */
import type { Page } from 'playwright-core';
import { startSignedInE2E } from '../test/e2e/fixtures.ts';

export interface PlayerRun {
  firstPaint: number;
  detailAnswer: number;
  firstFrame: number;
}

/**
 * Installed before the page's own scripts: `window.firstFrame` resolves with the first presented video frame's time.
 * A string, not a function: tsx would wrap the function's inner names in a helper the page does not have.
 */
const WATCH_FIRST_FRAME = `
  window.firstFrame = new Promise((resolve) => {
    const seen = new WeakSet();
    new MutationObserver(() => {
      const video = document.querySelector('video');
      if (video === null || seen.has(video)) return;
      seen.add(video);
      video.requestVideoFrameCallback((now, frame) => resolve(frame.presentationTime));
    }).observe(document, { childList: true, subtree: true });
  });`;

async function oneRun(page: Page, url: string): Promise<PlayerRun> {
  await page.addInitScript({ content: WATCH_FIRST_FRAME });
  await page.goto(url);
  return page.evaluate(async () => {
    const firstFrame = await Promise.race([
      (window as unknown as { firstFrame: Promise<number> }).firstFrame,
      new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 10_000)),
    ]);
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const answer = performance.getEntriesByName('player-detail-answer')[0]?.startTime ?? Number.NaN;
    return { firstPaint: paint, detailAnswer: answer, firstFrame };
  });
}

export async function measurePlayer(runs: number): Promise<PlayerRun[]> {
  const e2e = await startSignedInE2E('basic');
  try {
    const id = e2e.fake.seedIds.media?.video;
    if (id === undefined) throw new Error('the basic seed has no Sample Media');
    const url = `chrome-extension://${e2e.browser.extensionId}/src/player/index.html?id=${id}`;
    const sw = await e2e.browser.worker();
    // One open first: the worker's client, the captcha token and the CDN connection are warm, as in everyday use.
    const warm = await e2e.browser.context.newPage();
    await oneRun(warm, url);
    await warm.close();
    const results: PlayerRun[] = [];
    for (let run = 0; run < runs; run++) {
      await sw.evaluate(() => chrome.storage.local.remove('playbackPositions'));
      const page = await e2e.browser.context.newPage();
      results.push(await oneRun(page, url));
      await page.close();
    }
    return results;
  } finally {
    await e2e.close();
  }
}

export function playerReport(results: PlayerRun[]): string[] {
  const median = (values: number[]) => {
    const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
    return sorted.length === 0 ? Number.NaN : (sorted[Math.floor(sorted.length / 2)] ?? Number.NaN);
  };
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const missed = results.filter((run) => !Number.isFinite(run.firstFrame)).length;
  return [
    `player (H.264 MP4 original, from navigation start, median of ${results.length} opens): ` +
      `first contentful paint ${ms(median(results.map((r) => r.firstPaint)))}, ` +
      `detail answered ${ms(median(results.map((r) => r.detailAnswer)))}, ` +
      `first video frame ${ms(median(results.map((r) => r.firstFrame)))}` +
      (missed > 0 ? ` (${missed} opens showed no frame within 10 s)` : ''),
  ];
}
