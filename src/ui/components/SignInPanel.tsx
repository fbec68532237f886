import '../styles/components/sign-in.css';
import { CloudDownload, Globe, KeyRound, LockKeyhole } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import { PIKPAK_WEB_URL } from '../../shared/pages.ts';
import { ActionRow } from './ActionRow.tsx';

export type SignInPanelProps = {
  /** Opens the options page's Account section with the token form. */
  onPasteToken: () => void;
  /** Opens the options page's Account section with the password form. */
  onPasswordSignIn: () => void;
  /**
   * The user signed the extension out, so it does not take the mypikpak.com session by itself: the first way
   * in becomes "Use my mypikpak.com session", which calls this.
   */
  webSessionPaused?: boolean;
  onUseWebSession?: () => void;
  /** Replaces the sentence under the heading, to say what signing in unlocks on this page. */
  text?: string;
  headingLevel?: 2 | 3;
  /** The popup's tighter layout. */
  compact?: boolean;
};

/** The signed-out state: why to sign in and the three ways in, the website first. */
export function SignInPanel({
  onPasteToken,
  onPasswordSignIn,
  webSessionPaused = false,
  onUseWebSession,
  text,
  headingLevel = 2,
  compact = false,
}: SignInPanelProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const resume = webSessionPaused && onUseWebSession !== undefined;
  return (
    <div class={`ui-sign-in${compact ? ' ui-sign-in--compact' : ''}`}>
      <div class="ui-sign-in__intro">
        <div class="ui-empty__icon">
          <CloudDownload aria-hidden="true" />
        </div>
        <Heading class="ui-sign-in__title">{t('signInTitle')}</Heading>
        <p class="ui-sign-in__text">{text ?? t('signInText')}</p>
      </div>
      <ul class="ui-sign-in__choices" aria-label={t('signInChoicesLabel')}>
        <li>
          {resume ? (
            <ActionRow
              icon={Globe}
              title={t('signInResumeTitle')}
              description={t('signInResumeText')}
              onClick={onUseWebSession}
              emphasis
            />
          ) : (
            <ActionRow
              icon={Globe}
              title={t('signInWebTitle')}
              description={t('signInWebText')}
              href={PIKPAK_WEB_URL}
              external
              emphasis
            />
          )}
        </li>
        <li>
          <ActionRow
            icon={KeyRound}
            title={t('signInTokenTitle')}
            description={t('signInTokenText')}
            onClick={onPasteToken}
          />
        </li>
        <li>
          <ActionRow
            icon={LockKeyhole}
            title={t('signInPasswordTitle')}
            description={t('signInPasswordText')}
            onClick={onPasswordSignIn}
          />
        </li>
      </ul>
    </div>
  );
}
