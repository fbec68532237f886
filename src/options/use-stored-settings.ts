import { useEffect, useState, type Dispatch, type StateUpdater } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts';
import type { SettingsAccess } from './use-setting-switches.ts';

/**
 * The stored settings for one component: undefined until read, then every change (an import or another page
 * writing them shows at once). A failed read shows the defaults.
 */
export function useStoredSettings(settings: SettingsAccess): Settings | undefined {
  return useStoredSettingsState(settings)[0];
}

/** The same, with the setter, for a component that shows a change before it is stored (the switches). */
export function useStoredSettingsState(
  settings: SettingsAccess,
): [Settings | undefined, Dispatch<StateUpdater<Settings | undefined>>] {
  const [values, setValues] = useState<Settings | undefined>(undefined);
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
  return [values, setValues];
}
