import { Globe, ShieldCheck, Tag } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import { LinkButton } from '../../ui/components/LinkButton.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';

export type AboutSectionProps = {
  /** The extension's version from its manifest. */
  version: string;
};

/** Options › About: version, how the extension treats the user's session, and where PikPak lives. */
export function AboutSection({ version }: AboutSectionProps) {
  return (
    <Section id="about" title={t('sectionAbout')} description={t('extDescription')}>
      <div class="ui-card options-card">
        <SettingRow icon={Tag} title={t('aboutVersionTitle')}>
          <span class="options-value">{version}</span>
        </SettingRow>
        <SettingRow icon={ShieldCheck} title={t('aboutPrivacyTitle')} description={t('aboutPrivacyText')} />
        <SettingRow icon={Globe} title={t('aboutWebsiteTitle')} description={t('aboutWebsiteText')}>
          <LinkButton href="https://mypikpak.com/" external>
            mypikpak.com
          </LinkButton>
        </SettingRow>
      </div>
    </Section>
  );
}
