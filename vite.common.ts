import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import type { UserConfig } from 'vite';
import { popupFirstPaint } from './scripts/popup-html-plugin.ts';

/**
 * What the Chrome build (vite.config.ts) and the Firefox build (vite.config.firefox.ts) share: the same sources,
 * plugins and pages; each config only says which manifest, which browser and where the build goes.
 */
export interface ExtensionBuild {
  browser: 'chrome' | 'firefox';
  manifest: ManifestV3Export;
  /** esbuild/rolldown target: the oldest browser version the manifest allows. */
  target: string;
  outDir: string;
  /** Pages the manifest does not name (it names the popup and options) must be explicit inputs. */
  extraPages: Record<string, string>;
}

/** The pages every build ships that the manifest does not name: file browser tab, confirm window, player. */
export const EXTRA_PAGES = {
  files: 'src/files/index.html',
  confirm: 'src/confirm/index.html',
  player: 'src/player/index.html',
} as const;

export function extensionConfig(build: ExtensionBuild): UserConfig {
  return {
    plugins: [
      preact(),
      crx({
        manifest: build.manifest,
        browser: build.browser,
        contentScripts: {
          // Built as self-contained files: the default loader would expose chunks as web-accessible
          // resources, which any site could probe to detect the extension.
          standaloneFiles: ['src/content/session-bridge.ts', 'src/content/token-guard.ts'],
        },
      }),
      popupFirstPaint(),
    ],
    build: {
      target: build.target,
      outDir: build.outDir,
      // Readable stack traces for users' bug reports cost a few KB; no source maps in the package.
      sourcemap: false,
      // Every target (Chrome 116, Firefox 140) has modulepreload: the polyfill would be one more file for each page.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: build.extraPages,
        output: {
          // The small shared modules every page and the worker read (storage items, messages, strings, errors, page
          // addresses, destinations, the task snapshot, the session question) in one chunk: as separate files they
          // cost the popup a request and a gzip header each (measured: 617 bytes less of the popup's 40 KB budget;
          // other pages within ±0.6 KB).
          codeSplitting: {
            groups: [
              {
                name: 'shared',
                test: /src[\\/]shared[\\/](destination|task-snapshot|session-question|storage|i18n|pages|errors|messages)\.ts$/,
              },
            ],
          },
        },
      },
    },
  };
}
