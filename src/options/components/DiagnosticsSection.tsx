import { Activity, ScrollText } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import type { ConnectionCheck } from '../../shared/messages.ts';
import { Button } from '../../ui/components/Button.tsx';
import { EmptyState } from '../../ui/components/EmptyState.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import type { CheckState } from '../diagnostics-store.ts';
import { ConnectionResult } from './ConnectionResult.tsx';

export type DiagnosticsSectionProps = {
  lastCheck: ConnectionCheck | null;
  state: CheckState;
  onCheck: () => void;
};

/** Options › Diagnostics: a live connection check, and (later) the recent API errors. */
export function DiagnosticsSection({ lastCheck, state, onCheck }: DiagnosticsSectionProps) {
  const checking = state.kind === 'checking';
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
      </div>
      <h3 class="options-subheading">{t('diagnosticsErrorsTitle')}</h3>
      <div class="ui-card options-card">
        <EmptyState icon={ScrollText} title={t('diagnosticsErrorsEmptyTitle')} headingLevel={3} compact>
          {t('diagnosticsErrorsEmptyText')}
        </EmptyState>
      </div>
    </Section>
  );
}
