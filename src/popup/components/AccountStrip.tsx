import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import type { AccountView } from '../../ui/account-store.ts';
import { accountDetail, accountName, accountProblem, membershipLabel } from '../../ui/account-text.ts';
import { Avatar } from '../../ui/components/Avatar.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { Pill } from '../../ui/components/Pill.tsx';
import { QuotaMeter } from '../../ui/components/QuotaMeter.tsx';

export type AccountStripProps = {
  account: AccountView;
  /** Why the page could not refresh the account (shown over the account's own problem). */
  error?: ErrorKind | null;
  onRetry?: () => void;
  locale?: string | undefined;
};

/** The band under the popup's header: who is signed in, their plan and storage, or why they are not. */
export function AccountStrip({ account, error, onRetry, locale }: AccountStripProps) {
  const notice = accountProblem(account, error);
  const signedIn = account.status === 'signed-in';
  const name = signedIn ? (accountName(account) ?? t('accountUnnamed')) : undefined;
  const membership = signedIn ? membershipLabel(account) : undefined;
  return (
    <section
      class="popup-account"
      aria-label={t('accountRegionLabel')}
      aria-busy={account.status === 'checking' || undefined}
    >
      <div class="popup-account__identity">
        <Avatar name={signedIn ? accountName(account) : undefined} size="sm" />
        <div class="popup-account__text">
          {signedIn ? (
            <>
              <p class="popup-account__name">{name}</p>
              {accountDetail(account) !== undefined && <p class="popup-account__detail">{accountDetail(account)}</p>}
            </>
          ) : account.status === 'checking' ? (
            <p class="popup-account__name popup-account__name--muted">{t('accountChecking')}</p>
          ) : (
            <>
              <p class="popup-account__name">{t('accountSignedOut')}</p>
              <p class="popup-account__detail">{t('accountSignedOutHint')}</p>
            </>
          )}
        </div>
        {signedIn &&
          (membership !== undefined ? (
            <Pill tone="accent">{membership}</Pill>
          ) : (
            <Pill tone="success" dot>
              {t('accountSignedIn')}
            </Pill>
          ))}
      </div>
      {signedIn && account.quota !== undefined && (
        <div class="popup-account__quota">
          <QuotaMeter quota={account.quota} locale={locale} />
        </div>
      )}
      {notice !== undefined && (
        <div class="popup-account__notice">
          <ErrorNotice kind={notice.kind} tone={notice.tone} onRetry={onRetry} />
        </div>
      )}
    </section>
  );
}
