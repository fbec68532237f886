import { BadgeCheck, CircleAlert, CircleX, Hash, Send } from 'lucide-preact';
import type { LucideIcon } from 'lucide-preact';
import { useEffect, useState } from 'preact/hooks';
import type { ErrorKind } from '../../shared/errors.ts';
import { t, type MessageKey } from '../../shared/i18n.ts';
import {
  DEFAULT_SETTINGS,
  getSettings,
  onSettingsChanged,
  updateSettings,
  type Settings,
} from '../../shared/settings.ts';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { Switch } from '../../ui/components/Switch.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';

type SwitchKey = 'notifySent' | 'notifySendFailed' | 'notifyTaskComplete' | 'notifyTaskFailed' | 'showBadge';

interface NotificationSetting {
  key: SwitchKey;
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

export interface SettingsAccess {
  read: () => Promise<Settings>;
  watch: (callback: (settings: Settings) => void, signal: AbortSignal) => void;
  update: (patch: Partial<Settings>) => Promise<Settings>;
}

const storedSettings: SettingsAccess = { read: getSettings, watch: onSettingsChanged, update: updateSettings };

export type NotificationsSectionProps = {
  /** Where the switches are kept; default: the extension's stored settings. */
  settings?: SettingsAccess;
};

/** Options › Notifications: which notifications show and whether the toolbar icon counts running downloads. */
export function NotificationsSection({ settings = storedSettings }: NotificationsSectionProps) {
  const [values, setValues] = useState<Settings | undefined>(undefined);
  const [error, setError] = useState<ErrorKind | null>(null);

  useEffect(() => {
    const stop = new AbortController();
    settings.watch((next) => setValues(next), stop.signal);
    settings.read().then(
      (next) => {
        if (!stop.signal.aborted) setValues((current) => current ?? next);
      },
      () => setValues((current) => current ?? DEFAULT_SETTINGS),
    );
    return () => stop.abort();
  }, [settings]);

  const change = (key: SwitchKey, checked: boolean) => {
    setError(null);
    // Shown at once; the stored value (and its change event) follows.
    setValues((current) => ({ ...(current ?? DEFAULT_SETTINGS), [key]: checked }));
    settings.update({ [key]: checked }).then(
      (next) => setValues(next),
      (caught: unknown) => {
        setError(errorKindOf(caught));
        setValues((current) => ({ ...(current ?? DEFAULT_SETTINGS), [key]: !checked }));
      },
    );
  };

  return (
    <Section id="notifications" title={t('sectionNotifications')} description={t('notificationsDescription')}>
      {error !== null && <ErrorNotice kind={error} />}
      <div class="ui-card options-card">
        {SETTINGS.map(({ key, icon, title, text }) => (
          <SettingRow key={key} icon={icon} title={t(title)} description={t(text)} descriptionId={`${key}-text`}>
            <Switch
              label={t(title)}
              checked={values?.[key] ?? DEFAULT_SETTINGS[key]}
              disabled={values === undefined}
              describedBy={`${key}-text`}
              onChange={(checked) => change(key, checked)}
            />
          </SettingRow>
        ))}
      </div>
    </Section>
  );
}
