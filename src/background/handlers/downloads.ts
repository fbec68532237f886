import type { Handlers } from '../router.ts';
import type { DownloadJobs } from '../downloads/jobs.ts';
import { RequestError } from '../../shared/messages.ts';
import { payloadRecord } from './drive-payloads.ts';
import { plannedFiles } from './files.ts';
import { MAX_FILES_PER_JOB } from '../../shared/file-transfer.ts';

type DownloadHandlers = Pick<
  Handlers,
  'downloads.start' | 'downloads.cancel' | 'downloads.retryFailed' | 'downloads.dismiss'
>;

export { MAX_FILES_PER_JOB } from '../../shared/file-transfer.ts';

function jobId(payload: unknown): string {
  const id = payloadRecord(payload)['jobId'];
  if (typeof id !== 'string' || id === '') throw new RequestError('bad-request', 'Not a job id');
  return id;
}

/** Browser downloads of PikPak files, run as stored jobs (src/background/downloads/jobs.ts). */
export function createDownloadHandlers({ jobs }: { jobs: DownloadJobs }): DownloadHandlers {
  return {
    'downloads.start': async (payload) => {
      const files = plannedFiles(payload, MAX_FILES_PER_JOB);
      if (files.length === 0) throw new RequestError('bad-request', 'No files to download');
      const title = payloadRecord(payload)['title'];
      return { jobId: await jobs.start(typeof title === 'string' ? title.slice(0, 300) : '', files) };
    },
    'downloads.cancel': async (payload) => void (await jobs.cancel(jobId(payload))),
    'downloads.retryFailed': async (payload) => void (await jobs.retryFailed(jobId(payload))),
    'downloads.dismiss': async (payload) => void (await jobs.dismiss(jobId(payload))),
  };
}
