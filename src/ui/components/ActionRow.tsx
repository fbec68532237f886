import { ChevronRight, ExternalLink, type LucideIcon } from 'lucide-preact';
import { useId } from 'preact/hooks';

export type ActionRowProps = {
  icon: LucideIcon;
  /** The control's accessible name. */
  title: string;
  /** A line under the title; linked as the control's description. */
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
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const className = `ui-action-row${emphasis ? ' ui-action-row--emphasis' : ''}`;
  const TrailIcon = external ? ExternalLink : ChevronRight;
  const content = (
    <>
      <span class="ui-action-row__icon">
        <Icon aria-hidden="true" />
      </span>
      <span class="ui-action-row__text">
        <span class="ui-action-row__title" id={titleId}>
          {title}
        </span>
        {description !== undefined && (
          <span class="ui-action-row__description" id={descriptionId}>
            {description}
          </span>
        )}
      </span>
      <TrailIcon class="ui-action-row__trail" aria-hidden="true" />
    </>
  );
  // Named by the title alone; the description is read after it.
  const labels = {
    'aria-labelledby': titleId,
    'aria-describedby': description === undefined ? undefined : descriptionId,
  };
  if (href !== undefined) {
    return (
      <a
        class={className}
        href={href}
        {...labels}
        onClick={onClick}
        {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      >
        {content}
      </a>
    );
  }
  return (
    <button type="button" class={className} {...labels} onClick={onClick}>
      {content}
    </button>
  );
}
