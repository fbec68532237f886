import { FileVideo } from 'lucide-preact';
import { t } from '../../shared/i18n.ts';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { Switch } from '../../ui/components/Switch.tsx';
import { storedSettings, useSettingSwitches, type SettingsAccess } from '../use-setting-switches.ts';

/**
 * The seed's "Disable media link": downloads, copied and exported links and aria2 use the original file's link,
 * never a media link (which PikPak serves faster, but may be a transcode of a video).
 */
export function MediaLinkSetting({ settings = storedSettings }: { settings?: SettingsAccess }) {
  const { ready, checked, change, error } = useSettingSwitches(settings);
  return (
    <>
      <SettingRow
        icon={FileVideo}
        title={t('downloadsMediaLinkTitle')}
        description={t('downloadsMediaLinkText')}
        descriptionId="disableMediaLinks-text"
      >
        <Switch
          label={t('downloadsMediaLinkTitle')}
          checked={checked('disableMediaLinks')}
          disabled={!ready}
          describedBy="disableMediaLinks-text"
          onChange={(on) => change('disableMediaLinks', on)}
        />
      </SettingRow>
      {error !== null && <ErrorNotice kind={error} />}
    </>
  );
}
