import browser from 'webextension-polyfill';
import type { DriveItem } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import type { PlannedFile } from '../../shared/file-transfer.ts';
import { downloadJobsItem } from '../../shared/download-jobs.ts';
import { t } from '../../shared/i18n.ts';
import { aria2SettingsItem } from '../../shared/aria2-settings.ts';
import { aria2InputText, exportFilenames, linkListText } from '../../shared/link-export.ts';
import { request } from '../../shared/messages.ts';
import { sharePlayerPagePath } from '../../shared/pages.ts';
import { openPlayer } from '../../ui/open-page.ts';
import { itemSource, storedSignal } from '../../ui/stored-signal.ts';
import type { JobActions } from './DownloadJobsPanel.tsx';
import { counted } from './transfer-text.ts';
import type { TransferLayerProps } from './TransferLayer.tsx';
import { createTransfers, type TransferDeps, type Transfers } from './transfers.ts';

/**
 * Puts text on the clipboard. The write starts inside the click (browsers want a user gesture) with the text still
 * to come, where the browser can take a promise (ClipboardItem); elsewhere the text is written once it is there.
 */
async function copyText(text: Promise<string>): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && 'supports' in ClipboardItem) {
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
    return;
  }
  await navigator.clipboard.writeText(await text);
}

/** Saves a text file through the browser's downloads, as a web page's "Save" link does. */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has read the blob once the download started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Links of planned files: a share's from the share (one transfer's files are all in one place). */
function linksOf(files: PlannedFile[]) {
  const shareId = files[0]?.shareId;
  return shareId === undefined ? request('files.links', { files }) : request('shares.links', { shareId, files });
}

/** Opens the player for a file; a share's file plays from the share (`&share=<id>&folder=<id>`). */
async function openFileIn(item: DriveItem, from: DriveView): Promise<void> {
  if (from.kind !== 'share') {
    await openPlayer(item.id);
    return;
  }
  // The folder too: the player lists it for previous and next.
  const path = sharePlayerPagePath(from.shareId, item.id, from.id === '' ? undefined : from.id);
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

export interface PageTransfers {
  transfers: Transfers;
  openFile: (item: DriveItem, from: DriveView) => void;
  layer: Omit<TransferLayerProps, 'locale'>;
}

/** The file browser's transfers wired to the worker's requests, the clipboard, downloads and the player. */
export function createPageTransfers({ list, announce }: Pick<TransferDeps, 'list' | 'announce'>): PageTransfers {
  const transfers = createTransfers({
    list,
    announce,
    startDownload: (title, files) => request('downloads.start', { title, files }),
    links: linksOf,
    aria2Send: (files) => request('aria2.send', { files }),
    copyText,
    saveFile,
    // The aria2 file saves into the download folder set in Options › aria2, when there is one.
    exportText: async (purpose, links) =>
      purpose === 'exportAria2'
        ? aria2InputText(links, { dir: (await aria2SettingsItem.get()).dir, now: Date.now() })
        : linkListText(links),
    exportName: (purpose, title) => {
      const names = exportFilenames(title.replace(/[“”]/g, ''), Date.now());
      return purpose === 'exportAria2' ? names.aria2Input : names.linkList;
    },
    describeStarted: (title, count) => t('transferStarted', [title, counted('Files', count)]),
  });
  const jobs = storedSignal(itemSource(downloadJobsItem), { what: 'the downloads' });
  jobs.start();
  const jobActions: JobActions = {
    cancel: (jobId) => void request('downloads.cancel', { jobId }),
    retryFailed: (jobId) => void request('downloads.retryFailed', { jobId }),
    dismiss: (jobId) => void request('downloads.dismiss', { jobId }),
  };
  return {
    transfers,
    openFile: (item, from) => void openFileIn(item, from),
    layer: { transfers, jobs: jobs.value, jobActions },
  };
}
