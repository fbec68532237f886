import { describeError } from '../../shared/errors.ts';
import { MAX_FILES_PER_JOB } from '../../shared/file-transfer.ts';
import { t, type MessageKey } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { formatBytes } from '../../ui/format-bytes.ts';
import { formatCount, formatDateTime } from '../format.ts';
import { ModalDialog } from '../operations/ModalDialog.tsx';
import { FailureList } from './FailureList.tsx';
import { counted, type Noun } from './transfer-text.ts';
import type { TransferPurpose, Transfers, TransferState } from './transfers.ts';

const TITLES: Record<TransferPurpose, MessageKey> = {
  download: 'transferTitleDownload',
  copyLinks: 'transferTitleCopyLinks',
  exportLinks: 'transferTitleExportLinks',
  exportAria2: 'transferTitleExportAria2',
  sendToAria2: 'transferTitleSendToAria2',
};

const GO: Record<TransferPurpose, MessageKey> = {
  download: 'transferGoDownload',
  copyLinks: 'transferGoCopyLinks',
  exportLinks: 'transferGoExport',
  exportAria2: 'transferGoExport',
  sendToAria2: 'transferGoSendToAria2',
};

const DONE: Record<Exclude<TransferPurpose, 'download'>, MessageKey> = {
  copyLinks: 'transferDoneCopied',
  exportLinks: 'transferDoneExported',
  exportAria2: 'transferDoneExported',
  sendToAria2: 'transferDoneSent',
};

/** "1,234 files (5.6 GB) in 45 folders". */
function sizeText(files: number, bytes: number, folders: number, locale?: string): string {
  return t('transferFound', [
    counted('Files', files, locale),
    formatBytes(bytes, locale),
    counted('Folders', folders, locale),
  ]);
}

/** What the result and the Go button count: links for the link actions, files for the others. */
const NOUN: Record<TransferPurpose, Noun> = {
  download: 'Files',
  copyLinks: 'Links',
  exportLinks: 'Links',
  exportAria2: 'Links',
  sendToAria2: 'Files',
};

/** What the dialog says in each phase: counting, ready to go, working, and the result. */
function body(state: TransferState, locale?: string): string {
  switch (state.phase) {
    case 'counting':
      return t(
        'transferCounting',
        sizeText(state.progress.files, state.progress.bytes, state.progress.folders, locale),
      );
    case 'ready':
      return state.plan.files.length === 0
        ? t('transferNoFiles')
        : sizeText(state.plan.files.length, state.plan.totalBytes, state.plan.folders, locale);
    case 'working':
      return t('transferWorking', [formatCount(state.done, locale), formatCount(state.total, locale)]);
    case 'done': {
      const done =
        state.purpose === 'download' ? '' : t(DONE[state.purpose], counted(NOUN[state.purpose], state.ok, locale));
      const expiry =
        state.expiresAt === undefined ? '' : ` ${t('transferExpires', formatDateTime(state.expiresAt, locale))}`;
      return done + expiry;
    }
    case 'failed':
      return t(describeError(state.kind).messageKey);
  }
}

/**
 * The dialog of a transfer that needs one: a folder being counted (Cancel), what was found before it starts, links
 * being fetched, and the result with the files that failed and why (Retry failed).
 */
export function TransferDialog({ transfers, locale }: { transfers: Transfers; locale?: string }) {
  const state = transfers.state.value;
  if (state === null) return null;
  const close = transfers.close;
  const busy = state.phase === 'counting' || state.phase === 'working';
  const text = body(state, locale);
  const tooMany =
    state.phase === 'ready' && state.purpose === 'download' && state.plan.files.length > MAX_FILES_PER_JOB;
  const ready = state.phase === 'ready' && state.plan.files.length > 0 && !tooMany;
  const failed = state.phase === 'done' ? state.failed : [];
  const ended = state.phase === 'done' || state.phase === 'failed';
  return (
    // The result is said once, by the status line (announced when it arrives), not also as the description.
    <ModalDialog title={t(TITLES[state.purpose], state.title)} {...(ended ? {} : { text })} onClose={close}>
      {busy && (
        <div
          class="files-dialog__progress"
          role="progressbar"
          aria-label={text}
          {...(state.phase === 'working'
            ? { 'aria-valuemin': 0, 'aria-valuemax': state.total, 'aria-valuenow': state.done }
            : {})}
        >
          <span
            class="files-dialog__progress-bar"
            style={
              state.phase === 'working' ? { width: `${(100 * state.done) / Math.max(1, state.total)}%` } : undefined
            }
          />
        </div>
      )}
      {/* Always there, so screen readers announce the result when it arrives. */}
      <p class="files-dialog__status" role="status">
        {ended ? text : ''}
      </p>
      {failed.length > 0 && <FailureList failures={failed} />}
      {tooMany && (
        <p class="files-dialog__text" role="alert">
          {t('transferTooMany', formatCount(MAX_FILES_PER_JOB, locale))}
        </p>
      )}
      <div class="files-dialog__actions">
        <Button size="sm" onClick={close} data-autofocus={ready ? undefined : ''}>
          {busy || ready ? t('actionCancel') : t('actionClose')}
        </Button>
        {failed.length > 0 && (
          <Button size="sm" variant="primary" onClick={transfers.retryFailed}>
            {t('transferRetryFailed', formatCount(failed.length, locale))}
          </Button>
        )}
        {ready && (
          <Button size="sm" variant="primary" onClick={transfers.confirm} data-autofocus="">
            {t(GO[state.purpose], counted(NOUN[state.purpose], state.plan.files.length, locale))}
          </Button>
        )}
      </div>
    </ModalDialog>
  );
}
