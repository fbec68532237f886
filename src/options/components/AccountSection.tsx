import { Globe, KeyRound, LockKeyhole } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import { Avatar } from '../../ui/components/Avatar.tsx';
import { Button } from '../../ui/components/Button.tsx';
import { LinkButton } from '../../ui/components/LinkButton.tsx';
import { Notice } from '../../ui/components/Notice.tsx';
import { Pill } from '../../ui/components/Pill.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { PIKPAK_SIGN_IN_URL } from '../../ui/components/SignInPanel.tsx';
import type { SessionState } from '../../ui/session-state.ts';

export type AccountSectionProps = {
  session: SessionState;
};

/** Options › Account: who is signed in and the ways to sign in. Token and password forms come later. */
export function AccountSection({ session }: AccountSectionProps) {
  const signedIn = session.status === 'signed-in';
  return (
    <Section id="account" title={t('sectionAccount')} description={t('accountDescription')}>
      <div class="ui-card options-card">
        <div class="options-account">
          {signedIn ? <Avatar name={session.account.name} /> : <Avatar />}
          <div class="options-account__text">
            <p class="options-account__name">{signedIn ? session.account.name : t('accountSignedOut')}</p>
            <p class="options-account__detail">
              {signedIn ? (session.account.detail ?? '') : t('accountSignedOutDescription')}
            </p>
          </div>
          {signedIn && (
            <Pill tone="success" dot>
              {t('accountSignedIn')}
            </Pill>
          )}
        </div>
      </div>
      <h3 class="options-subheading">{t('accountMethodsTitle')}</h3>
      <div class="ui-card options-card">
        <SettingRow icon={Globe} title={t('signInWebTitle')} description={t('signInWebText')}>
          <LinkButton href={PIKPAK_SIGN_IN_URL} variant="primary" external>
            {t('actionOpenWebsite')}
          </LinkButton>
        </SettingRow>
        <SettingRow icon={KeyRound} title={t('signInTokenTitle')} description={t('signInTokenText')}>
          <Button disabled>{t('actionPasteToken')}</Button>
        </SettingRow>
        <SettingRow icon={LockKeyhole} title={t('signInPasswordTitle')} description={t('signInPasswordText')}>
          <Button disabled>{t('actionSignIn')}</Button>
        </SettingRow>
      </div>
      <div class="options-after-card">
        <Notice tone="info" live="none">
          {t('accountSoonNotice')}
        </Notice>
      </div>
    </Section>
  );
}
