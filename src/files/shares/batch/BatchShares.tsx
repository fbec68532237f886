import './batch-shares.css';
import { FolderInput, RotateCcw } from 'lucide-preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { accountState } from '../../../shared/account.ts';
import { describeError } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n.ts';
import { request } from '../../../shared/messages.ts';
import { Button } from '../../../ui/components/Button.tsx';
import { FolderPicker, type PickerPurpose } from '../../../ui/components/FolderPicker.tsx';
import { Notice } from '../../../ui/components/Notice.tsx';
import { browserFolderActions, type FolderActions } from '../../../ui/folder-actions.ts';
import { pageLocale } from '../../../ui/format-bytes.ts';
import { openOptions } from '../../../ui/open-page.ts';
import { itemSource, storedSignal } from '../../../ui/stored-signal.ts';
import { createBatchStore, type BatchDeps, type BatchRow } from './batch-store.ts';
import { categoryOf, foundText, liveText, nameOf, statusLabel, summaryText } from './batch-text.ts';
import { BatchTable } from './BatchTable.tsx';
import { parseShareBlock } from './parse.ts';

export interface BatchSharesProps {
  /** The pasted text; the Shares view shows this component when it holds two share links or more. */
  text: string;
  /** Opens one share in the file browser (its pass code, if any, was given to `shares.open` already). */
  onOpen: (shareId: string) => void;
}

/** The worker's requests behind the batch. */
export const browserBatchDeps: BatchDeps = {
  open: (shareId, passCode) => request('shares.open', passCode === undefined ? { shareId } : { shareId, passCode }),
  createFolder: (parentId, name) => request('drive.createFolder', { parentId, name }),
  restore: (shareId, toParentId) => request('shares.restore', { shareId, fileIds: [], toParentId }),
};

/** Many shares at once, as the Shares view shows them: the worker's requests and the stored account. */
export function BatchShares({ text, onOpen }: BatchSharesProps) {
  // Opening works signed out (anonymous reads); saving does not, and the button says so before the picker opens.
  const account = useMemo(() => storedSignal(itemSource(accountState), { what: 'the account' }), []);
  useEffect(() => account.start(), [account]);
  const locale = pageLocale();
  return (
    <BatchSharesPanel
      text={text}
      onOpen={onOpen}
      deps={browserBatchDeps}
      folders={browserFolderActions}
      signedOut={account.value.value?.status === 'signed-out'}
      signIn={() => void openOptions('account')}
      {...(locale === undefined ? {} : { locale })}
    />
  );
}

export interface BatchSharesPanelProps extends BatchSharesProps {
  deps: BatchDeps;
  folders: FolderActions;
  signedOut: boolean;
  /** Opens Options › Account, where the extension signs in. */
  signIn: () => void;
  locale?: string;
}

/** Saving into the folder chosen: any folder, My Drive too (each share gets a folder of its own inside it). */
const pickerPurpose = (): PickerPurpose => ({
  title: t('sharesManyPickerTitle'),
  chooseLabel: t('sharesManyPickerChoose'),
  refusal: () => undefined,
});

