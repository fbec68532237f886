/**
 * The file browser at 10,000 entries, for `npm run bench`: the fake's `demo` drive (`Camera Roll 2024`, 20 pages of
 * 500) in the production build in headless Chromium. Each run opens the tab at My Drive, double-clicks the folder
 * and measures:
 * - first rows: from the first page's answer reaching the tab (the `files-list-answer` mark, main.tsx) to the first
 *   rows painted (element timing on the rows the page adds), and from the double-click to the same paint;
 * - long tasks: every main-thread task over 50 ms from the first answer until all 10,000 are in and drawn;
 * - heap: the page's JavaScript heap (CDP, garbage collected first) before the double-click and with all 10,000 in;
 * - sorting: a click on a column header to the re-sorted rows painted, and the sort alone (`files-arrange`
 *   measure, files-page.ts);
 * - row elements (`role="row"`) at the top, the middle and the end of the list, in list view and in grid view.
 * `BENCH_PROFILE=<dir>` also saves a CPU profile of each run there (open it in Chrome DevTools' Performance panel).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PAGES, startSignedInE2E } from '../test/e2e/fixtures.ts';

const FOLDER = 'Camera Roll 2024';
const ITEMS = 10_000;
const PAGES_OF_LIST = 20;
/** Clicked in turn after the folder is in; each one re-sorts all 10,000 and changes the rows at the top. */
const SORTS = ['Size', 'Modified', 'Name'] as const;

export interface FileBrowserRun {
  /** First answer → first rows painted. */
  firstRowsAfterAnswer: number;
  /** Double-click → first rows painted. */
  firstRowsAfterClick: number;
  /** Double-click → first answer (the worker and the fake). */
  firstAnswerAfterClick: number;
  /** First answer → all 10,000 in and drawn. */
  allIn: number;
  longestTask: number;
  tasksOver50: number;
  heapMB: number;
  /** One per click in SORTS: click → re-sorted rows painted. */
  sortPainted: number[];
  /** One per click in SORTS: the sort alone. */
  sortAlone: number[];
  listRows: number[];
  gridRows: number[];
  gridTiles: number[];
  /** Paints timed by the frame after the rows were added, Chromium having reported no element timing for them. */
  withoutElementTiming: number;
}

/** Set up in the tab before the double-click (page.evaluate): observers that the measurements read later. */
function instrument(): void {
  interface Bench {
    longTasks: { start: number; duration: number }[];
    /** Element timing of rows added to the page: when each was painted. */
    painted: { added: number; paint: number }[];
    /** For each batch of rows added: the end of the task after the next frame (a paint without element timing). */
    framed: { added: number; frame: number }[];
    clickedAt: number;
  }
  const bench: Bench = { longTasks: [], painted: [], framed: [], clickedAt: NaN };
  Object.assign(window, { bench });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // A row added to the page is tagged for element timing before it is painted (mutation records are delivered
  // before the next frame); its paint time tells when the rows appeared on screen.
  let tagged = 0;
  new MutationObserver((records) => {
    const added = performance.now();
    let rowsAdded = false;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        const rows = node.matches('[role="row"]') ? [node] : [...node.querySelectorAll('[role="row"]')];
        for (const row of rows) {
          if (row.querySelector('[role="columnheader"]') !== null) continue;
          const id = `bench-row-${tagged++}-${added}`;
          for (const element of [row, ...row.querySelectorAll('*')]) element.setAttribute('elementtiming', id);
          rowsAdded = true;
        }
      }
    }
    if (rowsAdded) {
      requestAnimationFrame(() => setTimeout(() => bench.framed.push({ added, frame: performance.now() })));
    }
  }).observe(document.body, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
      const added = Number(/^bench-row-\d+-(.+)$/.exec(entry.identifier)?.[1]);
      if (Number.isFinite(added)) bench.painted.push({ added, paint: entry.renderTime || entry.startTime });
    }
  }).observe({ type: 'element', buffered: true });
  for (const type of ['dblclick', 'click'] as const) {
    window.addEventListener(type, (event) => (bench.clickedAt = event.timeStamp), { capture: true });
  }
}

/**
 * When rows added at or after `since` (ms on the page's clock) were first painted: their element timing, or, if
 * Chromium reported none within a second, the end of the task after the next frame.
 */
async function firstPaintAfter(page: Page, since: number): Promise<{ at: number; elementTiming: boolean }> {
  return page.evaluate(async (since) => {
    const bench = (
      window as unknown as {
        bench: { painted: { added: number; paint: number }[]; framed: { added: number; frame: number }[] };
      }
    ).bench;
    for (let waited = 0; waited < 1000; waited += 10) {
      const paints = bench.painted.filter((each) => each.added >= since).map((each) => each.paint);
      if (paints.length > 0) return { at: Math.min(...paints), elementTiming: true };
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const frames = bench.framed.filter((each) => each.added >= since).map((each) => each.frame);
    return { at: frames.length > 0 ? Math.min(...frames) : NaN, elementTiming: false };
  }, since);
}

/** Two frames and a task: what was committed before is on screen and its observers have reported. */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))),
      ),
  );

