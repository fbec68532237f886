import type { ComponentChildren } from 'preact';

export type PillProps = {
  tone?: 'neutral' | 'accent' | 'success' | 'warning' | 'danger';
  /** Adds a leading dot, for states ("Signed in", "Not signed in"). */
  dot?: boolean;
  children: ComponentChildren;
};

/** A small rounded label for a state or a count. */
export function Pill({ tone = 'neutral', dot = false, children }: PillProps) {
  return (
    <span class={`ui-pill ui-pill--${tone}`}>
      {dot && <span class="ui-pill__dot" aria-hidden="true" />}
      {children}
    </span>
  );
}
