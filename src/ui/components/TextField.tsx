import type { ComponentChildren, JSX, RefObject } from 'preact';
import { useId } from 'preact/hooks';

export type TextFieldProps = {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  type?: 'text' | 'password' | 'email';
  autocomplete?: string;
  /** Shown under the field and linked as its description. */
  hint?: ComponentChildren;
  /** Marks the field invalid and says why, under it. */
  error?: string | undefined;
  disabled?: boolean;
  /** For secrets and codes: no spell check, no autocorrect, monospace. */
  code?: boolean;
  /** Gets the input or textarea, e.g. to focus it after a failed submit. */
  inputRef?: RefObject<HTMLElement>;
  /** A control beside a one-line input, e.g. a show/hide button for a secret. */
  trailing?: ComponentChildren;
};

/** Tokens and codes: no spell check, no capitalisation or autocorrect. */
const CODE_INPUT = { spellcheck: false, autocapitalize: 'off', autocorrect: 'off' } as const;

/** A labelled text input or textarea with an optional hint and an inline error, both tied to the control. */
export function TextField({
  label,
  value,
  onInput,
  rows,
  type = 'text',
  autocomplete,
  hint,
  error,
  disabled = false,
  code = false,
  inputRef,
  trailing,
}: TextFieldProps) {
  const id = useId();
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const handleInput = (event: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    onInput(event.currentTarget.value);
  const shared = {
    id,
    class: `ui-field__control${code ? ' ui-field__control--code' : ''}`,
    value,
    disabled,
    autocomplete,
    'aria-invalid': error === undefined ? undefined : true,
    'aria-describedby': describedBy,
    onInput: handleInput,
    ...(code ? CODE_INPUT : {}),
  };
  return (
    <div class={`ui-field${error === undefined ? '' : ' ui-field--invalid'}`}>
      <label class="ui-field__label" for={id}>
        {label}
      </label>
      {rows === undefined ? (
        trailing === undefined ? (
          <input type={type} ref={inputRef as RefObject<HTMLInputElement> | undefined} {...shared} />
        ) : (
          <div class="ui-field__row">
            <input type={type} ref={inputRef as RefObject<HTMLInputElement> | undefined} {...shared} />
            {trailing}
          </div>
        )
      ) : (
        <textarea rows={rows} ref={inputRef as RefObject<HTMLTextAreaElement> | undefined} {...shared} />
      )}
      {error !== undefined && (
        <p class="ui-field__error" id={errorId}>
          {error}
        </p>
      )}
      {hint !== undefined && (
        <p class="ui-field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
