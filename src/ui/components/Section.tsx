import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export type SectionProps = {
  /** The fragment target (#account); also used for the heading's id. */
  id?: string;
  title: string;
  headingLevel?: 2 | 3;
  /** A sentence under the heading saying what the section is for. */
  description?: ComponentChildren;
  /** Controls aligned with the heading (e.g. "Clear completed"). */
  actions?: ComponentChildren;
  /** Draws the body as a card. */
  card?: boolean;
  children?: ComponentChildren;
};

/** A titled region: <section> labelled by its heading, with optional actions and a card body. */
export function Section({ id, title, headingLevel = 2, description, actions, card = false, children }: SectionProps) {
  const generated = useId();
  const headingId = `${id ?? generated}-title`;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section id={id} class="ui-section" aria-labelledby={headingId}>
      <div class="ui-section__header">
        <div class="ui-section__titles">
          <Heading id={headingId} class="ui-section__title">
            {title}
          </Heading>
          {description !== undefined && <p class="ui-section__description">{description}</p>}
        </div>
        {actions !== undefined && <div class="ui-section__actions">{actions}</div>}
      </div>
      {children !== undefined && <div class={card ? 'ui-card ui-section__body' : 'ui-section__body'}>{children}</div>}
    </section>
  );
}
