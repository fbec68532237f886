import type { JSX } from 'preact';
import { ExternalLink } from 'lucide-preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { Notice } from '../../ui/components/Notice.tsx';
import { TextField } from '../../ui/components/TextField.tsx';
import { usePasswordSignIn, type PasswordSignInDeps } from '../use-password-sign-in.ts';

export type PasswordFormProps = {
  deps: PasswordSignInDeps;
  /** Puts the cursor in the first field when the form opens. */
  autoFocus?: boolean;
};

/** Options › Account › Sign in with password, including the wait for PikPak's human check in another tab. */
export function PasswordForm({ deps, autoFocus = false }: PasswordFormProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState({ username: false, password: false });
  const signIn = usePasswordSignIn(deps);
  const { phase } = signIn;
  const usernameField = useRef<HTMLElement>(null);
  const passwordField = useRef<HTMLElement>(null);
  const busy = phase.kind === 'signing-in';
  const waiting = phase.kind === 'waiting';

  useEffect(() => {
    if (autoFocus) usernameField.current?.focus();
  }, [autoFocus]);

  const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = { username: username.trim() === '', password: password === '' };
    setMissing(next);
    if (next.username || next.password) {
      (next.username ? usernameField : passwordField).current?.focus();
      return;
    }
    signIn.start({ username: username.trim(), password });
  };

  return (
    <form class="options-form" aria-label={t('signInPasswordTitle')} onSubmit={submit} noValidate>
      <div class="options-form__fields">
        <TextField
          label={t('passwordUsernameLabel')}
          value={username}
          onInput={(value) => {
            setUsername(value);
            setMissing((old) => ({ ...old, username: false }));
          }}
          autocomplete="username"
          disabled={waiting}
          inputRef={usernameField}
          error={missing.username ? t('passwordUsernameEmpty') : undefined}
        />
        <TextField
          label={t('passwordPasswordLabel')}
          type="password"
          value={password}
          onInput={(value) => {
            setPassword(value);
            setMissing((old) => ({ ...old, password: false }));
          }}
          autocomplete="current-password"
          disabled={waiting}
          inputRef={passwordField}
          error={missing.password ? t('passwordPasswordEmpty') : undefined}
          hint={t('passwordPrivacy')}
        />
      </div>
      <div class="options-form__status" aria-live="polite">
        {phase.kind === 'failed' && <ErrorNotice kind={phase.error} live="none" />}
        {waiting && (
          <Notice tone="info" title={t('passwordWaiting')} live="none">
            <p>{t('passwordWaitingText')}</p>
          </Notice>
        )}
      </div>
      <div class="options-form__actions">
        {waiting ? (
          <>
            <Button icon={ExternalLink} onClick={signIn.reopenCheck}>
              {t('passwordReopenCheck')}
            </Button>
            <Button variant="ghost" onClick={signIn.cancel}>
              {t('actionCancel')}
            </Button>
          </>
        ) : (
          <Button type="submit" variant="primary" busy={busy}>
            {busy ? t('passwordSigningIn') : t('actionSignIn')}
          </Button>
        )}
      </div>
    </form>
  );
}
