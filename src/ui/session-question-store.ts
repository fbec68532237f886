import type { ReadonlySignal } from '@preact/signals';
import type { AccountState } from '../shared/account.ts';
import { request } from '../shared/messages.ts';
import { sessionQuestion, type QuestionAnswer, type SessionQuestion } from '../shared/session-question.ts';
import type { AccountStore } from './account-store.ts';
import { itemSource, storedSignal, type StoredSource } from './stored-signal.ts';

export interface SessionQuestionStoreDeps {
  /** The `sessionQuestion` storage item, written by the background. */
  question: StoredSource<SessionQuestion | null>;
  /** Sends the answer to the background; resolves with the account as it is afterwards. */
  answer: (answer: QuestionAnswer) => Promise<AccountState>;
  /** Shows that account at once (the page's account store). */
  apply: (state: AccountState) => void;
}

export interface SessionQuestionStore {
  /** The open question about the session; `null` when there is none (also until storage answered). */
  question: ReadonlySignal<SessionQuestion | null>;
  start: () => () => void;
  /** Rejects with the background's error; the question stays open then. */
  answer: (answer: QuestionAnswer) => Promise<void>;
}

/** The session question (`sessionQuestion` in storage) for one page, and the way to answer it. */
export function createSessionQuestionStore(deps: SessionQuestionStoreDeps): SessionQuestionStore {
  const question = storedSignal(deps.question, { what: 'the session question', initial: null });
  return {
    question: question.value,
    start: question.start,
    async answer(answer) {
      deps.apply(await deps.answer(answer));
    },
  };
}

export function createBrowserSessionQuestionStore(account: AccountStore): SessionQuestionStore {
  return createSessionQuestionStore({
    question: itemSource(sessionQuestion),
    answer: (answer) => request('session.answerQuestion', answer),
    apply: (state) => account.apply(state),
  });
}
