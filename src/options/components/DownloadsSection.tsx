import { Folder, FolderInput, Package } from 'lucide-preact';
import { useState } from 'preact/hooks';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import { destinationName, MY_PACK, type Destination } from '../../shared/destination.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { FolderPicker } from '../../ui/components/FolderPicker.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';
import type { FolderActions } from '../../ui/folder-actions.ts';
import { MediaLinkSetting } from './MediaLinkSetting.tsx';
import { RootFolderSetting } from './RootFolderSetting.tsx';
import { SiteRulesSetting } from './SiteRulesSetting.tsx';

export type DownloadsSectionProps = {
  /** The default destination; `undefined` while the settings are read. */
  destination: Destination | undefined;
  /** Saves a new default destination. */
  onChange: (destination: Destination) => Promise<void>;
  folders: FolderActions;
};

/** Options › Downloads: where sent links are saved by default (a folder of the drive, or PikPak's My Pack). */
export function DownloadsSection({ destination, onChange, folders }: DownloadsSectionProps) {
  const [picking, setPicking] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<ErrorKind | null>(null);

  async function save(next: Destination) {
    setError(null);
    setSaved(null);
    try {
      await onChange(next);
      setSaved(t('downloadsSavedFolder', destinationName(next)));
    } catch (caught) {
      setError(errorKindOf(caught));
    }
  }

  const Icon = destination?.kind === 'folder' ? Folder : Package;
  return (
    <Section id="downloads" title={t('sectionDownloads')} description={t('downloadsDescription')}>
      <div class="ui-card options-card">
        <SettingRow
          icon={FolderInput}
          title={t('downloadsFolderTitle')}
          description={
            <>
              {t('downloadsFolderText')}
              {/* Always there, so screen readers announce what was saved. */}
              <span role="status" class="options-destination__saved">
                {saved}
              </span>
            </>
          }
        >
          {destination !== undefined && (
            <span class="options-value options-destination">
              <Icon class="options-destination__icon" aria-hidden="true" />
              <span class="options-destination__name">{destinationName(destination)}</span>
            </span>
          )}
          {destination?.kind === 'folder' && (
            <Button size="sm" variant="ghost" onClick={() => void save(MY_PACK)}>
              {t('downloadsUseMyPack')}
            </Button>
          )}
          <Button
            size="sm"
            aria-label={t('downloadsChangeFolder')}
            disabled={destination === undefined}
            onClick={() => setPicking(true)}
          >
            {t('actionChange')}
          </Button>
        </SettingRow>
        {error !== null && (
          <div class="options-destination__result">
            <ErrorNotice kind={error} />
          </div>
        )}
        <MediaLinkSetting />
        <SiteRulesSetting folders={folders} />
        <RootFolderSetting folders={folders} />
      </div>
      <FolderPicker
        open={picking}
        listFolders={folders.listFolders}
        createFolder={folders.createFolder}
        onClose={() => setPicking(false)}
        onChoose={(folder) => {
          setPicking(false);
          void save({ kind: 'folder', id: folder.id, name: folder.name });
        }}
      />
    </Section>
  );
}
