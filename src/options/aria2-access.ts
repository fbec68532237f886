import browser from 'webextension-polyfill';
import { aria2SettingsItem, type Aria2Settings } from '../shared/aria2-settings.ts';
import { request } from '../shared/messages.ts';

/** What Options › aria2 needs from the browser, passed in so the section is tested without one. */
export interface Aria2Access {
  read: () => Promise<Aria2Settings>;
  save: (settings: Aria2Settings) => Promise<void>;
  /**
   * Asks for a host permission (`http://localhost/*`). Call it from the click handler before anything is awaited:
   * the browser shows its prompt only during the user's gesture.
   */
  requestOrigin: (pattern: string) => Promise<boolean>;
  /** The worker calls aria2.getVersion with these (not yet saved) settings. */
  test: (endpoint: string, secret: string) => Promise<{ version: string }>;
}

export const browserAria2Access: Aria2Access = {
  read: () => aria2SettingsItem.get(),
  save: (settings) => aria2SettingsItem.set(settings),
  requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
  test: (endpoint, secret) => request('aria2.test', { endpoint, secret }),
};
