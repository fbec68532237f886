import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import type { QuestionAnswer, SessionQuestion } from '../../shared/session-question.ts';
import type { AccountView } from '../../ui/account-store.ts';
import { accountProblem } from '../../ui/account-text.ts';
import type { AccountActions } from '../../ui/browser-account.ts';
import { Avatar } from '../../ui/components/Avatar.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SessionQuestionPanel } from '../../ui/components/SessionQuestionPanel.tsx';
import { AccountCard } from './AccountCard.tsx';
import { SignInMethods, type SignInMethod } from './SignInMethods.tsx';

export type AccountSectionProps = {
  account: AccountView;
  /** Why this page could not refresh the account. */
  error?: ErrorKind | null;
  onRetry?: () => void;
  actions: AccountActions;
  /** A question about the session that waits for the user, and where its answer goes. */
  question?: SessionQuestion | null;
  onAnswer?: ((answer: QuestionAnswer) => Promise<void>) | undefined;
  initialMethod?: SignInMethod | undefined;
  locale?: string | undefined;
};

/** Options › Account: who is signed in and how, or the ways to sign in. */
export function AccountSection({
  account,
  error,
  onRetry,
  actions,
  question = null,
  onAnswer,
  initialMethod,
  locale,
}: AccountSectionProps) {
  const problem = accountProblem(account, error);
  return (
    <Section id="account" title={t('sectionAccount')} description={t('accountDescription')}>
      {account.status === 'signed-in' ? (
        <AccountCard account={account} onSignOut={actions.signOut} locale={locale} />
      ) : (
        <div class="ui-card options-card" aria-busy={account.status === 'checking' || undefined}>
          <div class="options-account">
            <Avatar />
            <div class="options-account__text">
              <p class="options-account__name">
                {account.status === 'checking' ? t('accountChecking') : t('accountSignedOut')}
              </p>
              {account.status === 'signed-out' && (
                <p class="options-account__detail">{t('accountSignedOutDescription')}</p>
              )}
            </div>
          </div>
        </div>
      )}
      {question !== null && onAnswer !== undefined && (
        <div class="options-after-card">
          <SessionQuestionPanel question={question} onAnswer={onAnswer} />
        </div>
      )}
      {problem !== undefined && (
        <div class="options-after-card">
          <ErrorNotice kind={problem.kind} tone={problem.tone} onRetry={onRetry} />
        </div>
      )}
      {account.status === 'signed-out' && question?.kind !== 'web-signed-out' && (
        <>
          <h3 class="options-subheading">{t('accountMethodsTitle')}</h3>
          <SignInMethods
            actions={actions}
            webSessionPaused={account.webSessionPaused === true}
            initialMethod={initialMethod}
          />
        </>
      )}
    </Section>
  );
}
