/**
 * `npm run bench`: numbers to watch, printed rather than asserted (timed assertions flake on a busy machine).
 * - bundle: bytes (and gzip) each context loads from dist/;
 * - popup first paint: first-contentful-paint of the popup page in headless Chromium, median of several opens.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startFakePikPak } from '../test/fake-pikpak/index.ts';
import { launchExtension, DIST } from '../test/e2e/browser.ts';
import { PAGES, POPUP_VIEWPORT } from '../test/e2e/fixtures.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

console.info('bundle (what each context loads, including shared chunks)');
for (const [name, entry] of Object.entries({ popup: PAGES.popup, options: PAGES.options, files: PAGES.files })) {
  const { raw, gzip } = sizeOfPage(entry);
  console.info(`  ${name.padEnd(14)} ${kb(raw)} KB (${kb(gzip)} KB gzip)`);
}
const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as {
  background: { service_worker: string };
  content_scripts: { js: string[] }[];
};
const worker = sizeOfModuleGraph(manifest.background.service_worker);
console.info(`  ${'worker'.padEnd(14)} ${kb(worker.raw)} KB (${kb(worker.gzip)} KB gzip)`);
for (const script of manifest.content_scripts.flatMap((c) => c.js)) {
  const bytes = readFileSync(path.join(DIST, script));
  console.info(`  ${path.basename(script).padEnd(14)} ${kb(bytes.length)} KB (${kb(gzipSync(bytes).length)} KB gzip)`);
}
console.info(`  ${'dist total'.padEnd(14)} ${kb(totalSize(DIST))} KB`);

const fake = await startFakePikPak({ seed: 'basic' });
const browser = await launchExtension({ httpsPort: fake.httpsPort ?? 0 });
const paints: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const page = await browser.openPage(PAGES.popup, POPUP_VIEWPORT);
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  paints.push(fcp);
  await page.close();
}
await browser.close();
await fake.close();
paints.sort((a, b) => a - b);
const pick = (q: number) => paints[Math.min(paints.length - 1, Math.floor(q * paints.length))] ?? NaN;
console.info(`popup first contentful paint over ${RUNS} opens: median ${pick(0.5).toFixed(0)} ms, p90 ${pick(0.9).toFixed(0)} ms, min ${pick(0).toFixed(0)} ms`);

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** The HTML page plus every script and stylesheet it references, followed through static imports. */
function sizeOfPage(pagePath: string): { raw: number; gzip: number } {
  const html = readFileSync(path.join(DIST, pagePath), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => resolveAsset(pagePath, m[1] ?? ''));
  const seen = new Set<string>();
  for (const asset of assets) collect(asset, seen);
  return sum([pagePath, ...seen]);
}

function sizeOfModuleGraph(entry: string): { raw: number; gzip: number } {
  const seen = new Set<string>();
  collect(entry, seen);
  return sum([...seen]);
}

function collect(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  if (!file.endsWith('.js')) return;
  const code = readFileSync(path.join(DIST, file), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    collect(resolveAsset(file, match[1] ?? ''), seen);
  }
}

function resolveAsset(from: string, ref: string): string {
  return ref.startsWith('/') ? ref.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(from), ref));
}

function sum(files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(DIST, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

function totalSize(dir: string): number {
  return readdirSync(dir).reduce((total, name) => {
    const full = path.join(dir, name);
    return total + (statSync(full).isDirectory() ? totalSize(full) : statSync(full).size);
  }, 0);
}
