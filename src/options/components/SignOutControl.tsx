import { LogOut } from 'lucide-preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';

export type SignOutControlProps = {
  /** Whether the session came from mypikpak.com, which stays signed in. */
  fromWebSession: boolean;
  onSignOut: () => Promise<void>;
};

/** The account card's last row: "Sign out", which asks first, inline, and says what happens to mypikpak.com. */
export function SignOutControl({ fromWebSession, onSignOut }: SignOutControlProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorKind | null>(null);
  const row = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question: onto Cancel (the safe choice) when it opens, back to "Sign out" when it closes.
  useEffect(() => {
    const buttons = row.current?.querySelectorAll<HTMLButtonElement>('.ui-setting-row__control button');
    if (confirming) buttons?.item(buttons.length - 1).focus();
    else if (wasConfirming.current) buttons?.item(0).focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const confirm = () => {
    setBusy(true);
    setFailure(null);
    onSignOut().then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false);
        setFailure(errorKindOf(error));
      },
    );
  };

  const explanation = t(fromWebSession ? 'accountSignOutWebText' : 'accountSignOutOwnText');
  return (
    <div
      class="options-sign-out"
      ref={row}
      role={confirming ? 'group' : undefined}
      aria-label={confirming ? t('accountSignOutConfirm') : undefined}
    >
      <SettingRow
        icon={LogOut}
        title={confirming ? t('accountSignOutConfirm') : t('accountSignOutTitle')}
        description={explanation}
      >
        {confirming ? (
          <>
            <Button variant="danger" busy={busy} onClick={confirm}>
              {t('actionSignOut')}
            </Button>
            <Button variant="ghost" disabled={busy} onClick={() => setConfirming(false)}>
              {t('actionCancel')}
            </Button>
          </>
        ) : (
          <Button onClick={() => setConfirming(true)}>{t('actionSignOut')}</Button>
        )}
      </SettingRow>
      {failure !== null && (
        <div class="options-sign-out__error">
          <ErrorNotice kind={failure} />
        </div>
      )}
    </div>
  );
}
