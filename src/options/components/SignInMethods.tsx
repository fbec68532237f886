import { Globe, KeyRound, LockKeyhole } from 'lucide-preact';
import { useId, useState } from 'preact/hooks';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import type { AccountActions } from '../../ui/browser-account.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { LinkButton } from '../../ui/components/LinkButton.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';
import { PIKPAK_WEB_URL } from '../../shared/pages.ts';
import { PasswordForm } from './PasswordForm.tsx';
import { TokenForm } from './TokenForm.tsx';

export type SignInMethod = 'token' | 'password';

export type SignInMethodsProps = {
  actions: AccountActions;
  /** The user signed the extension out: the website row offers to take its session again. */
  webSessionPaused: boolean;
  /** The form to open first (the popup's "Paste a token" opens the page at that form). */
  initialMethod?: SignInMethod | undefined;
};

/** The three ways in, each a row; the token and password rows open their form in place. */
export function SignInMethods({ actions, webSessionPaused, initialMethod }: SignInMethodsProps) {
  const [open, setOpen] = useState<SignInMethod | null>(initialMethod ?? null);
  // Focus moves into the form the user asked for, here or through the popup.
  const [focusForm, setFocusForm] = useState(initialMethod !== undefined);
  const [resuming, setResuming] = useState(false);
  const [resumeError, setResumeError] = useState<ErrorKind | null>(null);
  const id = useId();
  const toggle = (method: SignInMethod) => () => {
    setOpen((current) => (current === method ? null : method));
    setFocusForm(true);
  };
  const resume = () => {
    setResuming(true);
    setResumeError(null);
    actions.useWebSession().then(
      () => setResuming(false),
      (error: unknown) => {
        setResuming(false);
        setResumeError(errorKindOf(error));
      },
    );
  };

  return (
    <div class="ui-card options-card">
      {webSessionPaused ? (
        <SettingRow icon={Globe} title={t('signInResumeTitle')} description={t('signInResumeText')}>
          <Button variant="primary" busy={resuming} onClick={resume}>
            {t('actionUseWebSession')}
          </Button>
        </SettingRow>
      ) : (
        <SettingRow icon={Globe} title={t('signInWebTitle')} description={t('signInWebText')}>
          <LinkButton href={PIKPAK_WEB_URL} variant="primary" external>
            {t('actionOpenWebsite')}
          </LinkButton>
        </SettingRow>
      )}
      {resumeError !== null && (
        <div class="options-method-body">
          <ErrorNotice kind={resumeError} onRetry={resume} />
        </div>
      )}
      <SettingRow icon={KeyRound} title={t('signInTokenTitle')} description={t('signInTokenText')}>
        <Button
          aria-expanded={open === 'token'}
          aria-controls={open === 'token' ? `${id}-token` : undefined}
          onClick={toggle('token')}
        >
          {t('actionPasteToken')}
        </Button>
      </SettingRow>
      {open === 'token' && (
        <div class="options-method-body" id={`${id}-token`}>
          <TokenForm onSubmit={actions.useRefreshToken} autoFocus={focusForm} />
        </div>
      )}
      <SettingRow icon={LockKeyhole} title={t('signInPasswordTitle')} description={t('signInPasswordText')}>
        <Button
          aria-expanded={open === 'password'}
          aria-controls={open === 'password' ? `${id}-password` : undefined}
          onClick={toggle('password')}
        >
          {t('actionUsePassword')}
        </Button>
      </SettingRow>
      {open === 'password' && (
        <div class="options-method-body" id={`${id}-password`}>
          <PasswordForm deps={actions} autoFocus={focusForm} />
        </div>
      )}
    </div>
  );
}
