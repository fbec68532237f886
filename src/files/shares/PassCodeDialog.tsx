import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { TextField } from '../../ui/components/TextField.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';
import { ModalDialog } from '../operations/ModalDialog.tsx';
import type { PassCodeQuestion, ShareStore } from './share-store.ts';
import { statusProblem } from './share-text.ts';

export type PassCodeDialogProps = {
  shares: ShareStore;
  /** The share opened with the code the user gave (the worker remembers it). */
  onOpened: (shareId: string) => void;
};

/** Asks for the pass code of the share the store asks about, with why (needed, or wrong), until it opens. */
export function PassCodeDialog({ shares, onOpened }: PassCodeDialogProps) {
  const question = shares.question.value;
  if (question === null) return null;
  // A new dialog per share: nothing typed for one share shows up for another.
  return <Asking key={question.shareId} question={question} shares={shares} onOpened={onOpened} />;
}

function Asking({ question, shares, onOpened }: PassCodeDialogProps & { question: PassCodeQuestion }) {
  const [code, setCode] = useState('');
  const [empty, setEmpty] = useState(false);
  /** Typed since the last try: a wrong code's error waits for the next try. */
  const [typed, setTyped] = useState(false);
  /** Why the last try did not open it, when not for its code: a share's status, or a failed request. */
  const [failure, setFailure] = useState<{ sentence: string } | { kind: ErrorKind } | undefined>(undefined);
  const [tries, setTries] = useState(0);
  const [opening, setOpening] = useState(false);
  const input = useRef<HTMLElement>(null);
  useLayoutEffect(() => input.current?.focus(), []);

  const close = () => (shares.question.value = null);

  async function submit(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    if (opening) return;
    const trimmed = code.trim();
    if (trimmed === '') {
      setEmpty(true);
      input.current?.focus();
      return;
    }
    setOpening(true);
    setTyped(false);
    setFailure(undefined);
    try {
      const summary = await shares.open(question.shareId, trimmed);
      setTries((count) => count + 1);
      if (summary.status === 'ok') {
        onOpened(question.shareId);
        return;
      }
      // The wrong code stays, selected, to be typed over.
      requestAnimationFrame(() => input.current instanceof HTMLInputElement && input.current.select());
      // A wrong code keeps the dialog (the store says why); any other answer is said here.
      const problem = statusProblem(summary);
      if (problem !== undefined && summary.status !== 'pass-code-wrong' && summary.status !== 'pass-code-needed') {
        setFailure({ sentence: [problem.sentence, problem.help].filter(Boolean).join(' ') });
      }
    } catch (error) {
      setFailure({ kind: errorKindOf(error) });
    } finally {
      setOpening(false);
    }
    input.current?.focus();
  }

  const wrong = question.reason === 'pass-code-wrong';
  return (
    // The dialog says the share needs a code; a code tried (here, or in the link) that is wrong is the field's error.
    <ModalDialog title={t('sharesPassCodeTitle')} text={t('sharesPassCodeNeeded')} onClose={close}>
      <form class="files-dialog__form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('sharesPassCodeLabel')}
          value={code}
          onInput={(value) => {
            setCode(value);
            setEmpty(false);
            setTyped(true);
          }}
          error={empty ? t('sharesPassCodeRequired') : wrong && !typed ? t('sharesPassCodeWrong') : undefined}
          autocomplete="off"
          code
          inputRef={input}
        />
        {/* The field's error is not a live region: this says it aloud after a try. */}
        <p class="visually-hidden" role="alert">
          {tries > 0 && wrong ? t('sharesPassCodeWrong') : ''}
        </p>
        {failure !== undefined && 'sentence' in failure && (
          <p class="files-dialog__error" role="alert">
            {failure.sentence}
          </p>
        )}
        {failure !== undefined && 'kind' in failure && <ErrorNotice kind={failure.kind} />}
        <div class="files-dialog__actions">
          <Button size="sm" onClick={close}>
            {t('actionCancel')}
          </Button>
          <Button size="sm" variant="primary" type="submit" busy={opening}>
            {t('sharesPassCodeOpen')}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
