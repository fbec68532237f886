import './RadioGroup.css';
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';

export type RadioOption<V extends string> = { value: V; label: string };

export type RadioGroupProps<V extends string> = {
  /** The group's name, read before each choice (the fieldset's legend). */
  legend: string;
  options: readonly RadioOption<V>[];
  value: V;
  onChange: (value: V) => void;
  disabled?: boolean;
};

/** A fieldset of native radio buttons drawn as a segmented control; arrow keys move between them. */
export function RadioGroup<V extends string>({
  legend,
  options,
  value,
  onChange,
  disabled = false,
}: RadioGroupProps<V>) {
  const name = useId();
  return (
    <fieldset class="ui-radio-group" disabled={disabled}>
      <legend class="ui-radio-group__legend">{legend}</legend>
      <div class="ui-radio-group__options">
        {options.map((option) => {
          const handleChange = (event: JSX.TargetedEvent<HTMLInputElement>) => {
            if (event.currentTarget.checked) onChange(option.value);
          };
          return (
            <label class="ui-radio-group__option" key={option.value}>
              <input
                type="radio"
                class="ui-radio-group__input"
                name={name}
                value={option.value}
                checked={option.value === value}
                onChange={handleChange}
              />
              <span class="ui-radio-group__label">{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
