/**
 * `npm run zip`: packs both production builds for the stores: pikpak-companion-<version>-chrome.zip (dist/, for the
 * Chrome Web Store) and pikpak-companion-<version>-firefox.zip (dist-firefox/, what addons.mozilla.org takes).
 * manifest.json sits at each archive's root, as both stores require.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const BUILDS = [
  { browser: 'chrome', dir: 'dist', command: 'npm run build' },
  { browser: 'firefox', dir: 'dist-firefox', command: 'npm run build:firefox' },
] as const;

for (const { browser, dir, command } of BUILDS) {
  const root = path.resolve(dir);
  if (!existsSync(path.join(root, 'manifest.json'))) {
    console.error(`No build in ${dir}/: run "${command}" first.`);
    process.exit(1);
  }
  const { version } = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { version: string };
  const files: Zippable = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(root, full).split(path.sep).join('/')] = readFileSync(full);
    }
  };
  walk(root);
  const out = `pikpak-companion-${version}-${browser}.zip`;
  writeFileSync(out, zipSync(files, { level: 9 }));
  console.info(`${out}: ${Object.keys(files).length} files, ${(statSync(out).size / 1024).toFixed(1)} KB`);
}
