import { describe, expect, it } from 'vitest';
import type { PikPakClient } from '../../../../src/api/client.ts';
import { freshLink } from '../../../../src/background/downloads/fresh-link.ts';
import {
  createDownloadJobs,
  MAX_ACTIVE,
  type BrowserDownloadState,
  type BrowserDownloads,
  type DownloadJobs,
} from '../../../../src/background/downloads/jobs.ts';
import { downloadJobsItem, type DownloadJob } from '../../../../src/shared/download-jobs.ts';
import type { PlannedFile } from '../../../../src/shared/file-transfer.ts';
import { CDN_MAX_BYTES, cdnBytes, type FakePikPak } from '../../../fake-pikpak/index.ts';
import type { DriveFile } from '../../../fake-pikpak/drive/types.ts';
import { LINK_LIFETIME_SECONDS } from '../../../fake-pikpak/drive/links.ts';
import { makeClient, memoryStore, pairFrom } from '../../api/helpers.ts';
import { useFakePikPak } from '../../use-fake-pikpak.ts';

/**
 * Browser downloads of a PikPak folder, end to end in Node: the worker's download jobs (stored in the extension's
 * storage, @webext-core/fake-browser), the real API client and `freshLink` against the fake PikPak, and a browser
 * whose downloads really fetch their URL from the fake CDN and check every byte.
 */

const fake = useFakePikPak({ https: false, seed: 'empty' });
const DETAIL = /^\/drive\/v1\/files\/[^/]+$/;
const CAPTCHA_INIT = '/v1/shield/captcha/init';

interface Folder {
  files: DriveFile[];
  planned: PlannedFile[];
}

let folders = 0;

/**
 * A folder of `count` files, nested a little: a tenth in the folder itself, the rest in `Disc n`, half of every
 * even disc one level deeper in `Extras`. Sizes vary, up to a few KB (the CDN serves that many bytes).
 */
function makeFolder(count: number, options: { videos?: number } = {}): Folder {
  const name = `Folder ${++folders}`;
  const root = fake.control.files.add({ parentId: '', name, kind: 'drive#folder' });
  const discs = new Map<string, DriveFile>();
  const folderAt = (path: string, parentId: string, own: string) => {
    let folder = discs.get(path);
    if (!folder) {
      folder = fake.control.files.add({ parentId, name: own, kind: 'drive#folder' });
      discs.set(path, folder);
    }
    return folder;
  };
  const result: Folder = { files: [], planned: [] };
  for (let i = 0; i < count; i++) {
    const disc = i % 10;
    let parent = root;
    let path = name;
    if (disc > 0) {
      parent = folderAt(`${name}/Disc ${disc}`, root.id, `Disc ${disc}`);
      path = `${path}/Disc ${disc}`;
      if (disc % 2 === 0 && i % 20 >= 10) {
        parent = folderAt(`${path}/Extras`, parent.id, 'Extras');
        path = `${path}/Extras`;
      }
    }
    const video = i < (options.videos ?? 0);
    const file = fake.control.files.add({
      parentId: parent.id,
      name: video ? `clip ${i}.mp4` : `file ${i}.bin`,
      kind: 'drive#file',
      size: 1 + ((i * 7919) % 4096),
      ...(video ? { video: { durationSeconds: 60, width: 1920, height: 1080 } } : {}),
    });
    result.files.push(file);
    result.planned.push({ id: file.id, path: `${path}/${file.name}`, size: file.size });
  }
  return result;
}

interface Handed {
  id: number;
  url: string;
  filename: string;
  fileId: string;
}

/**
 * The browser's downloads over the fake CDN: each download fetches its URL (after `download()` resolved, as the
 * browser reports its downloads' ends by events) and compares the bytes with what the CDN serves for that file,
 * then tells the jobs it completed, or was interrupted with the reason Chrome gives (a 403 is SERVER_FORBIDDEN).
 * `hold` keeps downloads from fetching until `release()`.
 */
