import { describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import type { DownloadLink } from '../../shared/domain.ts';
import { downloadJobsItem, jobCounts, type DownloadJob, type JobFile } from '../../shared/download-jobs.ts';
import type { PlannedFile } from '../../shared/file-transfer.ts';
import { RequestError } from '../../shared/messages.ts';
import {
  createDownloadJobs,
  HOLD_MS,
  KEEP_ENDED_JOBS,
  MAX_ACTIVE,
  type BrowserDownloadState,
  type BrowserDownloads,
  type DownloadJobs,
  type JobStore,
} from './jobs.ts';

/** The stored jobs in memory, copied in and out as extension storage does, with every write kept. */
function memoryStore(initial: DownloadJob[] = []) {
  let stored: DownloadJob[] = structuredClone(initial);
  const writes: DownloadJob[][] = [];
  const store: JobStore & { writes: DownloadJob[][]; readonly jobs: DownloadJob[] } = {
    get: () => Promise.resolve(structuredClone(stored)),
    set(jobs) {
      stored = structuredClone(jobs);
      writes.push(stored);
      return Promise.resolve();
    },
    writes,
    get jobs() {
      return stored;
    },
  };
  return store;
}

interface Item {
  id: number;
  url: string;
  filename: string;
  state: BrowserDownloadState;
  error?: string;
}

/** The browser's downloads: records every download, and lets the test say when one completes or breaks. */
function fakeBrowser() {
  let nextId = 100;
  let most = 0;
  const items = new Map<number, Item>();
  const cancelled: number[] = [];
  let refuse: ((filename: string) => string | undefined) | undefined;
  const inProgress = () => [...items.values()].filter((item) => item.state === 'in_progress');
  const downloads: BrowserDownloads = {
    download({ url, filename }) {
      const refusal = refuse?.(filename);
      if (refusal !== undefined) return Promise.reject(new Error(refusal));
      const id = nextId++;
      items.set(id, { id, url, filename, state: 'in_progress' });
      most = Math.max(most, inProgress().length);
      return Promise.resolve(id);
    },
    state(id) {
      const item = items.get(id);
      return Promise.resolve(item && { state: item.state, ...(item.error === undefined ? {} : { error: item.error }) });
    },
    find(filename) {
      // As the browser's search by name: the newest download saved under this path.
      const found = [...items.values()].filter((item) => item.filename === filename).at(-1);
      return Promise.resolve(found?.id);
    },
    cancel(id) {
      cancelled.push(id);
      const item = items.get(id);
      if (item?.state === 'in_progress') Object.assign(item, { state: 'interrupted', error: 'USER_CANCELED' });
      return Promise.resolve();
    },
  };
  return {
    downloads,
    items,
    cancelled,
    inProgress,
    get most() {
      return most;
    },
    refuse(rule: (filename: string) => string | undefined) {
      refuse = rule;
    },
    /** The browser forgets a download (the user cleared it from the list). */
    forget(id: number) {
      items.delete(id);
    },
    /** Ends a download in the browser without telling the jobs (the worker was stopped meanwhile). */
    end(id: number, state: 'complete' | 'interrupted', error?: string) {
      const item = items.get(id);
      if (!item) throw new Error(`no download ${id}`);
      Object.assign(item, { state, ...(error === undefined ? {} : { error }) });
    },
  };
}

type Deferred = { resolve: (link: DownloadLink) => void; reject: (error: unknown) => void; id: string };

/** Links: answered at once by default; `hold()` makes the next ones wait until the test answers them. */
function fakeLinks() {
  const calls: string[] = [];
  const failures = new Map<string, Error>();
  const held: Deferred[] = [];
  let holding = false;
  const link = ({ id }: { id: string }): Promise<DownloadLink> => {
    calls.push(id);
    const failure = failures.get(id);
    if (failure !== undefined) return Promise.reject(failure);
    if (holding) return new Promise((resolve, reject) => held.push({ id, resolve, reject }));
    return Promise.resolve({ url: `https://dl.example/download/?fid=${id}`, expiresAt: Date.now() + 3_600_000 });
  };
  return {
    link,
    calls,
    held,
    fail(id: string, error: Error | undefined) {
      if (error === undefined) failures.delete(id);
      else failures.set(id, error);
    },
    hold(on = true) {
      holding = on;
    },
    answer(each: Deferred) {
      each.resolve({ url: `https://dl.example/download/?fid=${each.id}` });
    },
  };
}

function planned(count: number, prefix = 'f'): PlannedFile[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, path: `Folder/${prefix}${i}.bin`, size: 10 }));
}