/** Rows (and tiles) in the page at the top, the middle and the end of the list. */
async function rowsWhileScrolling(page: Page): Promise<{ rows: number[]; tiles: number[] }> {
  const grid = page.getByRole('grid', { name: `Items in ${FOLDER}` });
  const rows: number[] = [];
  const tiles: number[] = [];
  for (const at of [0, 0.5, 1]) {
    await grid.evaluate((element, at) => (element.scrollTop = at * (element.scrollHeight - element.clientHeight)), at);
    // Until the list stops changing (virtua follows the scroll over a few frames).
    let counts = { rows: 0, tiles: 0, last: -1 };
    for (let frames = 0; frames < 50; frames++) {
      await settle(page);
      const now = await page.evaluate(() => ({
        rows: document.querySelectorAll('[role="row"]').length,
        tiles: document.querySelectorAll('[role="gridcell"][data-index]').length,
        last: Math.max(
          -1,
          ...[...document.querySelectorAll<HTMLElement>('[data-index]')].map((row) => Number(row.dataset.index)),
        ),
      }));
      const still = now.rows === counts.rows && now.tiles === counts.tiles && now.last === counts.last;
      counts = now;
      if (still && (at < 1 || counts.last === ITEMS - 1)) break;
    }
    if (at === 1 && counts.last !== ITEMS - 1) throw new Error(`the end of the list shows item ${counts.last}`);
    rows.push(counts.rows);
    tiles.push(counts.tiles);
  }
  await grid.evaluate((element) => (element.scrollTop = 0));
  return { rows, tiles };
}

async function oneRun(e2e: Awaited<ReturnType<typeof startSignedInE2E>>, run: number): Promise<FileBrowserRun> {
  const page = await e2e.browser.openPage(PAGES.files);
  const cdp = await e2e.browser.context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.getByRole('grid', { name: 'Items in My Drive' }).waitFor();
  const folderRow = page.getByRole('row', { name: FOLDER, exact: true });
  await folderRow.waitFor();
  // tsx keeps function names with a helper that the page does not have; the functions evaluated below need it.
  await page.evaluate('window.__name = (fn) => fn');
  await page.evaluate(instrument);
  const heapBefore = await heap();
  const profile = process.env.BENCH_PROFILE;
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }

  await folderRow.dblclick();
  // Waited for in the page, without polling the DOM (Playwright's text locators would, on the main thread measured).
  const answers = await page.evaluate(
    ({ pages, timeout }) =>
      new Promise<{ clickedAt: number; answers: number[]; allDrawn: number }>((resolve, reject) => {
        const clickedAt = (window as unknown as { bench: { clickedAt: number } }).bench.clickedAt;
        const answers = () =>
          performance
            .getEntriesByName('files-list-answer')
            .filter((mark) => mark.startTime >= clickedAt)
            .map((mark) => mark.startTime);
        const timer = setTimeout(() => reject(new Error(`${answers().length} of ${pages} pages came`)), timeout);
        const check = () => {
          if (answers().length < pages) return false;
          clearTimeout(timer);
          // The last page's rows are drawn in the frame after its answer.
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              setTimeout(() => resolve({ clickedAt, answers: answers(), allDrawn: performance.now() })),
            ),
          );
          return true;
        };
        if (check()) return;
        const observer = new PerformanceObserver(() => {
          if (check()) observer.disconnect();
        });
        observer.observe({ type: 'mark' });
      }),
    { pages: PAGES_OF_LIST, timeout: 60_000 },
  );
  const allDrawn = answers.allDrawn;
  await page.getByText(`${ITEMS.toLocaleString('en-US')} items`, { exact: true }).waitFor();
  const firstAnswer = answers.answers[0] ?? NaN;
  if (answers.answers.length !== PAGES_OF_LIST) {
    throw new Error(`expected ${PAGES_OF_LIST} answers after the double-click, saw ${answers.answers.length}`);
  }
  const first = await firstPaintAfter(page, firstAnswer);
  const firstPaint = first.at;
  let withoutElementTiming = first.elementTiming ? 0 : 1;
  // Long tasks are reported a little after they end.
  await page.waitForTimeout(100);
  const tasks = await page.evaluate(
    ({ from, to }) =>
      (window as unknown as { bench: { longTasks: { start: number; duration: number }[] } }).bench.longTasks
        .filter((task) => task.start + task.duration > from && task.start < to)
        .map((task) => task.duration),
    { from: firstAnswer, to: allDrawn },
  );
  const heapAfter = await heap();

  const sortPainted: number[] = [];
  const sortAlone: number[] = [];
  for (const column of SORTS) {
    await page.getByRole('button', { name: column, exact: true }).click();
    const clickedAt = await page.evaluate(
      () => (window as unknown as { bench: { clickedAt: number } }).bench.clickedAt,
    );
    const paint = await firstPaintAfter(page, clickedAt);
    if (!paint.elementTiming) withoutElementTiming++;
    sortPainted.push(paint.at - clickedAt);
    sortAlone.push(
      await page.evaluate(
        (clickedAt) =>
          Math.max(
            ...performance
              .getEntriesByName('files-arrange')
              .filter((entry) => entry.startTime >= clickedAt)
              .map((entry) => entry.duration),
          ),
        clickedAt,
      ),
    );
    await settle(page);
  }
  if (profile) {
    const { profile: cpu } = await cdp.send('Profiler.stop');
    mkdirSync(profile, { recursive: true });
    writeFileSync(path.join(profile, `files-10k-run${run + 1}.cpuprofile`), JSON.stringify(cpu));
  }

  const list = await rowsWhileScrolling(page);
  await page.getByRole('button', { name: 'Grid view' }).click();
  await page.locator('[role="gridcell"][data-index]').first().waitFor();
  const grid = await rowsWhileScrolling(page);
  // The view mode is remembered: the next run starts in the list again.
  await page.getByRole('button', { name: 'List view' }).click();
  await page.getByRole('columnheader', { name: 'Name' }).waitFor();
  await cdp.detach();
  await page.close();

  return {
    firstRowsAfterAnswer: firstPaint - firstAnswer,
    firstRowsAfterClick: firstPaint - answers.clickedAt,
    firstAnswerAfterClick: firstAnswer - answers.clickedAt,
    allIn: allDrawn - firstAnswer,
    longestTask: Math.max(0, ...tasks),
    tasksOver50: tasks.filter((duration) => duration > 50).length,
    heapMB: (heapAfter - heapBefore) / 1_048_576,
    sortPainted,
    sortAlone,
    listRows: list.rows,
    gridRows: grid.rows,
    gridTiles: grid.tiles,
    withoutElementTiming,
  };
}

