import '../styles/components/question.css';
import { CirclePause, LogOut, Repeat2, UserRoundCheck } from 'lucide-preact';
import { useId, useState } from 'preact/hooks';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import { labelText, type QuestionAnswer, type SessionQuestion } from '../../shared/session-question.ts';
import { errorKindOf } from '../error-kind.ts';
import { Button } from './Button.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

export type SessionQuestionPanelProps = {
  question: SessionQuestion;
  onAnswer: (answer: QuestionAnswer) => Promise<void>;
  /** The popup's tighter layout. */
  compact?: boolean;
};

type Choice = { label: string; answer: QuestionAnswer; primary?: boolean; icon: typeof LogOut };

/**
 * A question about the session only the user can answer, with its two choices: follow mypikpak.com to another
 * account or keep the one in use; keep using a session the web app signed out of, or sign out here too. The
 * extension keeps doing what is safe (the account in use; the session paused) until the user answers.
 */
export function SessionQuestionPanel({ question, onAnswer, compact = false }: SessionQuestionPanelProps) {
  const id = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorKind | null>(null);
  const { title, text, detail, choices } = describe(question);
  const Icon = question.kind === 'switch-account' ? Repeat2 : CirclePause;

  const choose = (choice: Choice) => () => {
    setBusy(choice.label);
    setFailure(null);
    onAnswer(choice.answer).then(
      () => setBusy(null),
      (error: unknown) => {
        setBusy(null);
        setFailure(errorKindOf(error));
      },
    );
  };

  return (
    <section class={`ui-question${compact ? ' ui-question--compact' : ''}`} aria-labelledby={`${id}-title`}>
      <Icon class="ui-question__icon" aria-hidden="true" />
      <div class="ui-question__body">
        <h2 id={`${id}-title`} class="ui-question__title">
          {title}
        </h2>
        <p class="ui-question__text">{text}</p>
        <p class="ui-question__detail">{detail}</p>
        {failure !== null &&
          (failure === 'not-found' && question.kind === 'switch-account' ? (
            <p class="ui-question__failure" role="alert">
              {t('questionSwitchGone', [labelText(question.offered)])}
            </p>
          ) : (
            <div class="ui-question__failure">
              <ErrorNotice kind={failure} />
            </div>
          ))}
        <div class="ui-question__actions">
          {choices.map((choice) => (
            <Button
              key={choice.label}
              variant={choice.primary ? 'primary' : 'secondary'}
              icon={choice.icon}
              busy={busy === choice.label}
              disabled={busy !== null && busy !== choice.label}
              onClick={choose(choice)}
            >
              {choice.label}
            </Button>
          ))}
        </div>
      </div>
    </section>
  );
}

function describe(question: SessionQuestion): { title: string; text: string; detail: string; choices: Choice[] } {
  if (question.kind === 'switch-account') {
    const offered = labelText(question.offered);
    const current = labelText(question.current);
    const sub = question.offered.sub;
    return {
      title: t('questionSwitchTitle'),
      text: t('questionSwitchText', [offered, current]),
      detail: t('questionSwitchDetail', [current]),
      choices: [
        {
          label: t('questionSwitchAction'),
          answer: { kind: 'switch-account', sub, choice: 'switch' },
          primary: true,
          icon: Repeat2,
        },
        {
          label: t('questionKeepAction', [current]),
          answer: { kind: 'switch-account', sub, choice: 'keep' },
          icon: UserRoundCheck,
        },
      ],
    };
  }
  return {
    title: t('questionPausedTitle'),
    text: t('questionPausedText'),
    detail: t('questionPausedDetail', [labelText(question.account)]),
    choices: [
      {
        label: t('questionKeepUsingAction'),
        answer: { kind: 'web-signed-out', choice: 'keep-using' },
        primary: true,
        icon: UserRoundCheck,
      },
      { label: t('questionSignOutAction'), answer: { kind: 'web-signed-out', choice: 'sign-out' }, icon: LogOut },
    ],
  };
}
