import { defineConfig } from 'vite';
import { firefoxManifest } from './manifest.firefox.ts';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { EXTRA_PAGES, extensionConfig } from './vite.common.ts';

// `npm run build:firefox`: the same sources as dist/ (Chrome), into dist-firefox/ for Firefox 140 and AMO.
// No offscreen page: Firefox has no offscreen documents and reads the clipboard in the event page.
export default defineConfig(
  extensionConfig({
    browser: 'firefox',
    manifest: firefoxManifest({ ...baseManifest, version: pkg.version }),
    target: 'firefox140',
    outDir: 'dist-firefox',
    extraPages: { ...EXTRA_PAGES },
  }),
);
