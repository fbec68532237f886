import { BadgeCheck, CircleAlert, CircleX, Hash, Send } from 'lucide-preact';
import type { LucideIcon } from 'lucide-preact';
import { t, type MessageKey } from '../../shared/i18n.ts';
import { storedSettings, useSettingSwitches, type SettingsAccess, type SwitchKey } from '../use-setting-switches.ts';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { Switch } from '../../ui/components/Switch.tsx';

interface NotificationSetting {
  key: Exclude<SwitchKey, 'disableMediaLinks'>;
  icon: LucideIcon;
  title: MessageKey;
  text: MessageKey;
}

const SETTINGS: readonly NotificationSetting[] = [
  { key: 'notifySent', icon: Send, title: 'notifySentSettingTitle', text: 'notifySentText' },
  { key: 'notifySendFailed', icon: CircleX, title: 'notifySendFailedSettingTitle', text: 'notifySendFailedText' },
  { key: 'notifyTaskComplete', icon: BadgeCheck, title: 'notifyCompleteTitle', text: 'notifyCompleteText' },
  { key: 'notifyTaskFailed', icon: CircleAlert, title: 'notifyFailedTitle', text: 'notifyFailedText' },
  { key: 'showBadge', icon: Hash, title: 'notifyBadgeTitle', text: 'notifyBadgeText' },
];

export type NotificationsSectionProps = {
  /** Where the switches are kept; default: the extension's stored settings. */
  settings?: SettingsAccess;
};

/** Options › Notifications: which notifications show and whether the toolbar icon counts running downloads. */
export function NotificationsSection({ settings = storedSettings }: NotificationsSectionProps) {
  const { ready, checked, change, error } = useSettingSwitches(settings);
  return (
    <Section id="notifications" title={t('sectionNotifications')} description={t('notificationsDescription')}>
      {error !== null && <ErrorNotice kind={error} />}
      <div class="ui-card options-card">
        {SETTINGS.map(({ key, icon, title, text }) => (
          <SettingRow key={key} icon={icon} title={t(title)} description={t(text)} descriptionId={`${key}-text`}>
            <Switch
              label={t(title)}
              checked={checked(key)}
              disabled={!ready}
              describedBy={`${key}-text`}
              onChange={(checked) => change(key, checked)}
            />
          </SettingRow>
        ))}
      </div>
    </Section>
  );
}
