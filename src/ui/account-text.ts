import type { AccountState, SessionSource } from '../shared/account.ts';
import type { ErrorKind } from '../shared/errors.ts';
import type { MessageKey } from '../shared/i18n.ts';
import type { AccountView } from './account-store.ts';

type SignedIn = Extract<AccountState, { status: 'signed-in' }>;

/** The account's name as the user knows it: display name, else email. Undefined when PikPak gave neither. */
export function accountName(account: SignedIn): string | undefined {
  const name = account.name?.trim();
  if (name) return name;
  const email = account.email?.trim();
  return email ? email : undefined;
}

/** The email when it is not already the name shown. */
export function accountDetail(account: SignedIn): string | undefined {
  const email = account.email?.trim();
  return email && email !== accountName(account) ? email : undefined;
}

/** PikPak's plan name when the background has one as text (e.g. "Premium"). */
export function membershipLabel(account: SignedIn): string | undefined {
  const membership: unknown = account.membership;
  return typeof membership === 'string' && membership.trim() !== '' ? membership.trim() : undefined;
}

const SOURCE_KEYS: Record<SessionSource, MessageKey> = {
  web: 'accountSourceWeb',
  token: 'accountSourceToken',
  password: 'accountSourcePassword',
};

/** "From your mypikpak.com session", "Pasted refresh token", "Password sign-in". */
export function sourceKey(source: SessionSource): MessageKey {
  return SOURCE_KEYS[source] ?? 'accountSourceWeb';
}

export interface AccountProblem {
  kind: ErrorKind;
  /** `warning` while still signed in; `error` when something does not work. */
  tone: 'warning' | 'error';
}

/** What a page shows under the account: its own failed request first, then why it is signed out, or the problem. */
export function accountProblem(
  account: AccountView,
  pageError: ErrorKind | null | undefined,
): AccountProblem | undefined {
  if (pageError) return { kind: pageError, tone: 'error' };
  if (account.status === 'signed-out' && account.reason) return { kind: account.reason, tone: 'error' };
  if (account.status === 'signed-in' && account.problem) return { kind: account.problem, tone: 'warning' };
  return undefined;
}
