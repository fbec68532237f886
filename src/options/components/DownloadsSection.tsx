import { FolderInput, FolderTree } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { Pill } from '../../ui/components/Pill.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';

/** Options › Downloads: where sent links are saved. Shows the planned default until folders can be picked. */
export function DownloadsSection() {
  return (
    <Section
      id="downloads"
      title={t('sectionDownloads')}
      description={t('downloadsDescription')}
      actions={<Pill tone="accent">{t('comingSoon')}</Pill>}
    >
      <div class="ui-card options-card">
        <SettingRow icon={FolderInput} title={t('downloadsFolderTitle')} description={t('downloadsFolderText')}>
          {/* Links go to PikPak's "My Pack" until a default folder can be chosen. */}
          <span class="options-value">{t('folderMyPack')}</span>
          <Button disabled>{t('actionChange')}</Button>
        </SettingRow>
        <SettingRow icon={FolderTree} title={t('downloadsRulesTitle')} description={t('downloadsRulesText')}>
          <span class="options-value options-value--muted">{t('downloadsRulesNone')}</span>
        </SettingRow>
      </div>
    </Section>
  );
}
