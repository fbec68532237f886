import { Activity, CircleAlert, ClipboardCopy, FileText, ScrollText, Trash2 } from 'lucide-preact';
import { useState } from 'preact/hooks';
import type { RecentError } from '../../shared/diagnostics.ts';
import { describeError } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import type { ConnectionCheck } from '../../shared/messages.ts';
import { Button } from '../../ui/components/Button.tsx';
import { EmptyState } from '../../ui/components/EmptyState.tsx';
import { Notice } from '../../ui/components/Notice.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { formatRelativeTime } from '../../ui/format-relative-time.ts';
import type { CheckState, ClearState } from '../diagnostics-store.ts';
import { ConnectionResult } from './ConnectionResult.tsx';

export type DiagnosticsSectionProps = {
  lastCheck: ConnectionCheck | null;
  state: CheckState;
  onCheck: () => void;
  /** The recent API errors, in any order; shown newest first. */
  errors: readonly RecentError[];
  clearState: ClearState;
  onClearErrors: () => void;
  locale?: string | undefined;
  /** The time the relative times count from; for tests. */
  now?: number;
  /** Puts the report (no secrets) on the clipboard; absent: no Copy report row. */
  onCopyReport?: (() => Promise<void>) | undefined;
};

type CopyState = 'idle' | 'copying' | 'copied' | 'failed';

const ERRORS_TITLE_ID = 'diagnostics-errors-title';

/** Options › Diagnostics: a live connection check, and the recent API errors. */
export function DiagnosticsSection({
  lastCheck,
  state,
  onCheck,
  errors,
  clearState,
  onClearErrors,
  locale,
  now = Date.now(),
  onCopyReport,
}: DiagnosticsSectionProps) {
  const checking = state.kind === 'checking';
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyReport = () => {
    if (onCopyReport === undefined || copy === 'copying') return;
    setCopy('copying');
    onCopyReport().then(
      () => setCopy('copied'),
      (error: unknown) => {
        console.warn('Could not copy the report', error);
        setCopy('failed');
      },
    );
  };
  return (
    <Section id="diagnostics" title={t('sectionDiagnostics')} description={t('diagnosticsDescription')}>
      <div class="ui-card options-card">
        <SettingRow
          icon={Activity}
          title={t('diagnosticsConnectionTitle')}
          description={t('diagnosticsConnectionText')}
        >
          <Button variant="primary" busy={checking} onClick={onCheck}>
            {checking ? t('diagnosticsChecking') : t('diagnosticsCheck')}
          </Button>
        </SettingRow>
        <div class="options-diagnostics-result" role="status" aria-live="polite">
          <ConnectionResult lastCheck={lastCheck} state={state} />
        </div>
        {onCopyReport !== undefined && (
          <>
            <SettingRow
              icon={FileText}
              title={t('diagnosticsReportTitle')}
              description={t('diagnosticsReportText')}
              descriptionId="diagnostics-report-text"
            >
              <Button
                icon={ClipboardCopy}
                busy={copy === 'copying'}
                aria-describedby="diagnostics-report-text"
                onClick={copyReport}
              >
                {t('diagnosticsCopyReport')}
              </Button>
            </SettingRow>
            <div class="options-diagnostics-result" role="status" aria-live="polite">
              {copy === 'copied' && <Notice tone="success" title={t('diagnosticsReportCopied')} live="none" />}
              {copy === 'failed' && <Notice tone="error" title={t('diagnosticsReportFailed')} live="none" />}
            </div>
          </>
        )}
      </div>
      <div class="options-subheading-row">
        <h3 id={ERRORS_TITLE_ID} class="options-subheading">
          {t('diagnosticsErrorsTitle')}
        </h3>
        {errors.length > 0 && (
          <Button
            variant="ghost"
            size="sm"
            icon={Trash2}
            busy={clearState === 'clearing'}
            aria-describedby={ERRORS_TITLE_ID}
            onClick={onClearErrors}
          >
            {t('diagnosticsErrorsClear')}
          </Button>
        )}
      </div>
      {clearState === 'failed' && (
        <p class="options-errors-failed" role="alert">
          {t('diagnosticsErrorsClearFailed')}
        </p>
      )}
      <div class="ui-card options-card">
        {errors.length === 0 ? (
          <EmptyState icon={ScrollText} title={t('diagnosticsErrorsEmptyTitle')} headingLevel={3} compact>
            {t('diagnosticsErrorsEmptyText')}
          </EmptyState>
        ) : (
          <RecentErrorList errors={errors} locale={locale} now={now} />
        )}
      </div>
    </Section>
  );
}

function RecentErrorList({
  errors,
  locale,
  now,
}: {
  errors: readonly RecentError[];
  locale: string | undefined;
  now: number;
}) {
  const newestFirst = [...errors].sort((a, b) => b.at - a.at);
  return (
    <ul class="options-errors" aria-labelledby={ERRORS_TITLE_ID}>
      {newestFirst.map((entry, index) => (
        <li key={`${entry.at}-${index}`} class="options-error">
          <CircleAlert class="options-error__icon" aria-hidden="true" />
          <div class="options-error__text">
            <p class="options-error__message">{t(describeError(entry.kind).messageKey)}</p>
            <ErrorDetail entry={entry} />
          </div>
          <time class="options-error__time" dateTime={new Date(entry.at).toISOString()}>
            {formatRelativeTime(entry.at, now, locale)}
          </time>
        </li>
      ))}
    </ul>
  );
}

/** `GET /drive/v1/about · HTTP 401`; the request name when PikPak was not called. */
function ErrorDetail({ entry }: { entry: RecentError }) {
  const parts = [entry.endpoint ?? entry.request, entry.status === undefined ? undefined : `HTTP ${entry.status}`];
  const text = parts.filter((part) => part !== undefined && part !== '').join(' · ');
  return text === '' ? null : <p class="options-error__detail">{text}</p>;
}
