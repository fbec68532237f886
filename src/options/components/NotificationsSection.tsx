import { BadgeCheck, CircleAlert, Hash } from 'lucide-preact';
import type { LucideIcon } from 'lucide-preact';
import { t, type MessageKey } from '../../shared/i18n.ts';
import { Pill } from '../../ui/components/Pill.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { Switch } from '../../ui/components/Switch.tsx';

interface NotificationSetting {
  id: string;
  icon: LucideIcon;
  title: MessageKey;
  text: MessageKey;
}

const SETTINGS: readonly NotificationSetting[] = [
  { id: 'notify-complete', icon: BadgeCheck, title: 'notifyCompleteTitle', text: 'notifyCompleteText' },
  { id: 'notify-failed', icon: CircleAlert, title: 'notifyFailedTitle', text: 'notifyFailedText' },
  { id: 'notify-badge', icon: Hash, title: 'notifyBadgeTitle', text: 'notifyBadgeText' },
];

/** Options › Notifications: the planned switches, on by default, shown read-only until they are wired. */
export function NotificationsSection() {
  return (
    <Section
      id="notifications"
      title={t('sectionNotifications')}
      description={t('notificationsDescription')}
      actions={<Pill tone="accent">{t('comingSoon')}</Pill>}
    >
      <div class="ui-card options-card">
        {SETTINGS.map(({ id, icon, title, text }) => (
          <SettingRow key={id} icon={icon} title={t(title)} description={t(text)} descriptionId={`${id}-text`}>
            <Switch label={t(title)} checked disabled describedBy={`${id}-text`} />
          </SettingRow>
        ))}
      </div>
    </Section>
  );
}
