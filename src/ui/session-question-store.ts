import { signal, type ReadonlySignal } from '@preact/signals';
import type { AccountState } from '../shared/account.ts';
import { request } from '../shared/messages.ts';
import { sessionQuestion, type QuestionAnswer, type SessionQuestion } from '../shared/session-question.ts';
import type { AccountStore } from './account-store.ts';
import { followStored } from './follow-stored.ts';

export interface SessionQuestionStoreDeps {
  read: () => Promise<SessionQuestion | null>;
  watch: (callback: (question: SessionQuestion | null) => void, signal: AbortSignal) => void;
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
  const question = signal<SessionQuestion | null>(null);
  return {
    question,
    start() {
      const stop = new AbortController();
      followStored({
        read: deps.read,
        watch: deps.watch,
        set: (value) => (question.value = value),
        signal: stop.signal,
        what: 'the session question',
      });
      return () => stop.abort();
    },
    async answer(answer) {
      deps.apply(await deps.answer(answer));
    },
  };
}

export function createBrowserSessionQuestionStore(account: AccountStore): SessionQuestionStore {
  return createSessionQuestionStore({
    read: () => sessionQuestion.get(),
    watch: (callback, signal) => sessionQuestion.onChanged(callback, signal),
    answer: (answer) => request('session.answerQuestion', answer),
    apply: (state) => account.apply(state),
  });
}
