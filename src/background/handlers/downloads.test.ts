import { describe, expect, it } from 'vitest';
import type { DownloadJobs } from '../downloads/jobs.ts';
import { createDownloadHandlers, MAX_FILES_PER_JOB } from './downloads.ts';

/** Jobs that only record what the handlers asked of them. */
function recordingJobs() {
  const calls: unknown[][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return Promise.resolve();
    };
  const jobs: DownloadJobs = {
    start: (...args) => {
      calls.push(['start', ...args]);
      return Promise.resolve('job1');
    },
    cancel: record('cancel'),
    retryFailed: record('retryFailed'),
    dismiss: record('dismiss'),
    downloadChanged: record('downloadChanged'),
    resume: record('resume'),
    wake: record('wake'),
    pump: record('pump'),
  };
  return { jobs, calls };
}

const file = { id: 'VFile1', path: 'Folder/a.bin', size: 3 };

function setup() {
  const recorded = recordingJobs();
  const handlers = createDownloadHandlers({ jobs: recorded.jobs });
  const send = (name: keyof typeof handlers, payload: unknown) =>
    (handlers[name] as (payload: unknown, sender: object) => Promise<unknown>)(payload, {});
  return { ...recorded, send };
}

describe('download handlers', () => {
  it('starts a job with the checked files and a title of at most 300 characters', async () => {
    const t = setup();
    expect(await t.send('downloads.start', { title: 'T'.repeat(400), files: [file] })).toEqual({ jobId: 'job1' });
    expect(await t.send('downloads.start', { title: 42, files: [file] })).toEqual({ jobId: 'job1' });
    expect(t.calls).toEqual([
      ['start', 'T'.repeat(300), [file]],
      ['start', '', [file]],
    ]);
  });

  it('refuses no files, files that are not planned files, and more than the most per job', async () => {
    const t = setup();
    const tooMany = Array.from({ length: MAX_FILES_PER_JOB + 1 }, (_, i) => ({ ...file, id: `V${i}` }));
    for (const payload of [
      undefined,
      { files: [] },
      { files: [{ ...file, size: 'big' }] },
      { files: [{ ...file, path: '' }] },
      { files: tooMany },
    ]) {
      await expect(t.send('downloads.start', payload)).rejects.toMatchObject({ kind: 'bad-request' });
    }
    expect(t.calls).toEqual([]);
  });

  it('passes a job id on to cancel, retry and dismiss, and refuses a missing one', async () => {
    const t = setup();
    await t.send('downloads.cancel', { jobId: 'a' });
    await t.send('downloads.retryFailed', { jobId: 'b' });
    await t.send('downloads.dismiss', { jobId: 'c' });
    expect(t.calls).toEqual([
      ['cancel', 'a'],
      ['retryFailed', 'b'],
      ['dismiss', 'c'],
    ]);
    for (const payload of [{}, { jobId: '' }, { jobId: 7 }]) {
      await expect(t.send('downloads.cancel', payload)).rejects.toMatchObject({ kind: 'bad-request' });
    }
  });
});
