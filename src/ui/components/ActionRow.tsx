import '../styles/components/action-row.css';
import { ChevronRight, ExternalLink, type LucideIcon } from 'lucide-preact';

export type ActionRowProps = {
  icon: LucideIcon;
  /** The first words of the control's accessible name. */
  title: string;
  /** A line under the title; the rest of the control's name. */
  description?: string;
  /** Renders a link (opened in a new tab when `external`) instead of a button. */
  href?: string;
  external?: boolean;
  onClick?: () => void;
  /** Highlights the recommended choice. */
  emphasis?: boolean;
};

/** A full-width choice with an icon, a title and a description, e.g. one of the ways to sign in. */
export function ActionRow({
  icon: Icon,
  title,
  description,
  href,
  external = false,
  onClick,
  emphasis = false,
}: ActionRowProps) {
  const className = `ui-action-row${emphasis ? ' ui-action-row--emphasis' : ''}`;
  const TrailIcon = external ? ExternalLink : ChevronRight;
  const content = (
    <>
      <span class="ui-action-row__icon">
        <Icon aria-hidden="true" />
      </span>
      <span class="ui-action-row__text">
        <span class="ui-action-row__title">{title}</span>
        {description !== undefined && <span class="ui-action-row__description">{description}</span>}
      </span>
      <TrailIcon class="ui-action-row__trail" aria-hidden="true" />
    </>
  );
  // Named by all its visible text (title, then description): a name that left the description out would not
  // match what is seen, which speech input relies on (WCAG 2.5.3).
  if (href !== undefined) {
    return (
      <a
        class={className}
        href={href}
        onClick={onClick}
        {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      >
        {content}
      </a>
    );
  }
  return (
    <button type="button" class={className} onClick={onClick}>
      {content}
    </button>
  );
}
