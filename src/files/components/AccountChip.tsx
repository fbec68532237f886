import { LogIn } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import { Avatar } from '../../ui/components/Avatar.tsx';
import { Button } from '../../ui/components/Button.tsx';
import type { SessionState } from '../../ui/session-state.ts';

export type AccountChipProps = {
  session: SessionState;
  /** Where "Sign in" leads when signed out. */
  onSignIn: () => void;
};

/** The header's account area: the signed-in account, or a sign-in button. */
export function AccountChip({ session, onSignIn }: AccountChipProps) {
  if (session.status === 'signed-in') {
    return (
      <span class="files-account">
        <Avatar name={session.account.name} size="sm" />
        <span class="files-account__name">{session.account.name}</span>
      </span>
    );
  }
  if (session.status === 'checking') {
    return <span class="files-account files-account--checking" aria-hidden="true" />;
  }
  return (
    <Button size="sm" icon={LogIn} onClick={onSignIn}>
      {t('actionSignIn')}
    </Button>
  );
}