function FailureList({ rows }: { rows: readonly BatchRow[] }) {
  return (
    <ul class="share-batch__failures" aria-label={t('sharesManyFailuresLabel')}>
      {rows.map((row) => {
        const category = categoryOf(row);
        const kind = row.save.phase === 'failed' ? row.save.kind : 'unknown';
        return (
          <li key={row.shareId} class="share-batch__failure">
            <span class="share-batch__failure-name">{nameOf(row)}</span>
            <span class="share-batch__failure-reason">
              {category === 'ready' || category === 'own' ? '' : `${statusLabel(category)}: `}
              {t(describeError(kind).messageKey)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The pasted shares in a table (opened a few at a time), a summary of what they are, and Save all: each ready share
 * into its own folder inside the one chosen, with progress, the failures and their reasons, and Retry failed.
 */
export function BatchSharesPanel(props: BatchSharesPanelProps) {
  const { text, onOpen, deps, folders, signedOut, signIn, locale } = props;
  const headingId = useId();
  const store = useMemo(() => createBatchStore(deps), [deps]);
  const block = useMemo(() => parseShareBlock(text), [text]);
  useEffect(() => store.load(block.links), [store, block]);
  const [picking, setPicking] = useState(false);
  const [askedSignIn, setAskedSignIn] = useState(false);
  const live = useRef<HTMLParagraphElement>(null);
  const commands = useRef<HTMLDivElement>(null);
  const rows = store.rows.value;
  const run = store.run.value;
  const saving = run.phase === 'saving';
  const failed = rows.filter((row) => row.save.phase === 'failed');
  // The last row removed: Save all is disabled then, so the line saying the list is empty takes the focus.
  const focusEmptied = () => live.current?.focus();

  const saveAll = () => {
    if (saving) return;
    if (signedOut) return setAskedSignIn(true);
    setPicking(true);
  };
  const retryFailed = () => {
    // Retry failed goes away while the retry runs: the focus waits on Save all, which stays.
    commands.current?.querySelector('button')?.focus();
    void store.retryFailed();
  };

  return (
    <section class="share-batch" aria-labelledby={headingId}>
      <h3 id={headingId} class="share-batch__heading">
        {t('sharesManyCaption')}
      </h3>
      <p class="share-batch__found">{foundText(block, locale)}</p>
      {run.phase !== 'idle' && <p class="share-batch__summary">{summaryText(rows, locale)}</p>}
      <div class="share-batch__bar">
        {/* One line, announced as it changes: the opening's progress, then the summary; a save's progress and result. */}
        <p class="share-batch__live" role="status" tabIndex={-1} ref={live}>
          {liveText(rows, run, locale)}
        </p>
        <div class="share-batch__commands" ref={commands}>
          {/* Busy, not disabled, while saving: it keeps the focus the folder picker gave back to it. */}
          <Button
            variant="primary"
            size="sm"
            icon={FolderInput}
            busy={saving}
            aria-disabled={saving || undefined}
            disabled={rows.length === 0}
            onClick={saveAll}
          >
            {t('sharesManySaveAll')}
          </Button>
          {run.phase === 'done' && failed.length > 0 && (
            <Button size="sm" icon={RotateCcw} onClick={retryFailed}>
              {t('sharesManyRetryFailed')}
            </Button>
          )}
        </div>
      </div>
      {askedSignIn && signedOut && (
        <Notice
          tone="warning"
          action={
            <Button size="sm" onClick={signIn}>
              {t('sharesManySignInAction')}
            </Button>
          }
        >
          {t('sharesManySignInFirst')}
        </Notice>
      )}
      {saving && (
        <div
          class="share-batch__progress"
          role="progressbar"
          aria-label={t('sharesManyProgressLabel')}
          aria-valuemin={0}
          aria-valuemax={run.total}
          aria-valuenow={run.done}
        >
          <span style={{ width: `${(100 * run.done) / Math.max(1, run.total)}%` }} />
        </div>
      )}
      {!saving && failed.length > 0 && <FailureList rows={failed} />}
      {rows.length > 0 && (
        <BatchTable
          rows={rows}
          locale={locale}
          onEmptied={focusEmptied}
          actions={{
            open: onOpen,
            passCode: (shareId, code) => void store.reopen(shareId, code),
            retryOpen: (shareId) => void store.reopen(shareId),
            remove: store.remove,
          }}
        />
      )}
      <FolderPicker
        open={picking}
        listFolders={folders.listFolders}
        createFolder={folders.createFolder}
        purpose={pickerPurpose()}
        onChoose={(folder) => {
          setPicking(false);
          void store.saveAll(folder);
        }}
        onClose={() => setPicking(false)}
      />
    </section>
  );
}
