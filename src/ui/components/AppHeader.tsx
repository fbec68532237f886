import type { ComponentChildren } from 'preact';

// Vite emits the SVG as an asset (or inlines it) and rewrites this URL at build time.
const logoUrl = new URL('../icon.svg', import.meta.url).href;

export type AppHeaderProps = {
  /** The product name; it is the page's h1. */
  title: string;
  /** Where the user is ("Settings", "Files"), shown after the name as part of the heading. */
  context?: string;
  /** Content for the middle of the bar, such as a search field; it takes the free space. */
  center?: ComponentChildren;
  /** Controls at the end of the bar. */
  children?: ComponentChildren;
  /** The popup's tighter bar. */
  compact?: boolean;
};

/** The banner landmark: logo, product name and a slot for actions. */
export function AppHeader({ title, context, center, children, compact = false }: AppHeaderProps) {
  return (
    <header class={`ui-app-header${compact ? ' ui-app-header--compact' : ''}`}>
      <div class="ui-app-header__brand">
        <img class="ui-app-header__logo" src={logoUrl} alt="" width={28} height={28} />
        <h1 class="ui-app-header__title">
          {title}
          {context && (
            <span class="ui-app-header__context">
              <span class="visually-hidden"> – </span>
              {context}
            </span>
          )}
        </h1>
      </div>
      {center !== undefined && <div class="ui-app-header__center">{center}</div>}
      {children !== undefined && <div class="ui-app-header__actions">{children}</div>}
    </header>
  );
}
