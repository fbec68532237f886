import { t } from '../../shared/i18n.ts';
import type { ConnectionCheck } from '../../shared/messages.ts';
import { Notice } from '../../ui/components/Notice.tsx';
import { formatRelativeTime } from '../../ui/format-relative-time.ts';
import { describeCheck } from '../describe-check.ts';
import type { CheckState } from '../diagnostics-store.ts';

export type ConnectionResultProps = {
  lastCheck: ConnectionCheck | null;
  state: CheckState;
};

/** The body of the diagnostics status region: the last result, the running check, or why it could not run. */
export function ConnectionResult({ lastCheck, state }: ConnectionResultProps) {
  if (state.kind === 'checking') {
    return <p class="options-diagnostics-result__idle">{t('diagnosticsCheckingHost')}</p>;
  }
  if (state.kind === 'failed') {
    return (
      <Notice tone="error" title={t('diagnosticsFailed')} live="none">
        {state.message}
      </Notice>
    );
  }
  if (lastCheck === null) {
    return <p class="options-diagnostics-result__idle">{t('diagnosticsNeverChecked')}</p>;
  }
  const locale = document.documentElement.lang || undefined;
  const { tone, title, hint } = describeCheck(lastCheck, locale);
  const checkedAt = formatRelativeTime(lastCheck.checkedAt, Date.now(), locale);
  return (
    <Notice tone={tone} title={title} live="none">
      {hint !== undefined && <p>{hint}</p>}
      <p>
        <time dateTime={new Date(lastCheck.checkedAt).toISOString()}>{t('diagnosticsCheckedAt', [checkedAt])}</time>
      </p>
    </Notice>
  );
}
