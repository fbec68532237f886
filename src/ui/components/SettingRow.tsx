import './SettingRow.css';
import type { ComponentChildren } from 'preact';
import type { LucideIcon } from 'lucide-preact';

export type SettingRowProps = {
  icon?: LucideIcon;
  title: string;
  /** Shown under the title; give it `descriptionId` so the control can point at it. */
  description?: ComponentChildren;
  descriptionId?: string;
  /** The row's control (switch, button, value), aligned at the end. */
  children?: ComponentChildren;
};

/** One line of a settings card: what it is on the left, the control on the right. */
export function SettingRow({ icon: Icon, title, description, descriptionId, children }: SettingRowProps) {
  return (
    <div class="ui-setting-row">
      {Icon && (
        <span class="ui-setting-row__icon">
          <Icon aria-hidden="true" />
        </span>
      )}
      <div class="ui-setting-row__text">
        <p class="ui-setting-row__title">{title}</p>
        {description !== undefined && (
          <p class="ui-setting-row__description" id={descriptionId}>
            {description}
          </p>
        )}
      </div>
      {children !== undefined && <div class="ui-setting-row__control">{children}</div>}
    </div>
  );
}
