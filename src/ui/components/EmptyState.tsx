import type { ComponentChildren } from 'preact';
import type { LucideIcon } from 'lucide-preact';

export type EmptyStateProps = {
  icon?: LucideIcon;
  title: string;
  /** The heading level that fits the surrounding outline. */
  headingLevel?: 2 | 3;
  /** One or two sentences saying why it is empty and what fills it. */
  children?: ComponentChildren;
  /** Buttons or links that get the user out of the empty state. */
  actions?: ComponentChildren;
  /** Less vertical room, for the popup. */
  compact?: boolean;
};

/** A designed "nothing here yet" state: a soft icon, a heading, a sentence and the next step. */
export function EmptyState({
  icon: Icon,
  title,
  headingLevel = 2,
  children,
  actions,
  compact = false,
}: EmptyStateProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div class={`ui-empty${compact ? ' ui-empty--compact' : ''}`}>
      {Icon && (
        <div class="ui-empty__icon">
          <Icon aria-hidden="true" />
        </div>
      )}
      <Heading class="ui-empty__title">{title}</Heading>
      {children !== undefined && <p class="ui-empty__text">{children}</p>}
      {actions !== undefined && <div class="ui-empty__actions">{actions}</div>}
    </div>
  );
}
