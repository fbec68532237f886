import type { ComponentChildren } from 'preact';

export type CardProps = {
  /** Inner spacing: none for lists whose rows bring their own, md for content. */
  padding?: 'none' | 'md';
  class?: string;
  children: ComponentChildren;
};

/** A raised surface with a hairline border. */
export function Card({ padding = 'md', class: extra, children }: CardProps) {
  const classes = ['ui-card', padding === 'md' ? 'ui-card--padded' : undefined, extra];
  return <div class={classes.filter(Boolean).join(' ')}>{children}</div>;
}
