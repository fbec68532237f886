/** `npm run zip`: packs the production build into pikpak-companion-<version>.zip for the browser stores. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const dist = path.resolve('dist');
const { version } = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as { version: string };

const files: Zippable = {};
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else files[path.relative(dist, full).split(path.sep).join('/')] = readFileSync(full);
  }
};
walk(dist);

const out = `pikpak-companion-${version}.zip`;
writeFileSync(out, zipSync(files, { level: 9 }));
console.info(`${out}: ${Object.keys(files).length} files, ${(statSync(out).size / 1024).toFixed(1)} KB`);