/** Runs the file browser `runs` times in one browser signed in to the fake's demo drive. */
export async function measureFileBrowser(runs: number): Promise<FileBrowserRun[]> {
  const e2e = await startSignedInE2E('demo');
  try {
    const results: FileBrowserRun[] = [];
    for (let run = 0; run < runs; run++) results.push(await oneRun(e2e, run));
    return results;
  } finally {
    await e2e.close();
  }
}

/** Lines such as `files 10k: first rows after first answer  median 42 ms  worst 61 ms  (bound 150 ms, 0.28×)`. */
export function fileBrowserReport(results: FileBrowserRun[]): string[] {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
      ? (sorted[middle] ?? NaN)
      : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  };
  interface Shown {
    unit?: string;
    bound?: number;
    digits?: number;
    /** Values of 0 are below what can be seen (a long task is one over 50 ms). */
    below?: number;
  }
  const line = (label: string, values: number[], { unit = '', bound, digits = 0, below }: Shown = {}) => {
    const show = (value: number) =>
      below !== undefined && value === 0 ? `<${below}${unit}` : `${value.toFixed(digits)}${unit}`;
    const middle = median(values);
    const ratio = below !== undefined && middle === 0 ? '<1.00' : bound ? (middle / bound).toFixed(2) : '';
    const limit = bound === undefined ? '' : `  (bound ${show(bound)}${ratio ? `, ${ratio}×` : ''})`;
    return `files 10k: ${label}  median ${show(middle)}  worst ${show(Math.max(...values))}${limit}`;
  };
  const all = (key: keyof Omit<FileBrowserRun, 'sortPainted' | 'sortAlone' | 'listRows' | 'gridRows' | 'gridTiles'>) =>
    results.map((run) => run[key]);
  const most = (key: 'listRows' | 'gridRows' | 'gridTiles') => results.map((run) => Math.max(...run[key]));
  const ms = { unit: ' ms' };
  const untimed = results.reduce((sum, run) => sum + run.withoutElementTiming, 0);
  return [
    `files 10k: ${results.length} runs of ${FOLDER} (${ITEMS.toLocaleString('en-US')} items, ${PAGES_OF_LIST} pages of 500)`,
    line('first rows after first answer', all('firstRowsAfterAnswer'), { ...ms, bound: 150 }),
    line('double-click → first rows', all('firstRowsAfterClick'), ms),
    line('double-click → first answer', all('firstAnswerAfterClick'), ms),
    line('first answer → all 10,000 in', all('allIn'), ms),
    line('longest task while the rest loads', all('longestTask'), { ...ms, bound: 50, below: 50 }),
    line('tasks over 50 ms while the rest loads', all('tasksOver50'), { bound: 0 }),
    line(
      'sort all → rows painted',
      results.flatMap((run) => run.sortPainted),
      { ...ms, bound: 50 },
    ),
    line(
      'sort all, the sort alone',
      results.flatMap((run) => run.sortAlone),
      { ...ms, bound: 50, digits: 1 },
    ),
    line('rows in the page, list (top, middle, end)', most('listRows'), { bound: 100 }),
    line('rows in the page, grid (top, middle, end)', most('gridRows'), { bound: 100 }),
    line('tiles in the page, grid (top, middle, end)', most('gridTiles')),
    line('heap for the open folder', all('heapMB'), { unit: ' MB', bound: 30, digits: 1 }),
    ...(untimed > 0
      ? [`files 10k: ${untimed} paints had no element timing: timed by the frame after the rows came`]
      : []),
  ];
}
