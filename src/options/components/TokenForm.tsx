import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import type { Platform } from '../../shared/platform.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { Notice } from '../../ui/components/Notice.tsx';
import { RadioGroup } from '../../ui/components/RadioGroup.tsx';
import { TextField } from '../../ui/components/TextField.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';

export type TokenFormProps = {
  /** Sends the token to the background; rejects with the request's error. */
  onSubmit: (refreshToken: string, platform: Platform) => Promise<void>;
  /** Puts the cursor in the token field when the form opens. */
  autoFocus?: boolean;
};

const PLATFORMS = [
  { value: 'web', label: 'tokenPlatformWeb' },
  { value: 'android', label: 'tokenPlatformAndroid' },
] as const;

/** Options › Account › Paste a token: the refresh token, which app it came from, and where to find it. */
export function TokenForm({ onSubmit, autoFocus = false }: TokenFormProps) {
  const [token, setToken] = useState('');
  const [platform, setPlatform] = useState<Platform>('web');
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);
  const [failure, setFailure] = useState<ErrorKind | null>(null);
  const field = useRef<HTMLElement>(null);

  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);

  const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = token.trim();
    setFailure(null);
    if (trimmed === '') {
      setEmpty(true);
      field.current?.focus();
      return;
    }
    setBusy(true);
    onSubmit(trimmed, platform).then(
      // On success the section swaps this form for the signed-in card.
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false);
        setFailure(errorKindOf(error));
      },
    );
  };

  return (
    <form class="options-form" aria-label={t('signInTokenTitle')} onSubmit={submit} noValidate>
      <TextField
        label={t('tokenFieldLabel')}
        value={token}
        onInput={(value) => {
          setToken(value);
          if (value.trim() !== '') setEmpty(false);
        }}
        rows={3}
        code
        autocomplete="off"
        inputRef={field}
        error={empty ? t('tokenEmpty') : undefined}
        hint={t(platform === 'web' ? 'tokenHintWeb' : 'tokenHintAndroid')}
      />
      <RadioGroup
        legend={t('tokenPlatformLabel')}
        options={PLATFORMS.map(({ value, label }) => ({ value, label: t(label) }))}
        value={platform}
        onChange={setPlatform}
        disabled={busy}
      />
      <div class="options-form__status" aria-live="polite">
        {failure === 'signed-out' ? (
          // "Signed out" is PikPak refusing the token itself: say so in the words of this form.
          <Notice tone="error" title={t('tokenRejected')} live="none">
            <p>{t('tokenRejectedHint')}</p>
          </Notice>
        ) : (
          failure !== null && <ErrorNotice kind={failure} live="none" />
        )}
      </div>
      <div class="options-form__actions">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? t('tokenChecking') : t('tokenSubmit')}
        </Button>
      </div>
    </form>
  );
}
