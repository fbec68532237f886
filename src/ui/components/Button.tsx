import type { ComponentChildren, JSX } from 'preact';
import { LoaderCircle, type LucideIcon } from 'lucide-preact';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md';

/** The classes shared by Button and LinkButton, so a link can look like a button. */
export function buttonClass(variant: ButtonVariant, size: ButtonSize, extra?: string): string {
  return ['ui-button', `ui-button--${variant}`, `ui-button--${size}`, extra].filter(Boolean).join(' ');
}

export type ButtonProps = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'icon' | 'size' | 'class' | 'className'> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** A lucide-preact icon shown before the label. */
  icon?: LucideIcon;
  /** Shows a spinner instead of the icon and marks the button busy; it stays focusable. */
  busy?: boolean;
  class?: string;
  children: ComponentChildren;
};

/** A real <button> (type="button" unless told otherwise) with the design system's look. */
export function Button({
  variant = 'secondary',
  size = 'md',
  icon: Icon,
  busy = false,
  type = 'button',
  class: extra,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button type={type} class={buttonClass(variant, size, extra)} aria-busy={busy || undefined} {...rest}>
      {busy ? (
        <LoaderCircle class="ui-button__icon ui-spin" aria-hidden="true" />
      ) : (
        Icon && <Icon class="ui-button__icon" aria-hidden="true" />
      )}
      <span class="ui-button__label">{children}</span>
    </button>
  );
}
