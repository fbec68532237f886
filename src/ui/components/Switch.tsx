import './Switch.css';
import type { JSX } from 'preact';

export type SwitchProps = {
  /** The accessible name; visually the label usually sits in the surrounding row. */
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange?: (checked: boolean) => void;
  /** Points at the row's description text. */
  describedBy?: string;
};

/** An on/off toggle: a native checkbox with role="switch", styled as a track and thumb. */
export function Switch({ label, checked, disabled = false, onChange, describedBy }: SwitchProps) {
  const handleChange = (event: JSX.TargetedEvent<HTMLInputElement>) => onChange?.(event.currentTarget.checked);
  return (
    <span class="ui-switch">
      <input
        type="checkbox"
        role="switch"
        class="ui-switch__input"
        aria-label={label}
        aria-describedby={describedBy}
        checked={checked}
        disabled={disabled}
        onChange={handleChange}
      />
      <span class="ui-switch__track" aria-hidden="true">
        <span class="ui-switch__thumb" />
      </span>
    </span>
  );
}
