import type { DownloadLink } from '../../shared/domain.ts';
import type { DownloadJob, JobFile } from '../../shared/download-jobs.ts';
import type { PlannedFile } from '../../shared/file-transfer.ts';
import { oneRunAtATime } from '../worker/single-run.ts';
import { failureOf } from './links.ts';
import { safeDownloadPath } from './filename.ts';

/**
 * Browser downloads as stored jobs. At most MAX_ACTIVE files of all jobs are with the browser at a time; the next
 * one's link is asked for only when a slot frees up, so no link waits long enough to expire (§7.3). Every change
 * is stored before anything else happens, so a worker stopped at any point resumes: a file whose link was being
 * fetched goes back to waiting, and the browser's events (download finished or interrupted) wake the worker.
 */

/** Files with the browser at once: a folder of 1,000 files does not open 1,000 connections. */
export const MAX_ACTIVE = 3;
/** Finished and cancelled jobs kept for the page (the oldest go first). */
export const KEEP_ENDED_JOBS = 10;
/**
 * Refusals that are about the account, not the file: signed out, a captcha or security check, PikPak wanting fewer
 * requests. Failing every file of a folder for them would turn one sign-out into a thousand failures, and asking
 * for the rest of the links in a burst would only make a rate limit worse. The file waits again and its job holds:
 * no file of it starts until HOLD_MS has passed (then one file tries), or a sign-in or solved check wakes it.
 */
const HOLDS: ReadonlySet<string> = new Set([
  'signed-out',
  'captcha-needed',
  'human-check',
  'rate-limited',
  'too-frequent',
]);
/** How long a held job waits before one file tries again: the minute alarm that checks running jobs. */
export const HOLD_MS = 60_000;

export type BrowserDownloadState = 'in_progress' | 'complete' | 'interrupted';

/** The part of `browser.downloads` the jobs use; tests pass their own. */
export interface BrowserDownloads {
  /** Starts a download; resolves with its id (rejects when the browser refuses it, e.g. a bad file name). */
  download(options: { url: string; filename: string }): Promise<number>;
  /** Where the browser is with a download, with the interrupt reason; undefined when it no longer knows it. */
  state(id: number): Promise<{ state: BrowserDownloadState; error?: string } | undefined>;
  cancel(id: number): Promise<void>;
  /**
   * The browser's download of this path started since `since` (epoch ms), if any: a worker stopped between handing
   * a file to the browser and storing its id left the file 'starting', and must not download it twice.
   */
  find?(filename: string, since: number): Promise<number | undefined>;
}

export interface JobStore {
  get(): Promise<DownloadJob[]>;
  set(jobs: DownloadJob[]): Promise<void>;
}

export interface DownloadJobsDeps {
  store: JobStore;
  downloads: BrowserDownloads;
  /** A fresh link for a file, of the drive or of a share (./planned-link.ts with the user's settings). */
  link: (file: Pick<PlannedFile, 'id' | 'shareId'>) => Promise<DownloadLink>;
  newId?: () => string;
  now?: () => number;
  /** Called with true while a job runs, false when none does: the background keeps an alarm meanwhile. */
  onRunning?: (running: boolean) => void;
}

export interface DownloadJobs {
  start(title: string, files: readonly PlannedFile[]): Promise<string>;
  cancel(jobId: string): Promise<void>;
  retryFailed(jobId: string): Promise<void>;
  dismiss(jobId: string): Promise<void>;
  /** The browser says a download changed: record where it ended, and start the next file. */
  downloadChanged(downloadId: number, state: BrowserDownloadState, error?: string): Promise<void>;
  /** Worker start and alarm: files caught mid-start wait again, downloads the browser ended are recorded. */
  resume(): Promise<void>;
  /** A sign-in or a solved check: held jobs go on now instead of at the end of their hold. */
  wake(): Promise<void>;
  /** Starts files while there are free slots; one run at a time. */
  pump(): Promise<void>;
}

