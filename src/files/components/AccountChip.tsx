import { LogIn } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import type { AccountView } from '../../ui/account-store.ts';
import { accountName } from '../../ui/account-text.ts';
import { Avatar } from '../../ui/components/Avatar.tsx';
import { Button } from '../../ui/components/Button.tsx';

export type AccountChipProps = {
  account: AccountView;
  /** Where "Sign in" leads when signed out. */
  onSignIn: () => void;
  /** Where the chip leads when signed in (Options › Account). */
  onOpenAccount: () => void;
};

/** The header's account area: the signed-in account (a way to its settings), or a sign-in button. */
export function AccountChip({ account, onSignIn, onOpenAccount }: AccountChipProps) {
  if (account.status === 'signed-in') {
    const name = accountName(account) ?? t('accountUnnamed');
    return (
      <button type="button" class="files-account" onClick={onOpenAccount} title={t('accountRegionLabel')}>
        <Avatar name={accountName(account)} size="sm" />
        <span class="files-account__name">{name}</span>
      </button>
    );
  }
  if (account.status === 'checking') {
    return <span class="files-account files-account--checking" role="status" aria-label={t('accountChecking')} />;
  }
  return (
    <Button size="sm" icon={LogIn} onClick={onSignIn}>
      {t('actionSignIn')}
    </Button>
  );
}
