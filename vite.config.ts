import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { popupFirstPaint } from './scripts/popup-html-plugin.ts';

// The manifest's version comes from package.json so there is one place to bump it.
const manifest = { ...baseManifest, version: pkg.version } as ManifestV3Export;

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      contentScripts: {
        // Built as self-contained files: the default loader would expose chunks as web-accessible
        // resources, which any site could probe to detect the extension.
        standaloneFiles: ['src/content/session-bridge.ts', 'src/content/token-guard.ts'],
      },
    }),
    popupFirstPaint(),
  ],
  build: {
    target: 'chrome116',
    // Readable stack traces for users' bug reports cost a few KB; no source maps in the package.
    sourcemap: false,
    // Every target (Chrome 116, Firefox 115) has modulepreload: the polyfill would be one more file for each page.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The file-browser tab, the player, the confirm window and the offscreen document are not named in the manifest, so they must be explicit inputs.
      input: {
        files: 'src/files/index.html',
        confirm: 'src/confirm/index.html',
        player: 'src/player/index.html',
        offscreen: 'src/offscreen/clipboard.html',
      },
    },
  },
});
