import './shares.css';
import { KeyRound, Share2, ShieldAlert } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { EmptyState } from '../../ui/components/EmptyState.tsx';
import type { ShareProblemText } from './share-text.ts';

export type ShareProblemProps = {
  problem: ShareProblemText;
  /** The share wants its pass code: the button that asks for it. */
  onPassCode?: (() => void) | undefined;
  onRetry: () => void;
  onShares: () => void;
};

/** A share that cannot be read, in place of its list: why, what to do about it, and the ways out. */
export function ShareProblem({ problem, onPassCode, onRetry, onShares }: ShareProblemProps) {
  const icon = onPassCode !== undefined ? KeyRound : problem.help !== undefined ? ShieldAlert : Share2;
  return (
    <EmptyState
      icon={icon}
      title={onPassCode !== undefined ? problem.sentence : t('sharesProblemTitle')}
      actions={
        <>
          {onPassCode !== undefined ? (
            <Button size="sm" variant="primary" onClick={onPassCode}>
              {t('sharesPassCodeEnter')}
            </Button>
          ) : (
            <Button size="sm" onClick={onRetry}>
              {t('filesRetry')}
            </Button>
          )}
          <Button size="sm" onClick={onShares}>
            {t('sharesBackToShares')}
          </Button>
        </>
      }
    >
      {onPassCode === undefined && <span class="files-shares__problem-line">{problem.sentence}</span>}
      {problem.pikpakSays !== undefined && <span class="files-shares__problem-line">{problem.pikpakSays}</span>}
      {problem.help !== undefined && <span class="files-shares__problem-line">{problem.help}</span>}
    </EmptyState>
  );
}