function cdnBrowser(folder: Folder) {
  const byPath = new Map(folder.planned.map((file, index) => [file.path, folder.files[index] as DriveFile]));
  const items = new Map<number, { state: BrowserDownloadState; error?: string }>();
  const handed: Handed[] = [];
  const problems: string[] = [];
  const held: (() => void)[] = [];
  const running = new Set<Promise<void>>();
  let holding = false;
  let jobs: DownloadJobs | undefined;
  let active = 0;
  let most = 0;
  let nextId = 1;

  async function fetchAndReport(id: number, url: string, file: DriveFile) {
    if (holding) await new Promise<void>((resolve) => held.push(resolve));
    else await new Promise((resolve) => setImmediate(resolve));
    const response = await fake.fetch(url);
    let state: 'complete' | 'interrupted' = 'complete';
    let error: string | undefined;
    if (response.status === 403) [state, error] = ['interrupted', 'SERVER_FORBIDDEN'];
    else if (!response.ok) [state, error] = ['interrupted', `SERVER_FAILED ${response.status}`];
    else {
      const bytes = Buffer.from(await response.arrayBuffer());
      const expected = cdnBytes(file.hash, 0, Math.min(file.size, CDN_MAX_BYTES));
      if (!bytes.equals(expected)) problems.push(`${file.name}: ${bytes.length} bytes, not the CDN's`);
    }
    items.set(id, { state, ...(error === undefined ? {} : { error }) });
    active--;
    await jobs?.downloadChanged(id, state, error);
  }

  const downloads: BrowserDownloads = {
    download({ url, filename }) {
      const file = byPath.get(filename);
      if (!file) return Promise.reject(new Error(`Invalid filename ${filename}`));
      const id = nextId++;
      handed.push({ id, url, filename, fileId: file.id });
      items.set(id, { state: 'in_progress' });
      most = Math.max(most, ++active);
      const run = fetchAndReport(id, url, file).catch((error: unknown) => void problems.push(String(error)));
      running.add(run);
      void run.finally(() => running.delete(run));
      return Promise.resolve(id);
    },
    state: (id) => Promise.resolve(items.get(id)),
    cancel: () => Promise.resolve(),
  };
  return {
    downloads,
    handed,
    problems,
    get most() {
      return most;
    },
    attach(value: DownloadJobs) {
      jobs = value;
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      for (const resolve of held.splice(0)) resolve();
    },
    /** Every download's fetch and report, done. */
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}

interface Setup {
  disableMediaLinks?: boolean;
  slept?: number[];
}

function setup(folder: Folder, options: Setup = {}) {
  const client: PikPakClient = makeClient(fake, memoryStore(pairFrom(fake)));
  const browser = cdnBrowser(folder);
  const jobs = createDownloadJobs({
    store: downloadJobsItem,
    downloads: browser.downloads,
    link: ({ id }) =>
      freshLink(id, {
        client,
        disableMediaLinks: options.disableMediaLinks ?? true,
        now: () => fake.control.clock.now(),
        sleep: (ms) => {
          options.slept?.push(ms);
          return Promise.resolve();
        },
      }),
  });
  browser.attach(jobs);
  return { browser, jobs };
}

/** The job once it is no longer running (its last file done or failed). */
async function ended(jobId: string, timeoutMs = 30_000): Promise<DownloadJob> {
  const started = Date.now();
  for (;;) {
    const job = (await downloadJobsItem.get()).find((each) => each.id === jobId);
    if (job && job.state !== 'running') return job;
    if (Date.now() - started > timeoutMs) throw new Error(`job still running: ${JSON.stringify(job?.files.length)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** How many detail calls (`GET /drive/v1/files/{id}`) each file got. */
function detailCalls(f: FakePikPak): Map<string, number> {
  const calls = new Map<string, number>();
  for (const entry of f.log.filter({ host: 'drive', method: 'GET', path: DETAIL })) {
    const id = decodeURIComponent(entry.path.split('/').at(-1) ?? '');
    calls.set(id, (calls.get(id) ?? 0) + 1);
  }
  return calls;
}

const param = (url: string, name: string) => new URL(url).searchParams.get(name);

describe('downloading a folder through the browser', () => {
  it('downloads 1,000 files, three at a time, with one detail call each and the original links', async () => {
    fake.control.captcha.requireOnAllDriveCalls = true;
    try {
      const folder = makeFolder(1000);
      const { browser, jobs } = setup(folder, { disableMediaLinks: true });
      const started = performance.now();
      const jobId = await jobs.start('Folder', folder.planned);
      const job = await ended(jobId);
      const ms = performance.now() - started;
      await browser.idle();

      expect(browser.problems).toEqual([]);
      expect(job.state).toBe('finished');
      expect(job.files.filter((file) => file.state === 'done')).toHaveLength(1000);
      expect(browser.handed).toHaveLength(1000);
      expect(browser.most).toBeLessThanOrEqual(MAX_ACTIVE);
      // Each file handed over once, under its own path.
      expect(new Set(browser.handed.map((each) => each.filename)).size).toBe(1000);
      expect(browser.handed.every((each) => param(each.url, 'category') === 'original')).toBe(true);
      // Exactly one detail call per file: no link was asked for twice, none was asked for and left unused.
      const calls = detailCalls(fake);
      expect(calls.size).toBe(1000);
      expect([...calls.values()].every((count) => count === 1)).toBe(true);
      expect(folder.files.every((file) => calls.get(file.id) === 1)).toBe(true);
      const captchaInits = fake.log.count({ path: CAPTCHA_INIT });
      expect(captchaInits).toBeGreaterThanOrEqual(1);
      expect(captchaInits).toBeLessThanOrEqual(2);
      const cdn = fake.log.count({ host: 'cdn' });
      expect(cdn).toBe(1000);
      console.info(
        `1,000 files: ${Math.round(ms)} ms wall; ${calls.size} files with ${[...calls.values()].reduce((a, b) => a + b, 0)} ` +
          `detail calls, ${captchaInits} captcha init(s), ${cdn} CDN downloads, at most ${browser.most} at once`,
      );
    } finally {
      fake.control.captcha.requireOnAllDriveCalls = false;
    }
    // Every change rewrites the whole stored job (about 3 per file), so this takes ~5-10 s here, not ~1.
  }, 60_000);

  it('with media links on, takes a video’s same-fid link or the original, never the transcode', async () => {
    const folder = makeFolder(6, { videos: 4 });
    const { browser, jobs } = setup(folder, { disableMediaLinks: false });
    const job = await ended(await jobs.start('Videos', folder.planned));
    await browser.idle();
    expect(job.files.map((file) => file.state)).toEqual(Array<string>(6).fill('done'));
    expect(browser.problems).toEqual([]);
    for (const each of browser.handed) {
      expect(param(each.url, 'category')).toBe('original');
      // The fake's fid names the file and the variant it serves.
      expect(Buffer.from(param(each.url, 'fid') ?? '', 'base64url').toString()).toBe(`${each.fileId}:original`);
    }
    // The videos' details did offer a transcode: the choice, not its absence, kept it out.
    const detail = await makeClient(fake, memoryStore(pairFrom(fake))).call({
      host: 'drive',
      method: 'GET',
      path: `/drive/v1/files/${folder.files[0]?.id ?? ''}`,
      decode: (body) => body as { medias: { category: string }[] },
    });
    expect(detail.medias.map((media) => media.category)).toEqual(['category_origin', 'category_transcode']);
  });

  it('fails a file with an empty fid or without a link as no-link, after one 5 s retry each; the rest download', async () => {
    const folder = makeFolder(20);
    const [emptyFid, missing] = [folder.files[3] as DriveFile, folder.files[11] as DriveFile];
    fake.control.files.setDownloadLink(emptyFid.id, 'empty-fid');
    fake.control.files.setDownloadLink(missing.id, 'missing');
    const slept: number[] = [];
    const { browser, jobs } = setup(folder, { slept });
    const job = await ended(await jobs.start('Folder', folder.planned));
    await browser.idle();

    expect(job.state).toBe('finished');
    const failed = job.files.filter((file) => file.state === 'failed');
    expect(failed.map((file) => [file.id, file.failure?.kind])).toEqual([
      [emptyFid.id, 'no-link'],
      [missing.id, 'no-link'],
    ]);
    expect(job.files.filter((file) => file.state === 'done')).toHaveLength(18);
    expect(slept).toEqual([5_000, 5_000]);
    const calls = detailCalls(fake);
    expect([calls.get(emptyFid.id), calls.get(missing.id)]).toEqual([2, 2]);
    // Neither was handed to the browser: the CDN would have refused the empty fid.
    expect(browser.handed.map((each) => each.fileId)).not.toContain(emptyFid.id);
    expect(browser.handed).toHaveLength(18);
    expect(browser.problems).toEqual([]);
  });

  it('a link that expired before the browser used it: 403, interrupted, failed; retryFailed gets a fresh link', async () => {
    const folder = makeFolder(2);
    const { browser, jobs } = setup(folder);
    browser.hold();
    const jobId = await jobs.start('Folder', folder.planned);
    while (browser.handed.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    const firstUrls = browser.handed.map((each) => each.url);
    // The browser sat on them past their lifetime (a paused download, a sleeping laptop).
    fake.control.clock.advance((LINK_LIFETIME_SECONDS + 60) * 1000);
    browser.release();
    const job = await ended(jobId);
    await browser.idle();
    expect(fake.log.count({ host: 'cdn', status: 403 })).toBe(2);
    expect(job.files.map((file) => [file.state, file.failure])).toEqual([
      ['failed', { kind: 'download-interrupted', message: 'SERVER_FORBIDDEN' }],
      ['failed', { kind: 'download-interrupted', message: 'SERVER_FORBIDDEN' }],
    ]);

    await jobs.retryFailed(jobId);
    const retried = await ended(jobId);
    await browser.idle();
    expect(retried.files.map((file) => file.state)).toEqual(['done', 'done']);
    expect(browser.problems).toEqual([]);
    // A second detail call per file, for a link minted after the clock moved.
    expect([...detailCalls(fake).values()]).toEqual([2, 2]);
    const fresh = browser.handed.slice(2);
    expect(fresh).toHaveLength(2);
    for (const [index, each] of fresh.entries()) {
      expect(Number(param(each.url, 'expire'))).toBeGreaterThan(Number(param(firstUrls[index] ?? '', 'expire')));
      expect(Number(param(each.url, 'expire')) * 1000).toBeGreaterThan(fake.control.clock.now());
    }
  });
});
