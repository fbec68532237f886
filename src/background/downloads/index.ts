import browser from 'webextension-polyfill';
import { downloadJobsItem } from '../../shared/download-jobs.ts';
import { getSettings } from '../../shared/settings.ts';
import { pikpak } from '../session/client.ts';
import { namedAlarm } from '../worker/alarm.ts';
import { savedAsRegex } from './filename.ts';
import { createDownloadJobs, type BrowserDownloads, type DownloadJobs } from './jobs.ts';
import { plannedFileLink } from './planned-link.ts';

/** While a job runs, this alarm checks on it every minute (a worker stopped mid-start resumes from it). */
export const DOWNLOADS_ALARM = namedAlarm('downloads');
const CHECK_EVERY_MS = 60_000;

const browserDownloads: BrowserDownloads = {
  // `uniquify`: a file already there is kept, the new one gets " (1)", as the browser does for its own downloads.
  download: ({ url, filename }) => browser.downloads.download({ url, filename, conflictAction: 'uniquify' }),
  async state(id) {
    const [item] = await browser.downloads.search({ id });
    if (item === undefined) return undefined;
    return { state: item.state, ...(item.error === undefined ? {} : { error: item.error }) };
  },
  cancel: (id) => browser.downloads.cancel(id),
  async find(filename, since) {
    const found = await browser.downloads.search({
      filenameRegex: savedAsRegex(filename),
      startedAfter: new Date(since).toISOString(),
      orderBy: ['-startTime'],
      limit: 1,
    });
    return found[0]?.byExtensionId === browser.runtime.id ? found[0].id : undefined;
  },
};

/**
 * The worker's download jobs: stored in `downloadJobs`, links from the stored session with the user's settings (a
 * share's files from the share, signed in or not).
 */
export function createBackgroundDownloads(): DownloadJobs {
  return createDownloadJobs({
    store: downloadJobsItem,
    downloads: browserDownloads,
    link: async (file) => {
      const { disableMediaLinks, useTranscodingAddress } = await getSettings();
      return plannedFileLink(file, { client: await pikpak(), disableMediaLinks, useTranscodingAddress });
    },
    onRunning: (running) => {
      const now = Date.now();
      void (running ? DOWNLOADS_ALARM.setIfEarlier(now + CHECK_EVERY_MS, now) : DOWNLOADS_ALARM.clear());
    },
  });
}

/** The browser's download events, registered at start-up: a finished download frees a slot for the next file. */
export function listenToBrowserDownloads(jobs: DownloadJobs, onError: (error: unknown) => void): void {
  browser.downloads.onChanged.addListener((delta) => {
    const state = delta.state?.current;
    if (state === 'complete' || state === 'interrupted') {
      jobs.downloadChanged(delta.id, state, delta.error?.current).catch(onError);
    }
  });
}
