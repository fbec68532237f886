import { defineItem, isRecord } from './storage.ts';

/**
 * Browser downloads of PikPak files, as jobs (one per "Download" the user asked for: a file, a selection, a
 * folder). The background runs them (src/background/downloads/jobs.ts) and stores every change here; the file
 * browser shows their progress from this item and asks the background to cancel, retry or forget them.
 */

/**
 * waiting: not handed to the browser yet · starting: its link is being fetched · downloading: the browser has it ·
 * done: the browser finished it · failed: no link, the browser refused it, or the download was interrupted.
 */
export type JobFileState = 'waiting' | 'starting' | 'downloading' | 'done' | 'failed';

export interface JobFile {
  id: string;
  /** Relative path under the Downloads folder, '/'-separated: `Folder/Sub/file.ext`. */
  path: string;
  size: number;
  /** The share the file is downloaded from (its link comes from `share/file_info`); absent for a drive file. */
  shareId?: string;
  state: JobFileState;
  /** The browser's download id, once handed over. */
  downloadId?: number;
  /** Why it failed: an ErrorKind, and a detail such as the browser's interrupt reason. */
  failure?: { kind: string; message: string };
}

export interface DownloadJob {
  id: string;
  title: string;
  createdAt: number;
  /** running until every file is done or failed; cancelled by the user. */
  state: 'running' | 'finished' | 'cancelled';
  files: JobFile[];
  /**
   * A running job waiting because PikPak refused for the account, not the file (signed out, a check, too many
   * requests): no file starts before `until` (epoch ms), unless a sign-in or solved check wakes it.
   */
  held?: { kind: string; message: string; until: number };
}

export interface JobCounts {
  total: number;
  done: number;
  failed: number;
  /** Waiting, starting or downloading. */
  pending: number;
  totalBytes: number;
  doneBytes: number;
}

export function jobCounts(job: DownloadJob): JobCounts {
  const counts: JobCounts = { total: 0, done: 0, failed: 0, pending: 0, totalBytes: 0, doneBytes: 0 };
  for (const file of job.files) {
    counts.total++;
    counts.totalBytes += file.size;
    if (file.state === 'done') {
      counts.done++;
      counts.doneBytes += file.size;
    } else if (file.state === 'failed') counts.failed++;
    else counts.pending++;
  }
  return counts;
}

const FILE_STATES: readonly string[] = ['waiting', 'starting', 'downloading', 'done', 'failed'];
const JOB_STATES: readonly string[] = ['running', 'finished', 'cancelled'];

function isJobFile(value: unknown): value is JobFile {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['path'] === 'string' &&
    typeof value['size'] === 'number' &&
    FILE_STATES.includes(value['state'] as string) &&
    (value['shareId'] === undefined || typeof value['shareId'] === 'string') &&
    (value['downloadId'] === undefined || typeof value['downloadId'] === 'number')
  );
}

function isHold(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value['kind'] === 'string' &&
    typeof value['message'] === 'string' &&
    typeof value['until'] === 'number'
  );
}

function isJob(value: unknown): value is DownloadJob {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['title'] === 'string' &&
    typeof value['createdAt'] === 'number' &&
    JOB_STATES.includes(value['state'] as string) &&
    Array.isArray(value['files']) &&
    value['files'].every(isJobFile) &&
    (value['held'] === undefined || isHold(value['held']))
  );
}

const isJobList = (value: unknown): value is DownloadJob[] => Array.isArray(value) && value.every(isJob);

/** Jobs, newest last. Finished and cancelled jobs are kept (a few) until the user dismisses them. */
export const downloadJobsItem = defineItem<DownloadJob[]>('local', 'downloadJobs', [], isJobList);
