import { aria2SettingsItem } from '../shared/aria2-settings.ts';
import { DEFAULT_FILES_VIEW, filesViewItem } from '../shared/files-view.ts';
import { getSettings, updateSettings } from '../shared/settings.ts';
import type { ImportedSettings, SettingsSnapshot } from '../shared/settings-transfer.ts';

/** What Options › Backup needs from storage, passed in so the section is tested without a browser. */
export interface SettingsBackupAccess {
  /** The settings the file carries, as stored now (never the aria2 secret). */
  read: () => Promise<SettingsSnapshot>;
  /** Writes what the file names; everything else (the aria2 secret too) stays as it is. */
  apply: (imported: ImportedSettings) => Promise<void>;
}

export const storedSettingsBackup: SettingsBackupAccess = {
  async read() {
    const [settings, aria2, filesView] = await Promise.all([
      getSettings(),
      aria2SettingsItem.get(),
      filesViewItem.get(),
    ]);
    return {
      settings,
      aria2: { endpoint: aria2.endpoint, dir: aria2.dir },
      filesView: { ...DEFAULT_FILES_VIEW, ...filesView },
    };
  },
  async apply(imported) {
    if (Object.keys(imported.aria2).length > 0) {
      await aria2SettingsItem.set({ ...(await aria2SettingsItem.get()), ...imported.aria2 });
    }
    if (Object.keys(imported.filesView).length > 0) {
      await filesViewItem.set({ ...(await filesViewItem.get()), ...imported.filesView });
    }
    if (Object.keys(imported.settings).length > 0) await updateSettings(imported.settings);
  },
};
