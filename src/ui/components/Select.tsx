import '../styles/components/select.css';
import { ChevronDown, type LucideIcon } from 'lucide-preact';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export type SelectProps<V extends string> = {
  /** The control's accessible name (and tooltip); not shown, the chosen option speaks for itself. */
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  /** A leading icon that says what the choice is about (sort, filter). */
  icon?: LucideIcon;
  disabled?: boolean;
};

/** A compact native <select> with the design system's look, for toolbars. */
export function Select<V extends string>({ label, value, options, onChange, icon: Icon, disabled }: SelectProps<V>) {
  return (
    <span class={`ui-select${Icon ? ' ui-select--icon' : ''}`}>
      {Icon && <Icon class="ui-select__icon" aria-hidden="true" />}
      <select
        class="ui-select__control"
        aria-label={label}
        title={label}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ChevronDown class="ui-select__chevron" aria-hidden="true" />
    </span>
  );
}
