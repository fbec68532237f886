import { defineItem, isRecord } from './storage.ts';

/**
 * A question about the session that only the user can answer, kept in storage so it survives a stopped worker
 * and shows on every page until answered. No secrets: accounts are named by id, email and name only.
 * - `switch-account`: a mypikpak.com page is signed in to another account than the extension uses (PikPak
 *   confirmed whose it is). The extension keeps its account until the user says otherwise.
 * - `web-signed-out`: the web app that lent the session signed out; the extension set that session aside.
 */
export interface AccountLabel {
  sub: string;
  email?: string;
  name?: string;
}

export type SessionQuestion =
  | { kind: 'switch-account'; offered: AccountLabel; current: AccountLabel; askedAt: number }
  | { kind: 'web-signed-out'; account: AccountLabel; askedAt: number };

export type QuestionAnswer =
  | { kind: 'switch-account'; sub: string; choice: 'switch' | 'keep' }
  | { kind: 'web-signed-out'; choice: 'keep-using' | 'sign-out' };

function isLabel(value: unknown): value is AccountLabel {
  return (
    isRecord(value) &&
    typeof value.sub === 'string' &&
    (value.email === undefined || typeof value.email === 'string') &&
    (value.name === undefined || typeof value.name === 'string')
  );
}

function isSessionQuestion(value: unknown): value is SessionQuestion | null {
  if (value === null) return true;
  if (!isRecord(value) || typeof value.askedAt !== 'number') return false;
  if (value.kind === 'switch-account') return isLabel(value.offered) && isLabel(value.current);
  return value.kind === 'web-signed-out' && isLabel(value.account);
}

export const sessionQuestion = defineItem<SessionQuestion | null>('local', 'sessionQuestion', null, isSessionQuestion);

/** How an account is named to the user: its email, else its name, else its id. */
export function labelText(label: AccountLabel): string {
  return label.email?.trim() || label.name?.trim() || label.sub;
}

/** Checks an answer that came in a message. */
export function isQuestionAnswer(value: unknown): value is QuestionAnswer {
  if (!isRecord(value)) return false;
  if (value.kind === 'switch-account') {
    return typeof value.sub === 'string' && (value.choice === 'switch' || value.choice === 'keep');
  }
  return value.kind === 'web-signed-out' && (value.choice === 'keep-using' || value.choice === 'sign-out');
}
