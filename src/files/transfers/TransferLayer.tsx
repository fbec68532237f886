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

/** What the transfers draw over the browser: the dialog of the one being prepared, and the downloads' progress. */
export function TransferLayer({ transfers, jobs, jobActions, locale }: TransferLayerProps) {
  const where = locale === undefined ? {} : { locale };
  return (
    <>
      <TransferDialog transfers={transfers} {...where} />
      <DownloadJobsPanel jobs={jobs} actions={jobActions} {...where} />
    </>
  );
}
