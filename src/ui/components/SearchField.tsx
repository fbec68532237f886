import './SearchField.css';
import type { JSX } from 'preact';
import { Search } from 'lucide-preact';

export type SearchFieldProps = {
  /** The accessible name of the field and of its search landmark. */
  label: string;
  placeholder?: string;
  value?: string;
  disabled?: boolean;
  onInput?: (value: string) => void;
};

/** A search landmark holding one search input with a leading magnifier. */
export function SearchField({ label, placeholder, value, disabled = false, onInput }: SearchFieldProps) {
  const handleInput = (event: JSX.TargetedEvent<HTMLInputElement>) => onInput?.(event.currentTarget.value);
  return (
    <div class="ui-search" role="search" aria-label={label}>
      <Search class="ui-search__icon" aria-hidden="true" />
      <input
        type="search"
        class="ui-search__input"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        disabled={disabled}
        onInput={handleInput}
      />
    </div>
  );
}