export function createDownloadJobs(deps: DownloadJobsDeps): DownloadJobs {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  let queue: Promise<unknown> = Promise.resolve();
  /** Files this worker is starting (`jobId/fileId`): an alarm's resume must not take them for a stopped worker's. */
  const inFlight = new Set<string>();

  /** Read-change-write of the jobs, one at a time within this worker. */
  function update<T>(change: (jobs: DownloadJob[]) => T): Promise<T> {
    const next = queue.then(async () => {
      // A copy to change: a store may hand out what it holds (the item's default `[]` when nothing is stored yet).
      const before = JSON.stringify(await deps.store.get());
      const jobs = JSON.parse(before) as DownloadJob[];
      const result = change(jobs);
      settle(jobs);
      // Nothing changed (a worker start with nothing to resume): no write, so pages are not told of one.
      if (JSON.stringify(jobs) !== before) await deps.store.set(trimmed(jobs));
      deps.onRunning?.(jobs.some((job) => job.state === 'running'));
      return result;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  const fileOf = (jobs: DownloadJob[], downloadId: number) => {
    for (const job of jobs) {
      const file = job.files.find((each) => each.downloadId === downloadId && each.state === 'downloading');
      if (file) return file;
    }
    return undefined;
  };

  function ended(file: JobFile, state: BrowserDownloadState | undefined, error?: string) {
    if (state === 'complete') file.state = 'done';
    else if (state === 'interrupted' || state === undefined) {
      file.state = 'failed';
      // The browser's reason (SERVER_FORBIDDEN for an expired link, NETWORK_FAILED, USER_CANCELED…).
      file.failure = { kind: 'download-interrupted', message: error ?? 'The download is gone from the browser' };
    }
  }

  /** Starts one file; true when the next may start at once (it failed on its own, or its job was cancelled). */
  async function startOne(jobId: string, { id: fileId, path, size, shareId }: JobFile): Promise<boolean> {
    let failure: JobFile['failure'];
    let downloadId: number | undefined;
    try {
      const link = await deps.link({ id: fileId, ...(shareId === undefined ? {} : { shareId }) });
      downloadId = await deps.downloads.download({ url: link.url, filename: safeDownloadPath(path) });
    } catch (error) {
      const { kind, message } = failureOf({ id: fileId, path, size }, error);
      failure = { kind, message };
    }
    const held = failure !== undefined && HOLDS.has(failure.kind);
    const cancelled = await update((jobs) => {
      inFlight.delete(`${jobId}/${fileId}`);
      const file = live(jobs, jobId, fileId);
      // Cancelled or dismissed while its link was fetched: the browser's download (if any) is stopped.
      if (file === undefined) return downloadId;
      if (downloadId !== undefined) Object.assign(file, { state: 'downloading', downloadId });
      else if (held && failure) hold(jobs, jobId, file, failure);
      else Object.assign(file, { state: 'failed', failure });
      return undefined;
    }).finally(() => inFlight.delete(`${jobId}/${fileId}`));
    if (cancelled !== undefined) await deps.downloads.cancel(cancelled).catch(() => undefined);
    else if (downloadId !== undefined && (await endedAlready(downloadId))) return true;
    return cancelled !== undefined || (downloadId === undefined && !held);
  }

  /** The file waits again, and its job holds with the reason the page shows. */
  function hold(jobs: DownloadJob[], jobId: string, file: JobFile, failure: { kind: string; message: string }) {
    file.state = 'waiting';
    const job = jobs.find((each) => each.id === jobId);
    if (job) job.held = { kind: failure.kind, message: failure.message, until: now() + HOLD_MS };
  }

  /**
   * A download can end before its id is recorded (a 403 the browser creates interrupted, a tiny file): its event found
   * no 'downloading' file then. Its state is read once after recording, so its slot does not wait for the alarm.
   */
  async function endedAlready(downloadId: number): Promise<boolean> {
    const known = await deps.downloads.state(downloadId).catch(() => ({ state: 'in_progress' as const }));
    if (known?.state === 'in_progress') return false;
    return update((jobs) => {
      const file = fileOf(jobs, downloadId);
      if (file) ended(file, known?.state, known?.error);
      return file !== undefined;
    });
  }

  const pump = oneRunAtATime(async () => {
    // Again while a start freed its slot at once: no browser event will come for it to wake the jobs.
    for (let freed = true; freed;) {
      let probing = false;
      const starts = await update((jobs) => {
        let free = MAX_ACTIVE - jobs.flatMap((job) => job.files).filter(isActive).length;
        const picked: [string, JobFile][] = [];
        for (const job of jobs) {
          if (job.state !== 'running') continue;
          if (job.held !== undefined && job.held.until > now()) continue;
          // Off hold: one file tries first, the rest follow once it got its link.
          let take = job.held === undefined ? Infinity : 1;
          if (job.held !== undefined && job.files.some((file) => file.state === 'waiting')) probing = true;
          delete job.held;
          for (const file of job.files) {
            if (free <= 0 || take <= 0) break;
            if (file.state !== 'waiting') continue;
            file.state = 'starting';
            inFlight.add(`${job.id}/${file.id}`);
            picked.push([job.id, { ...file }]);
            free--;
            take--;
          }
        }
        return picked;
      });
      // A probe that got its link lets the rest of its job start now; one held again is skipped by the next pass.
      freed = (await Promise.all(starts.map(([jobId, file]) => startOne(jobId, file)))).some(Boolean) || probing;
    }
    // A slot freed by a browser event while these started is filled by the run oneRunAtATime adds for that event.
  });

  return {
    async start(title, files) {
      const id = newId();
      const job: DownloadJob = {
        id,
        title,
        createdAt: now(),
        state: 'running',
        files: files.map((file) => ({
          id: file.id,
          path: file.path,
          size: file.size,
          ...(file.shareId === undefined ? {} : { shareId: file.shareId }),
          state: 'waiting',
        })),
      };
      await update((jobs) => void jobs.push(job));
      void pump();
      return id;
    },
    async cancel(jobId) {
      const active = await update((jobs) => {
        const job = jobs.find((each) => each.id === jobId);
        if (job === undefined || job.state !== 'running') return [];
        job.state = 'cancelled';
        const downloading = job.files.filter((file) => file.state === 'downloading');
        for (const file of job.files) if (file.state === 'starting') file.state = 'waiting';
        return downloading.map((file) => file.downloadId as number);
      });
      // The browser's own downloads of this job stop too; their interrupted events then mark them.
      await Promise.all(active.map((id) => deps.downloads.cancel(id).catch(() => undefined)));
    },
    async retryFailed(jobId) {
      await update((jobs) => {
        const job = jobs.find((each) => each.id === jobId);
        if (job === undefined) return;
        for (const file of job.files) {
          if (file.state !== 'failed' && !(job.state === 'cancelled' && file.state === 'waiting')) continue;
          file.state = 'waiting';
          delete file.failure;
          delete file.downloadId;
        }
        job.state = 'running';
        delete job.held;
      });
      await pump();
    },
    async dismiss(jobId) {
      const active = await update((jobs) => {
        const index = jobs.findIndex((each) => each.id === jobId);
        if (index < 0) return [];
        const [job] = jobs.splice(index, 1);
        return (job?.files ?? []).filter((file) => file.state === 'downloading').map((file) => file.downloadId ?? -1);
      });
      await Promise.all(active.map((id) => deps.downloads.cancel(id).catch(() => undefined)));
      // Its downloads' events will name a job no longer there, so they wake nothing: the other jobs go on now.
      if (active.length > 0) await pump();
    },
    async downloadChanged(downloadId, state, error) {
      if (state === 'in_progress') return;
      const known = await update((jobs) => {
        const file = fileOf(jobs, downloadId);
        if (file) ended(file, state, error);
        return file !== undefined;
      });
      if (known) await pump();
    },
    async resume() {
      // Caught mid-start by a worker stop; not one this worker is starting now (the alarm fires meanwhile). One the
      // browser already has is adopted; the others wait again.
      const caught = (await deps.store.get()).flatMap((job) =>
        job.files
          .filter((file) => file.state === 'starting' && !inFlight.has(`${job.id}/${file.id}`))
          .map((file) => ({ jobId: job.id, fileId: file.id, path: file.path, since: job.createdAt })),
      );
      const adopted = new Map<string, number>();
      for (const { jobId, fileId, path, since } of caught) {
        const id = await deps.downloads.find?.(safeDownloadPath(path), since).catch(() => undefined);
        if (id !== undefined) adopted.set(`${jobId}/${fileId}`, id);
      }
      const downloading = await update((jobs) => {
        for (const job of jobs) {
          for (const file of job.files) {
            const key = `${job.id}/${file.id}`;
            if (file.state !== 'starting' || inFlight.has(key)) continue;
            const id = adopted.get(key);
            if (id === undefined) file.state = 'waiting';
            else Object.assign(file, { state: 'downloading', downloadId: id });
          }
        }
        return jobs.flatMap((job) => job.files).filter((file) => file.state === 'downloading');
      });
      for (const file of downloading) {
        const id = file.downloadId as number;
        const known = await deps.downloads.state(id);
        if (known?.state !== 'in_progress') {
          await update((jobs) => {
            const stored = fileOf(jobs, id);
            if (stored) ended(stored, known?.state, known?.error);
          });
        }
      }
      await pump();
    },
    async wake() {
      const woken = await update((jobs) => {
        const held = jobs.flatMap((job) => (job.held === undefined ? [] : [job.held]));
        for (const hold of held) hold.until = now();
        return held.length;
      });
      if (woken > 0) await pump();
    },
    pump,
  };
}

const isActive = (file: JobFile) => file.state === 'starting' || file.state === 'downloading';

/** A file of a running job that is still being started (not cancelled, dismissed or ended meanwhile). */
function live(jobs: DownloadJob[], jobId: string, fileId: string): JobFile | undefined {
  const job = jobs.find((each) => each.id === jobId);
  if (job?.state !== 'running') return undefined;
  return job.files.find((file) => file.id === fileId && file.state === 'starting');
}

/** A running job whose every file ended is finished. */
function settle(jobs: DownloadJob[]) {
  for (const job of jobs) {
    if (job.state === 'running' && job.files.every((file) => file.state === 'done' || file.state === 'failed')) {
      job.state = 'finished';
    }
  }
}

function trimmed(jobs: DownloadJob[]): DownloadJob[] {
  const ended = jobs.filter((job) => job.state !== 'running');
  const drop = new Set(ended.slice(0, Math.max(0, ended.length - KEEP_ENDED_JOBS)).map((job) => job.id));
  return jobs.filter((job) => !drop.has(job.id));
}
