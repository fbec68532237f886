import type { ComponentChildren } from 'preact';
import { CircleAlert, CircleCheck, Info, TriangleAlert, type LucideIcon } from 'lucide-preact';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export type NoticeProps = {
  tone?: NoticeTone;
  title?: string;
  children?: ComponentChildren;
  /** A button or link that resolves the notice. */
  action?: ComponentChildren;
  /**
   * Live-region role. By default errors are alerts and the rest are status messages; pass `none` when the
   * notice sits inside a live region that already announces it.
   */
  live?: 'auto' | 'none';
};

const ICONS: Record<NoticeTone, LucideIcon> = {
  info: Info,
  success: CircleCheck,
  warning: TriangleAlert,
  error: CircleAlert,
};

/** An inline message box for information, success, warnings and errors. */
export function Notice({ tone = 'info', title, children, action, live = 'auto' }: NoticeProps) {
  const Icon = ICONS[tone];
  const role = live === 'none' ? undefined : tone === 'error' ? 'alert' : 'status';
  return (
    <div class={`ui-notice ui-notice--${tone}`} role={role}>
      <Icon class="ui-notice__icon" aria-hidden="true" />
      <div class="ui-notice__body">
        {title !== undefined && <p class="ui-notice__title">{title}</p>}
        {children !== undefined && <div class="ui-notice__text">{children}</div>}
      </div>
      {action !== undefined && <div class="ui-notice__action">{action}</div>}
    </div>
  );
}
