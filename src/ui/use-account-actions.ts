import { useState } from 'preact/hooks';
import type { ErrorKind } from '../shared/errors.ts';
import type { AccountStore } from './account-store.ts';
import type { AccountActions } from './browser-account.ts';
import { errorKindOf } from './error-kind.ts';

/** The account actions a page header offers (take the web session again, retry), with their last error. */
export function useAccountActions(store: AccountStore, actions: Pick<AccountActions, 'useWebSession'>) {
  const [actionError, setActionError] = useState<ErrorKind | null>(null);
  const resumeWebSession = () => {
    setActionError(null);
    actions.useWebSession().catch((error: unknown) => setActionError(errorKindOf(error)));
  };
  const retry = () => {
    setActionError(null);
    void store.refresh();
  };
  return { actionError, resumeWebSession, retry };
}
