import type { ManifestV3Export } from '@crxjs/vite-plugin';

/**
 * Firefox's manifest, made from manifest.json (the Chrome one) so the two never drift apart: the background
 * service worker becomes an event page (`background.scripts`, which crx({ browser: 'firefox' }) expects and
 * bundles), Firefox's own settings are added and what Firefox does not have is dropped.
 */

/** Stable: AMO and users' profiles know the add-on by it, and storage is kept under it across updates. */
export const FIREFOX_ADDON_ID = 'pikpak-companion@pikpak-companion.app';

/** 140 is the first Firefox (ESR too) with the built-in data-collection consent (`data_collection_permissions`). */
export const FIREFOX_MIN_VERSION = '140.0';

export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Chrome-only keys and permissions: Firefox has no offscreen documents (the clipboard is read in the event page). */
const CHROME_ONLY_KEYS = ['minimum_chrome_version'] as const;
const CHROME_ONLY_PERMISSIONS = new Set(['offscreen']);

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

export function firefoxManifest(chrome: Manifest): ManifestV3Export {
  const manifest: Manifest = { ...chrome };
  for (const key of CHROME_ONLY_KEYS) delete manifest[key];
  // Firefox MV3 runs no extension service workers; the same module runs as a (non-persistent) event page.
  const worker = chrome.background?.service_worker;
  if (worker === undefined) throw new Error('manifest.json has no background.service_worker');
  manifest.background = { scripts: [worker], type: 'module' };
  manifest.permissions = (chrome.permissions ?? []).filter((permission) => !CHROME_ONLY_PERMISSIONS.has(permission));
  manifest.browser_specific_settings = {
    gecko: {
      id: FIREFOX_ADDON_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Shown at install. The extension signs the user in to PikPak and sends PikPak's tokens (and, when the user
      // signs in with a password, that password) to PikPak's own servers: authentication information. It sends
      // nothing to its developers or anyone else, and the links the user chooses to send are the feature itself.
      data_collection_permissions: { required: ['authenticationInfo'] },
    },
    // Firefox for Android reads data_collection_permissions from 142 on (desktop from 140).
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest as unknown as ManifestV3Export;
}
