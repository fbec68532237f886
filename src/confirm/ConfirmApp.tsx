import { Link2, SendHorizontal } from 'lucide-preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ErrorKind } from '../shared/errors.ts';
import { destinationName } from '../shared/destination.ts';
import { t } from '../shared/i18n.ts';
import type { PendingSelection } from '../shared/pending-selection.ts';
import { AppHeader } from '../ui/components/AppHeader.tsx';
import { Button } from '../ui/components/Button.tsx';
import { EmptyState } from '../ui/components/EmptyState.tsx';
import { ErrorNotice } from '../ui/components/ErrorNotice.tsx';
import { Notice } from '../ui/components/Notice.tsx';
import { ShareOpenList } from '../ui/components/ShareOpenList.tsx';
import { SkeletonRows } from '../ui/components/SkeletonRows.tsx';
import { errorKindOf } from '../ui/error-kind.ts';
import { LinkChecklist } from './components/LinkChecklist.tsx';

export interface ConfirmActions {
  confirm(keys: string[]): Promise<{ added: number; alreadyQueued: number }>;
  discard(): Promise<void>;
  /** Opens a share of the selection in the file browser (its pass code remembered first). */
  openShare(shareId: string, passCode: string | undefined): Promise<void>;
  /** Closes the window (after sending or cancelling). */
  close: () => void;
}

export type ConfirmAppProps = {
  /** undefined while loading; null when the selection is gone (already sent or cancelled). */
  selection: PendingSelection | null | undefined;
  actions: ConfirmActions;
};

/**
 * The window a multi-link selection opens: every link ticked, untick what should stay behind, send. Share links of
 * the selection are listed apart, each with Open (they are not sent).
 */
export function ConfirmApp({ selection, actions }: ConfirmAppProps) {
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorKind | null>(null);
  const shares = selection?.shares ?? [];
  const sharesOnly = selection !== undefined && selection !== null && selection.links.length === 0;
  const chosen = useMemo(
    () => (selection ? selection.links.filter((link) => !unticked.has(link.key)).map((link) => link.key) : []),
    [selection, unticked],
  );

  // Escape cancels, as in any dialog (the window is one).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || busy) return;
      if (selection) run(() => actions.discard());
      else actions.close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    work().then(
      () => actions.close(),
      (caught: unknown) => {
        setBusy(false);
        setError(errorKindOf(caught));
      },
    );
  };

  return (
    <div class="confirm">
      <AppHeader title={t('extName')} context={t('confirmContext')} compact />
      <main class="confirm__main">
        {selection === undefined ? (
          <SkeletonRows variant="task" rows={4} label={t('confirmLoading')} />
        ) : selection === null ? (
          <EmptyState
            icon={Link2}
            title={t('confirmGoneTitle')}
            actions={<Button onClick={actions.close}>{t('actionClose')}</Button>}
          >
            {t('confirmGoneText')}
          </EmptyState>
        ) : (
          <>
            <div class="confirm__intro">
              <h2 class="confirm__title">
                {sharesOnly ? t('confirmSharesOnlyTitle') : t('confirmTitle', String(selection.links.length))}
              </h2>
              {selection.page.title && <p class="confirm__page">{t('confirmFromPage', selection.page.title)}</p>}
              {!sharesOnly && (
                <p class="confirm__destination">{t('confirmDestination', destinationName(selection.destination))}</p>
              )}
            </div>
            {selection.skipped.shares > 0 && (
              <Notice tone="info">{t('confirmSkippedShares', String(selection.skipped.shares))}</Notice>
            )}
            {shares.length > 0 && (
              <ShareOpenList
                label={t('confirmSharesLabel')}
                rows={shares.map((share) => ({ ...share, key: share.shareId, text: share.displayName }))}
                onOpen={(shareId, passCode) => actions.openShare(shareId, passCode)}
              />
            )}
            {selection.skipped.unreadable > 0 && (
              <Notice tone="warning">{t('confirmSkippedUnreadable', String(selection.skipped.unreadable))}</Notice>
            )}
            {!sharesOnly && <LinkChecklist links={selection.links} unticked={unticked} onChange={setUnticked} />}
            {error !== null && <ErrorNotice kind={error} />}
          </>
        )}
      </main>
      {selection && (
        <footer class="confirm__footer">
          <Button disabled={busy} onClick={() => run(() => actions.discard())}>
            {sharesOnly ? t('actionClose') : t('actionCancel')}
          </Button>
          {!sharesOnly && (
            <Button
              variant="primary"
              icon={SendHorizontal}
              busy={busy}
              disabled={chosen.length === 0}
              onClick={() => {
                if (!busy) run(async () => void (await actions.confirm(chosen)));
              }}
            >
              {chosen.length === 1 ? t('confirmSendOne') : t('confirmSendMany', String(chosen.length))}
            </Button>
          )}
        </footer>
      )}
    </div>
  );
}
