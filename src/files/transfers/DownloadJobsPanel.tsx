import type { ReadonlySignal } from '@preact/signals';
import { CircleAlert, CircleCheck, Download, Pause, X } from 'lucide-preact';
import { describeError, isErrorKind } from '../../shared/errors.ts';
import { jobCounts, type DownloadJob } from '../../shared/download-jobs.ts';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { IconButton } from '../../ui/components/IconButton.tsx';
import { formatBytes } from '../../ui/format-bytes.ts';
import { formatCount } from '../format.ts';
import { FailureList } from './FailureList.tsx';

export interface JobActions {
  cancel: (jobId: string) => void;
  retryFailed: (jobId: string) => void;
  dismiss: (jobId: string) => void;
}

function JobRow({ job, actions, locale }: { job: DownloadJob; actions: JobActions; locale?: string }) {
  const counts = jobCounts(job);
  const running = job.state === 'running';
  const failed = job.files.filter((file) => file.state === 'failed');
  const count = (value: number) => formatCount(value, locale);
  const summary = running
    ? t('downloadsRunning', [
        count(counts.done),
        count(counts.total),
        formatBytes(counts.doneBytes, locale),
        formatBytes(counts.totalBytes, locale),
      ])
    : job.state === 'finished' && counts.total === 1
      ? // "Downloaded 1 of 1 files" reads wrong: one file is downloaded or not (its reason is below).
        t(counts.done === 1 ? 'downloadsFinishedOne' : 'downloadsFinishedNone')
      : t(job.state === 'cancelled' ? 'downloadsCancelled' : 'downloadsFinished', [
          count(counts.done),
          count(counts.total),
        ]);
  const held = running ? job.held : undefined;
  const Icon = held
    ? Pause
    : running
      ? Download
      : failed.length > 0 || job.state === 'cancelled'
        ? CircleAlert
        : CircleCheck;
  return (
    <li
      class={`files-toast files-toast--${running ? 'running' : failed.length > 0 ? 'failed' : 'done'}`}
      aria-label={job.title}
    >
      <Icon class="files-toast__icon" aria-hidden="true" />
      <div class="files-toast__text">
        <p class="files-toast__title">{t('downloadsJobTitle', job.title)}</p>
        <p class="files-toast__reason">
          {summary}
          {failed.length > 0 && ` · ${t('downloadsFailedCount', count(failed.length))}`}
        </p>
        {held && (
          <p class="files-toast__reason" role="status">
            {t(
              held.kind === 'signed-out' ? 'downloadsHeldSignIn' : 'downloadsHeldWait',
              t(describeError(isErrorKind(held.kind) ? held.kind : 'unknown').messageKey),
            )}
          </p>
        )}
        {failed.length > 0 && !running && (
          <details class="files-toast__details">
            <summary>{t('downloadsShowFailures')}</summary>
            <FailureList
              failures={failed.map((file) => ({
                id: file.id,
                path: file.path,
                ...(file.failure ?? { kind: 'unknown', message: '' }),
              }))}
            />
          </details>
        )}
      </div>
      <div class="files-toast__actions">
        {running && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => actions.cancel(job.id)}
            aria-label={t('downloadsCancelJob', job.title)}
          >
            {t('actionCancel')}
          </Button>
        )}
        {!running && (failed.length > 0 || job.state === 'cancelled') && (
          <Button variant="ghost" size="sm" onClick={() => actions.retryFailed(job.id)}>
            {t(job.state === 'cancelled' ? 'downloadsResume' : 'downloadsRetryFailed')}
          </Button>
        )}
        {!running && (
          <IconButton
            icon={X}
            size="sm"
            label={t('downloadsDismiss', job.title)}
            onClick={() => actions.dismiss(job.id)}
          />
        )}
      </div>
      {running && (
        <div
          class="files-toast__progress files-toast__progress--determinate"
          role="progressbar"
          aria-label={summary}
          aria-valuemin={0}
          aria-valuemax={counts.total}
          aria-valuenow={counts.done + counts.failed}
        >
          <span style={{ width: `${(100 * (counts.done + counts.failed)) / Math.max(1, counts.total)}%` }} />
        </div>
      )}
    </li>
  );
}

/**
 * The browser downloads this extension started, newest first: progress with Cancel while they run, then the result
 * with the files that failed and why (Retry failed), until dismissed. Read from storage: the worker runs them.
 */
export function DownloadJobsPanel({
  jobs,
  actions,
  locale,
}: {
  jobs: ReadonlySignal<readonly DownloadJob[] | undefined>;
  actions: JobActions;
  locale?: string;
}) {
  const shown = [...(jobs.value ?? [])].reverse();
  return (
    <section class="files-downloads" aria-label={t('downloadsRegion')}>
      {shown.length > 0 && (
        <ul class="files-toasts">
          {shown.map((job) => (
            <JobRow key={job.id} job={job} actions={actions} {...(locale === undefined ? {} : { locale })} />
          ))}
        </ul>
      )}
    </section>
  );
}
