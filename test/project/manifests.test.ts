import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_ADDON_ID, firefoxManifest } from '../../manifest.firefox.ts';
import sourceManifest from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };

/**
 * The manifests the two builds ship. web-ext lints only the Firefox build (scripts/lint-firefox.ts): on the Chrome
 * build it always reports errors (a service worker, no add-on id), so the Chrome manifest is checked here instead.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

type Manifest = Record<string, unknown> & {
  background: Record<string, unknown>;
  permissions: string[];
  browser_specific_settings?: { gecko?: Record<string, unknown>; gecko_android?: Record<string, unknown> };
};

function built(dir: string, command: string): Manifest {
  const file = path.join(ROOT, dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No ${dir}/manifest.json: run "${command}" first (npm test builds both).`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

const CHROME_PERMISSIONS = [
  'storage',
  'alarms',
  'contextMenus',
  'notifications',
  'activeTab',
  'scripting',
  'offscreen',
  'downloads',
];

describe('the Chrome build (dist/manifest.json)', () => {
  it('is MV3 with a module service worker, exactly the expected permissions, and nothing for Firefox', () => {
    const manifest = built('dist', 'npm run build');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.minimum_chrome_version).toBe('116');
    expect(manifest.background).toEqual({ service_worker: expect.any(String) as string, type: 'module' });
    expect(manifest.permissions).toEqual(CHROME_PERMISSIONS);
    expect(manifest.optional_permissions).toEqual(['clipboardRead']);
    expect(manifest.host_permissions).toEqual(sourceManifest.host_permissions);
    expect(manifest.optional_host_permissions).toEqual(sourceManifest.optional_host_permissions);
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });
});

describe('the Firefox manifest, made from manifest.json', () => {
  const firefox = firefoxManifest({ ...sourceManifest, version: pkg.version }) as unknown as Manifest;

  it('has the add-on id, Firefox 140 at least, and declares the authentication data it sends to PikPak', () => {
    expect(firefox.browser_specific_settings?.gecko).toEqual({
      id: FIREFOX_ADDON_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['authenticationInfo'] },
    });
    expect(firefox.browser_specific_settings?.gecko_android).toEqual({ strict_min_version: '142.0' });
  });

  it('runs the background as an event page and drops what Firefox does not have', () => {
    expect(firefox.background).toEqual({ scripts: [sourceManifest.background.service_worker], type: 'module' });
    expect(firefox.permissions).toEqual(CHROME_PERMISSIONS.filter((permission) => permission !== 'offscreen'));
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
  });

  it('keeps everything else as in manifest.json', () => {
    const dropped = new Set(['background', 'permissions', 'minimum_chrome_version', 'browser_specific_settings']);
    for (const [key, value] of Object.entries(sourceManifest)) {
      if (dropped.has(key) || key === 'version') continue;
      expect(firefox[key], key).toEqual(value);
    }
  });

  it('is what the Firefox build ships (dist-firefox/manifest.json), with no offscreen page in it', () => {
    const shipped = built('dist-firefox', 'npm run build:firefox');
    expect(shipped.browser_specific_settings).toEqual(firefox.browser_specific_settings);
    expect(shipped.permissions).toEqual(firefox.permissions);
    expect(shipped.background).toEqual({ scripts: [expect.any(String) as string], type: 'module' });
    expect(existsSync(path.join(ROOT, 'dist-firefox/src/offscreen'))).toBe(false);
    expect(existsSync(path.join(ROOT, 'dist/src/offscreen/clipboard.html'))).toBe(true);
  });
});
