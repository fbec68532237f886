import type { ComponentChildren, JSX } from 'preact';
import { ExternalLink, type LucideIcon } from 'lucide-preact';
import { buttonClass, type ButtonSize, type ButtonVariant } from './Button.tsx';

export type LinkButtonProps = Omit<
  JSX.AnchorHTMLAttributes<HTMLAnchorElement>,
  'icon' | 'size' | 'class' | 'className'
> & {
  href: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  icon?: LucideIcon;
  /** Opens in a new tab and shows the "external" mark after the label. */
  external?: boolean;
  class?: string;
  children: ComponentChildren;
};

/** A link that looks like a button: use it when the control navigates rather than acts. */
export function LinkButton({
  href,
  variant = 'secondary',
  size = 'md',
  icon: Icon,
  external = false,
  class: extra,
  children,
  ...rest
}: LinkButtonProps) {
  return (
    <a
      href={href}
      class={buttonClass(variant, size, extra)}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      {...rest}
    >
      {Icon && <Icon class="ui-button__icon" aria-hidden="true" />}
      <span class="ui-button__label">{children}</span>
      {external && <ExternalLink class="ui-button__icon ui-button__icon--end" aria-hidden="true" />}
    </a>
  );
}
