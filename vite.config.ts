import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { EXTRA_PAGES, extensionConfig } from './vite.common.ts';

// The manifest's version comes from package.json so there is one place to bump it.
const manifest = { ...baseManifest, version: pkg.version } as ManifestV3Export;

// Chrome: the service worker reads the clipboard through an offscreen document, which no manifest key names.
export default defineConfig(
  extensionConfig({
    browser: 'chrome',
    manifest,
    target: 'chrome116',
    outDir: 'dist',
    extraPages: { ...EXTRA_PAGES, offscreen: 'src/offscreen/clipboard.html' },
  }),
);
