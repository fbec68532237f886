import type { ReadonlySignal } from '@preact/signals';
import './transfers.css';
import type { DownloadJob } from '../../shared/download-jobs.ts';
import { DownloadJobsPanel, type JobActions } from './DownloadJobsPanel.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import type { Transfers } from './transfers.ts';

export interface TransferLayerProps {
  transfers: Transfers;
  jobs: ReadonlySignal<readonly DownloadJob[] | undefined>;
  jobActions: JobActions;
  locale?: string;
}

/** What the transfers draw over the browser: the dialog of the one being prepared. */
export function TransferLayer({ transfers, locale }: TransferLayerProps) {
  return <TransferDialog transfers={transfers} {...(locale === undefined ? {} : { locale })} />;
}

/**
 * The downloads' progress. Not part of the browser's layer: the worker goes on with them signed out (a job waits
 * for a sign-in there), so the page shows them whatever the account.
 */
export function DownloadJobsLayer({ jobs, jobActions, locale }: TransferLayerProps) {
  return <DownloadJobsPanel jobs={jobs} actions={jobActions} {...(locale === undefined ? {} : { locale })} />;
}