function setup(initial: DownloadJob[] = []) {
  const store = memoryStore(initial);
  const browser = fakeBrowser();
  const links = fakeLinks();
  const running: boolean[] = [];
  let ids = 0;
  let clock = 1_000;
  const deps = {
    store,
    downloads: browser.downloads,
    link: links.link,
    newId: () => `job${++ids}`,
    now: () => clock,
    onRunning: (value: boolean) => running.push(value),
  };
  const jobs = createDownloadJobs(deps);
  /** Lets every started run, link and store call go through (without pumping: the jobs must do that themselves). */
  const settled = async () => {
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  /** The browser finishes a download and tells the jobs, as downloads.onChanged does. */
  const finish = async (id: number, state: 'complete' | 'interrupted' = 'complete', error?: string) => {
    browser.end(id, state, error);
    await jobs.downloadChanged(id, state, error);
    await settled();
  };
  const job = (id = 'job1') => store.jobs.find((each) => each.id === id);
  const files = (id = 'job1') => job(id)?.files ?? [];
  const states = (id = 'job1') => files(id).map((file) => file.state);
  const advance = (ms: number) => void (clock += ms);
  return { store, browser, links, running, deps, jobs, settled, finish, job, files, states, advance };
}

/** A new worker on the same storage and browser, as after the service worker was stopped. */
function restart(t: ReturnType<typeof setup>): DownloadJobs {
  return createDownloadJobs({ ...t.deps, newId: () => 'job-after-restart' });
}

describe('download jobs', () => {
  it('hands the browser at most three files at a time, the next one as one completes', async () => {
    const t = setup();
    expect(MAX_ACTIVE).toBe(3);
    await t.jobs.start('Folder', planned(10));
    await t.settled();
    expect(t.browser.inProgress()).toHaveLength(3);
    expect(t.states()).toEqual(['downloading', 'downloading', 'downloading', ...Array<string>(7).fill('waiting')]);
    expect(t.job()?.state).toBe('running');
    // Completing one (not the first) starts exactly the next file in order.
    await t.finish(101);
    expect(t.browser.inProgress().map((item) => item.filename)).toEqual([
      'Folder/f0.bin',
      'Folder/f2.bin',
      'Folder/f3.bin',
    ]);
    while (t.browser.inProgress().length > 0) await t.finish(t.browser.inProgress()[0]?.id ?? -1);
    expect(t.browser.most).toBe(3);
    expect(t.states()).toEqual(Array<string>(10).fill('done'));
    expect(t.job()?.state).toBe('finished');
    expect(jobCounts(t.job() as DownloadJob)).toEqual({
      total: 10,
      done: 10,
      failed: 0,
      pending: 0,
      totalBytes: 100,
      doneBytes: 100,
    });
  });

  it('asks for a file’s link only when a slot is free, so no link waits in a queue', async () => {
    const t = setup();
    await t.jobs.start('Folder', planned(6));
    await t.settled();
    expect(t.links.calls).toEqual(['f0', 'f1', 'f2']);
    await t.finish(100);
    expect(t.links.calls).toEqual(['f0', 'f1', 'f2', 'f3']);
    await t.finish(102);
    await t.finish(101);
    expect(t.links.calls).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5']);
    // Each link was asked for once, just before its download.
    expect(t.browser.items.get(105)?.url).toContain('fid=f5');
  });

  it('shares the three slots between jobs, the older job first', async () => {
    const t = setup();
    await t.jobs.start('A', planned(2, 'a'));
    await t.jobs.start('B', planned(3, 'b'));
    await t.settled();
    expect(t.browser.inProgress().map((item) => item.filename)).toEqual([
      'Folder/a0.bin',
      'Folder/a1.bin',
      'Folder/b0.bin',
    ]);
    await t.finish(100);
    expect(t.states('job2')).toEqual(['downloading', 'downloading', 'waiting']);
    expect(t.browser.most).toBe(3);
  });

  it('marks a file whose link failed as failed with its kind, and goes on with the others', async () => {
    const t = setup();
    t.links.fail('f1', new RequestError('no-link', 'PikPak gave no usable download link for f1'));
    await t.jobs.start('Folder', planned(4));
    await t.settled();
    expect(t.files()[1]).toMatchObject({
      state: 'failed',
      failure: { kind: 'no-link', message: 'PikPak gave no usable download link for f1' },
    });
    expect(t.files()[1]).not.toHaveProperty('downloadId');
    // Its slot went to the next file at once.
    expect(t.states()).toEqual(['downloading', 'failed', 'downloading', 'downloading']);
    for (const item of t.browser.inProgress()) await t.finish(item.id);
    expect(t.states()).toEqual(['done', 'failed', 'done', 'done']);
    expect(t.job()?.state).toBe('finished');
  });

  it('holds the job instead of failing its files when PikPak wants fewer requests: one try a minute, then all go on', async () => {
    const t = setup();
    for (let i = 0; i < 6; i++) t.links.fail(`f${i}`, new RequestError('rate-limited', 'slow down'));
    await t.jobs.start('Folder', planned(6));
    await t.settled();
    expect(t.links.calls).toEqual(['f0', 'f1', 'f2']);
    // Not the files' fault: none failed, the job says why it waits.
    expect(t.states()).toEqual(Array(6).fill('waiting'));
    expect(t.job()).toMatchObject({ state: 'running', held: { kind: 'rate-limited', until: 1_000 + HOLD_MS } });

    // The alarm before the hold ends asks PikPak nothing.
    await t.jobs.resume();
    await t.settled();
    expect(t.links.calls).toHaveLength(3);

    // After it, one file tries; refused again, the job holds for another minute.
    t.advance(HOLD_MS);
    await t.jobs.resume();
    await t.settled();
    expect(t.links.calls).toHaveLength(4);
    expect(t.job()?.held?.until).toBe(1_000 + 2 * HOLD_MS);

    // PikPak answers again: the probe gets its link, and the rest of the free slots fill at once.
    for (let i = 0; i < 6; i++) t.links.fail(`f${i}`, undefined);
    t.advance(HOLD_MS);
    await t.jobs.resume();
    await t.settled();
    expect(t.job()?.held).toBeUndefined();
    expect(t.states().filter((state) => state === 'downloading')).toHaveLength(MAX_ACTIVE);
    for (let round = 0; round < 3; round++) for (const item of t.browser.inProgress()) await t.finish(item.id);
    expect(t.states()).toEqual(Array(6).fill('done'));
    expect(t.job()?.state).toBe('finished');
  });

  it('a sign-in wakes a job held while signed out, without waiting for the hold to end', async () => {
    const t = setup();
    for (let i = 0; i < 2; i++) t.links.fail(`f${i}`, new RequestError('signed-out', 'no session'));
    await t.jobs.start('Folder', planned(2));
    await t.settled();
    expect(t.job()?.held?.kind).toBe('signed-out');
    expect(t.files().some((file) => file.state === 'failed')).toBe(false);

    for (let i = 0; i < 2; i++) t.links.fail(`f${i}`, undefined);
    await t.jobs.wake();
    await t.settled();
    expect(t.job()?.held).toBeUndefined();
    expect(t.states()).toEqual(['downloading', 'downloading']);
  });

  it('keeps a hold across a worker restart', async () => {
    const t = setup();
    t.links.fail('f0', new RequestError('captcha-needed', 'check'));
    await t.jobs.start('Folder', planned(1));
    await t.settled();
    const after = restart(t);
    await after.resume();
    await t.settled();
    expect(t.links.calls).toEqual(['f0']);
    expect(t.job()?.held?.kind).toBe('captcha-needed');
  });

  it('wakes nothing and writes nothing when no job is held', async () => {
    const t = setup();
    await t.jobs.start('Folder', planned(1));
    await t.settled();
    const writes = t.store.writes.length;
    await t.jobs.wake();
    expect(t.store.writes).toHaveLength(writes);
  });

  it('marks a file the browser refuses as failed, with the browser’s message', async () => {
    const t = setup();
    t.browser.refuse((filename) => (filename.endsWith('f0.bin') ? 'Invalid filename' : undefined));
    await t.jobs.start('Folder', planned(2));
    await t.settled();
    expect(t.files()[0]).toMatchObject({ state: 'failed', failure: { kind: 'unknown', message: 'Invalid filename' } });
    expect(t.states()[1]).toBe('downloading');
  });

  it('records an interrupted download as failed with the browser’s reason', async () => {
    const t = setup();
    await t.jobs.start('Folder', planned(1));
    await t.settled();
    await t.finish(100, 'interrupted', 'SERVER_FORBIDDEN');
    expect(t.files()[0]).toMatchObject({
      state: 'failed',
      failure: { kind: 'download-interrupted', message: 'SERVER_FORBIDDEN' },
    });
    expect(t.job()?.state).toBe('finished');
  });

  it('ignores in-progress events and downloads it does not know, writing nothing', async () => {
    const t = setup();
    await t.jobs.start('Folder', planned(1));
    await t.settled();
    const writes = t.store.writes.length;
    await t.jobs.downloadChanged(100, 'in_progress');
    // The user's own downloads fire the same events.
    await t.jobs.downloadChanged(9999, 'complete');
    await t.settled();
    expect(t.store.writes).toHaveLength(writes);
    expect(t.states()).toEqual(['downloading']);
  });

  it('cancel stops new starts and cancels the browser’s downloads of the job; the rest wait', async () => {
    const t = setup();
    await t.jobs.start('Folder', planned(5));
    await t.settled();
    await t.jobs.cancel('job1');
    expect(t.browser.cancelled).toEqual([100, 101, 102]);
    expect(t.job()?.state).toBe('cancelled');
    // The browser's interrupted events then mark them.
    for (const id of [100, 101, 102]) await t.finish(id, 'interrupted', 'USER_CANCELED');
    expect(t.states()).toEqual(['failed', 'failed', 'failed', 'waiting', 'waiting']);
    expect(t.links.calls).toHaveLength(3);
    expect(t.browser.items.size).toBe(3);
    expect(t.running.at(-1)).toBe(false);
  });

  it('cancel while a link is being fetched: the file waits again and its download, once made, is cancelled', async () => {
    const t = setup();
    t.links.hold();
    await t.jobs.start('Folder', planned(2));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(t.states()).toEqual(['starting', 'starting']);
    await t.jobs.cancel('job1');
    expect(t.states()).toEqual(['waiting', 'waiting']);
    for (const held of t.links.held) t.links.answer(held);
    await t.settled();
    expect(t.states()).toEqual(['waiting', 'waiting']);
    expect(t.browser.cancelled).toEqual([100, 101]);
    expect(t.browser.inProgress()).toEqual([]);
  });

  it('retryFailed requeues the failed files, and the job runs to the end again', async () => {
    const t = setup();
    t.links.fail('f0', new RequestError('no-link', 'none'));
    await t.jobs.start('Folder', planned(3));
    await t.settled();
    for (const item of t.browser.inProgress()) await t.finish(item.id, 'interrupted', 'NETWORK_FAILED');
    expect(t.job()?.state).toBe('finished');
    expect(t.states()).toEqual(['failed', 'failed', 'failed']);
    t.links.fail('f0', undefined);
    await t.jobs.retryFailed('job1');
    await t.settled();
    expect(t.job()?.state).toBe('running');
    expect(t.files().every((file) => file.state === 'downloading' && file.failure === undefined)).toBe(true);
    // A fresh link for every retried file.
    expect(t.links.calls).toEqual(['f0', 'f1', 'f2', 'f0', 'f1', 'f2']);
    for (const item of t.browser.inProgress()) await t.finish(item.id);
    expect(t.states()).toEqual(['done', 'done', 'done']);
    expect(t.job()?.state).toBe('finished');
  });

  it('retryFailed on a cancelled job requeues its failed and unstarted files; done files stay done', async () => {
    const t = setup();
    await t.jobs.start('Folder', planned(5));
    await t.settled();
    await t.finish(100);
    await t.jobs.cancel('job1');
    expect(t.browser.cancelled).toEqual([101, 102, 103]);
    for (const id of [101, 102, 103]) await t.finish(id, 'interrupted', 'USER_CANCELED');
    expect(t.states()).toEqual(['done', 'failed', 'failed', 'failed', 'waiting']);
    await t.jobs.retryFailed('job1');
    await t.settled();
    expect(t.job()?.state).toBe('running');
    expect(t.states()).toEqual(['done', 'downloading', 'downloading', 'downloading', 'waiting']);
    expect(t.files().some((file) => file.failure !== undefined)).toBe(false);
    while (t.browser.inProgress().length > 0) await t.finish(t.browser.inProgress()[0]?.id ?? -1);
    expect(t.states()).toEqual(Array<string>(5).fill('done'));
    expect(t.job()?.state).toBe('finished');
  });

  it('retryFailed with nothing failed leaves a finished job finished', async () => {
    const t = setup();
    await t.jobs.start('Folder', planned(1));
    await t.settled();
    await t.finish(100);
    await t.jobs.retryFailed('job1');
    await t.jobs.retryFailed('no such job');
    expect(t.job()?.state).toBe('finished');
    expect(t.links.calls).toEqual(['f0']);
  });

  it('dismiss forgets a job, cancels its downloads, and gives its slots to the next job', async () => {
    const t = setup();
    await t.jobs.start('A', planned(3, 'a'));
    await t.jobs.start('B', planned(2, 'b'));
    await t.settled();
    expect(t.states('job2')).toEqual(['waiting', 'waiting']);
    await t.jobs.dismiss('job1');
    await t.settled();
    expect(t.store.jobs.map((job) => job.id)).toEqual(['job2']);
    expect(t.browser.cancelled).toEqual([100, 101, 102]);
    // The cancelled downloads' events concern a job no longer there; B starts without waiting for them.
    expect(t.states('job2')).toEqual(['downloading', 'downloading']);
    for (const id of [100, 101, 102]) await t.jobs.downloadChanged(id, 'interrupted', 'USER_CANCELED');
    expect(t.store.jobs.map((job) => job.id)).toEqual(['job2']);
  });

  it('a job whose files all failed is finished too, with no download event to wake it, and lets the alarm go', async () => {
    const t = setup();
    // More failures than slots: the slots they free are refilled at once, not when the alarm next fires.
    for (let i = 0; i < 7; i++) t.links.fail(`f${i}`, new RequestError('not-found', 'gone'));
    await t.jobs.start('Folder', planned(7));
    await t.settled();
    expect(t.job()?.state).toBe('finished');
    expect(t.running[0]).toBe(true);
    expect(t.running.at(-1)).toBe(false);
    expect(t.files().map((file) => file.failure?.kind)).toEqual(Array<string>(7).fill('not-found'));
    expect(t.links.calls).toHaveLength(7);
  });

  it('hands the browser safe relative paths, never the raw PikPak names', async () => {
    const t = setup();
    await t.jobs.start('x', [
      { id: 'a', path: 'Shows: S1/CON/ep?1.mkv', size: 1 },
      { id: 'b', path: '../.hidden/notes. ', size: 1 },
    ]);
    await t.settled();
    expect([...t.browser.items.values()].map((item) => item.filename)).toEqual([
      'Shows_ S1/_CON/ep_1.mkv',
      '__/_hidden/notes',
    ]);
    // The stored path stays PikPak's, for the page to show.
    expect(t.files().map((file) => file.path)).toEqual(['Shows: S1/CON/ep?1.mkv', '../.hidden/notes. ']);
  });

  it('keeps at most ten ended jobs, dropping the oldest, and never a running one', async () => {
    const t = setup();
    await t.jobs.start('long', planned(1, 'long'));
    for (let i = 0; i < 12; i++) {
      await t.jobs.start(`job ${i}`, planned(1, `j${i}-`));
      await t.settled();
      // Every other download completes at once; 'long' keeps its slot all along.
      for (const item of t.browser.inProgress()) if (!item.filename.includes('long')) await t.finish(item.id);
    }
    const ended = t.store.jobs.filter((job) => job.state !== 'running');
    expect(KEEP_ENDED_JOBS).toBe(10);
    expect(ended).toHaveLength(10);
    expect(ended.map((job) => job.title)).toEqual(Array.from({ length: 10 }, (_, i) => `job ${i + 2}`));
    expect(t.store.jobs[0]).toMatchObject({ title: 'long', state: 'running' });
  });
});

describe('download jobs on extension storage', () => {
  it('never changes what storage handed out: the item’s default stays empty after the first job', async () => {
    const t = setup();
    const jobs = createDownloadJobs({ ...t.deps, store: downloadJobsItem });
    await jobs.start('Folder', planned(1));
    await t.settled();
    expect((await downloadJobsItem.get()).map((job) => job.files[0]?.state)).toEqual(['downloading']);
    // With nothing stored, the item answers its default, which the first job must not have been pushed into.
    await browser.storage.local.remove(downloadJobsItem.key);
    expect(await downloadJobsItem.get()).toEqual([]);
    await jobs.resume();
    expect(await downloadJobsItem.get()).toEqual([]);
    expect(t.links.calls).toEqual(['f0']);
  });
});

describe('download jobs after a worker stop', () => {
  const file = (id: string, state: JobFile['state'], downloadId?: number): JobFile => ({
    id,
    path: `Folder/${id}`,
    size: 1,
    state,
    ...(downloadId === undefined ? {} : { downloadId }),
  });
  const stored = (files: JobFile[], state: DownloadJob['state'] = 'running'): DownloadJob => ({
    id: 'job1',
    title: 'Folder',
    createdAt: 1,
    state,
    files,
  });

  it('resume returns files caught starting to waiting, and records what the browser did meanwhile', async () => {
    const t = setup();
    await t.jobs.start('Folder', planned(6));
    await t.settled();
    // The worker stops; meanwhile the browser finishes one download, breaks one and loses the third.
    t.browser.end(100, 'complete');
    t.browser.end(101, 'interrupted', 'NETWORK_FAILED');
    t.browser.forget(102);
    const after = restart(t);
    await after.resume();
    await t.settled();
    await after.pump();
    expect(t.files().slice(0, 3)).toEqual([
      expect.objectContaining({ state: 'done' }),
      expect.objectContaining({
        state: 'failed',
        failure: { kind: 'download-interrupted', message: 'NETWORK_FAILED' },
      }),
      expect.objectContaining({ state: 'failed' }),
    ]);
    // The browser no longer knows the third: it failed for that reason.
    expect(t.files()[2]?.failure).toEqual({
      kind: 'download-interrupted',
      message: 'The download is gone from the browser',
    });
    // Three slots free again: the next three files started.
    expect(t.states().slice(3)).toEqual(['downloading', 'downloading', 'downloading']);
  });

  it('resume after a stop mid-start: the files starting wait again and start anew with fresh links', async () => {
    const t = setup([stored([file('f0', 'starting'), file('f1', 'downloading', 7), file('f2', 'waiting')])]);
    t.browser.items.set(7, { id: 7, url: 'u', filename: 'Folder/f1', state: 'in_progress' });
    const jobs = restart(t);
    t.links.hold();
    const resumed = jobs.resume();
    while (t.links.held.length < 2) await new Promise((resolve) => setTimeout(resolve, 0));
    // The stopped start left no download behind that the jobs knew of; f1 still downloads, two slots are free.
    expect(t.links.calls).toEqual(['f0', 'f2']);
    for (const held of t.links.held) t.links.answer(held);
    await resumed;
    expect(t.states()).toEqual(['downloading', 'downloading', 'downloading']);
    expect(t.files()[1]?.downloadId).toBe(7);
  });

  it('resume adopts a download the browser already has for a file caught starting, instead of a second copy', async () => {
    const t = setup([stored([file('f0', 'starting'), file('f1', 'starting')])]);
    // The stopped worker had handed f0 to the browser but not stored its id.
    t.browser.items.set(9, { id: 9, url: 'u', filename: 'Folder/f0', state: 'in_progress' });
    await restart(t).resume();
    await t.settled();
    expect(t.files()[0]).toMatchObject({ state: 'downloading', downloadId: 9 });
    // f1 never reached the browser: it starts now, once.
    expect(t.links.calls).toEqual(['f1']);
    expect([...t.browser.items.values()].filter((item) => item.filename === 'Folder/f0')).toHaveLength(1);
  });

  it('resume with nothing to do writes nothing', async () => {
    const done = stored([file('f0', 'done'), file('f1', 'failed')], 'finished');
    for (const initial of [[], [done]]) {
      const t = setup(initial);
      await restart(t).resume();
      expect(t.store.writes).toEqual([]);
    }
    // Downloads the browser still has under way change nothing either.
    const t = setup([stored([file('f0', 'downloading', 7)])]);
    t.browser.items.set(7, { id: 7, url: 'u', filename: 'Folder/f0', state: 'in_progress' });
    await restart(t).resume();
    expect(t.store.writes).toEqual([]);
    expect(t.links.calls).toEqual([]);
  });

  it('an alarm’s resume while files are starting in the same worker does not start them twice', async () => {
    const t = setup();
    t.links.hold();
    await t.jobs.start('Folder', planned(3));
    while (t.links.held.length < 3) await new Promise((resolve) => setTimeout(resolve, 0));
    // The minute alarm fires while the links are on their way.
    const resumed = t.jobs.resume();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(t.states()).toEqual(['starting', 'starting', 'starting']);
    t.links.hold(false);
    for (const held of t.links.held) t.links.answer(held);
    await resumed;
    await t.settled();
    expect(t.links.calls).toEqual(['f0', 'f1', 'f2']);
    expect(t.browser.cancelled).toEqual([]);
    expect(t.states()).toEqual(['downloading', 'downloading', 'downloading']);
  });
});
