import './shares.css';
import { ExternalLink } from 'lucide-preact';
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import { shareLinksIn } from '../../shared/links/index.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { Notice } from '../../ui/components/Notice.tsx';
import { TextField } from '../../ui/components/TextField.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';
import { BatchShares } from './batch/BatchShares.tsx';
import { RecentShares } from './RecentShares.tsx';
import type { ShareStore } from './share-store.ts';
import { statusProblem, type ShareProblemText } from './share-text.ts';

export type SharesHomeProps = {
  shares: ShareStore;
  /** Shows a share that opened (its top folder). */
  onOpenShare: (shareId: string) => void;
  locale: string | undefined;
};

type Opening =
  | { phase: 'idle' }
  | { phase: 'opening' }
  | { phase: 'no-link' }
  | { phase: 'problem'; problem: ShareProblemText }
  | { phase: 'failed'; kind: ErrorKind };

/**
 * The Shares place: a box that takes a share link in any form it is passed around in (with its pass code), opens
 * it, or — for two or more links — shows them all (BatchShares); the recent shares below.
 */
export function SharesHome({ shares, onOpenShare, locale }: SharesHomeProps) {
  const [text, setText] = useState('');
  const [opening, setOpening] = useState<Opening>({ phase: 'idle' });
  const links = useMemo(() => shareLinksIn(text), [text]);
  const many = links.length >= 2;

  async function open(event?: Event) {
    event?.preventDefault();
    const [link] = links;
    if (opening.phase === 'opening' || many) return;
    if (link === undefined) {
      setOpening({ phase: text.trim() === '' ? 'idle' : 'no-link' });
      return;
    }
    setOpening({ phase: 'opening' });
    try {
      const summary = await shares.open(link.shareId, link.passCode);
      if (summary.status === 'ok') {
        onOpenShare(link.shareId);
        return;
      }
      // A pass code needed or wrong is asked for in the store's dialog; anything else is said here.
      const problem = statusProblem(summary);
      const asked = summary.status === 'pass-code-needed' || summary.status === 'pass-code-wrong';
      setOpening(asked || problem === undefined ? { phase: 'idle' } : { phase: 'problem', problem });
    } catch (error) {
      setOpening({ phase: 'failed', kind: errorKindOf(error) });
    }
  }

  // Enter opens the link; Shift+Enter starts a new line (for several links, or a pass code under one).
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && event.target instanceof HTMLTextAreaElement && !many) {
      void open(event);
    }
  };

  return (
    <div class="files-shares">
      <section class="files-shares__open" aria-labelledby="files-shares-open">
        <h2 id="files-shares-open" class="files-shares__heading">
          {t('sharesHomeTitle')}
        </h2>
        <form class="files-shares__form" onSubmit={(event) => void open(event)} onKeyDown={onKeyDown} noValidate>
          <TextField
            label={t('sharesLinkLabel')}
            hint={t('sharesLinkHint')}
            rows={3}
            value={text}
            onInput={(value) => {
              setText(value);
              if (opening.phase !== 'opening') setOpening({ phase: 'idle' });
            }}
            error={opening.phase === 'no-link' ? t('sharesNoLink') : undefined}
            code
          />
          {!many && (
            <div class="files-shares__actions">
              <Button type="submit" variant="primary" icon={ExternalLink} busy={opening.phase === 'opening'}>
                {t('sharesOpen')}
              </Button>
            </div>
          )}
        </form>
        {opening.phase === 'opening' && (
          <p class="visually-hidden" role="status">
            {t('sharesOpening')}
          </p>
        )}
        {opening.phase === 'problem' && (
          <Notice tone="error" title={opening.problem.sentence}>
            {[opening.problem.pikpakSays, opening.problem.help].filter(Boolean).join(' ') || undefined}
          </Notice>
        )}
        {opening.phase === 'failed' && <ErrorNotice kind={opening.kind} onRetry={() => void open()} />}
        {many && <BatchShares text={text} onOpen={onOpenShare} />}
      </section>
      <RecentShares
        recent={shares.recent.value}
        onOpen={onOpenShare}
        onForget={(shareId) => void shares.forget(shareId).catch((error: unknown) => console.error(error))}
        locale={locale}
      />
    </div>
  );
}
