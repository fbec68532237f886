import { FileVideo, Film } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { Switch } from '../../ui/components/Switch.tsx';
import { storedSettings, useSettingSwitches, type SettingsAccess, type SwitchKey } from '../use-setting-switches.ts';

/**
 * Which of PikPak's links files leave by:
 * - the seed's "Disable media link": downloads, copied and exported links and aria2 use the original file's link,
 *   never a media link (which PikPak serves faster, but may be a transcode of a video);
 * - the seed's "Use transcoding address" (PikPak Share): a shared video is downloaded and played from its transcode,
 *   the one address a share always serves whole (pikpak-api.md §8.3).
 */
export function MediaLinkSetting({ settings = storedSettings }: { settings?: SettingsAccess }) {
  const { ready, checked, change, error } = useSettingSwitches(settings);
  const row = (key: SwitchKey, icon: typeof FileVideo, title: string, text: string) => (
    <SettingRow icon={icon} title={title} description={text} descriptionId={`${key}-text`}>
      <Switch
        label={title}
        checked={checked(key)}
        disabled={!ready}
        describedBy={`${key}-text`}
        onChange={(on) => change(key, on)}
      />
    </SettingRow>
  );
  return (
    <>
      {row('disableMediaLinks', FileVideo, t('downloadsMediaLinkTitle'), t('downloadsMediaLinkText'))}
      {row('useTranscodingAddress', Film, t('downloadsTranscodingTitle'), t('downloadsTranscodingText'))}
      {error !== null && <ErrorNotice kind={error} />}
    </>
  );
}
