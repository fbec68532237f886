import { useState } from 'preact/hooks';
import type { ErrorKind } from '../shared/errors.ts';
import { DEFAULT_SETTINGS, getSettings, onSettingsChanged, updateSettings, type Settings } from '../shared/settings.ts';
import { errorKindOf } from '../ui/error-kind.ts';
import { useStoredSettingsState } from './use-stored-settings.ts';

export interface SettingsAccess {
  read: () => Promise<Settings>;
  watch: (callback: (settings: Settings) => void, signal: AbortSignal) => void;
  update: (patch: Partial<Settings>) => Promise<Settings>;
}

export const storedSettings: SettingsAccess = { read: getSettings, watch: onSettingsChanged, update: updateSettings };

/** The settings that are on/off switches. */
export type SwitchKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

/**
 * On/off settings as switches show them: the stored values (undefined until read, then every change), and `change`,
 * which shows the new value at once and puts the old one back (with the error) when storing it failed.
 */
export function useSettingSwitches(settings: SettingsAccess = storedSettings) {
  const [values, setValues] = useStoredSettingsState(settings);
  const [error, setError] = useState<ErrorKind | null>(null);

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

  const checked = (key: SwitchKey) => values?.[key] ?? DEFAULT_SETTINGS[key];
  return { ready: values !== undefined, checked, change, error };
}
