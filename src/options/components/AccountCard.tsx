import { HardDrive, Link2 } from 'lucide-preact';
import type { AccountState } from '../../shared/account.ts';
import { t } from '../../shared/i18n.ts';
import { accountDetail, accountName, membershipLabel, sourceKey } from '../../ui/account-text.ts';
import { Avatar } from '../../ui/components/Avatar.tsx';
import { Pill } from '../../ui/components/Pill.tsx';
import { QuotaMeter } from '../../ui/components/QuotaMeter.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { formatRelativeTime } from '../../ui/format-relative-time.ts';
import { SignOutControl } from './SignOutControl.tsx';

export type AccountCardProps = {
  account: Extract<AccountState, { status: 'signed-in' }>;
  onSignOut: () => Promise<void>;
  locale?: string | undefined;
};

/** Options › Account when signed in: who, how the extension got the session, storage, and signing out. */
export function AccountCard({ account, onSignOut, locale }: AccountCardProps) {
  const name = accountName(account);
  const detail = accountDetail(account);
  const membership = membershipLabel(account);
  return (
    <div class="ui-card options-card">
      <div class="options-account">
        <Avatar name={name} />
        <div class="options-account__text">
          <p class="options-account__name">{name ?? t('accountUnnamed')}</p>
          {detail !== undefined && <p class="options-account__detail">{detail}</p>}
        </div>
        {membership !== undefined && <Pill tone="accent">{membership}</Pill>}
        <Pill tone="success" dot>
          {t('accountSignedIn')}
        </Pill>
      </div>
      <SettingRow icon={Link2} title={t('accountSourceTitle')}>
        <span class="options-value">{t(sourceKey(account.source))}</span>
      </SettingRow>
      {account.quota !== undefined && (
        <SettingRow
          icon={HardDrive}
          title={t('accountStorageTitle')}
          description={
            account.checkedAt === undefined
              ? undefined
              : t('accountUpdatedAt', [formatRelativeTime(account.checkedAt, Date.now(), locale)])
          }
        >
          <div class="options-quota">
            <QuotaMeter quota={account.quota} locale={locale} />
          </div>
        </SettingRow>
      )}
      <SignOutControl fromWebSession={account.source === 'web'} onSignOut={onSignOut} />
    </div>
  );
}
