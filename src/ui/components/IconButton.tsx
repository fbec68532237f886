import type { JSX } from 'preact';
import type { LucideIcon } from 'lucide-preact';

export type IconButtonProps = Omit<
  JSX.ButtonHTMLAttributes<HTMLButtonElement>,
  'icon' | 'size' | 'class' | 'className' | 'children' | 'aria-label' | 'title'
> & {
  /** The accessible name, also shown as the tooltip. Required: an icon alone names nothing. */
  label: string;
  icon: LucideIcon;
  variant?: 'ghost' | 'secondary';
  size?: 'sm' | 'md';
  /** For toggles (view switches): sets aria-pressed and the selected look. */
  pressed?: boolean;
  class?: string;
};

/** A square button showing only an icon, named by `label`. */
export function IconButton({
  label,
  icon: Icon,
  variant = 'ghost',
  size = 'md',
  pressed,
  type = 'button',
  class: extra,
  ...rest
}: IconButtonProps) {
  const classes = ['ui-icon-button', `ui-icon-button--${variant}`, `ui-icon-button--${size}`, extra];
  return (
    <button
      type={type}
      class={classes.filter(Boolean).join(' ')}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      {...rest}
    >
      <Icon class="ui-icon-button__icon" aria-hidden="true" />
    </button>
  );
}
