/**
 * What a page of the build loads, and its size: shared by `npm run bench` (which prints it) and
 * test/project/popup-budget.test.ts (which holds the popup to its budget when a build is there).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The popup's budget: everything it loads (page, inlined CSS, scripts, the app after the first paint), gzip. */
export const POPUP_BUDGET_BYTES = 40 * 1024;

export interface Size {
  raw: number;
  gzip: number;
}

/** What a page loads before it runs: its scripts and stylesheets and their static imports (not `import()`). */
export function pageFiles(dist: string, pagePath: string): Set<string> {
  const html = readFileSync(path.join(dist, pagePath), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) =>
    resolveAsset(pagePath, m[1] ?? ''),
  );
  const seen = new Set<string>();
  for (const asset of assets) collect(dist, asset, seen);
  return seen;
}

/** A module and everything it imports, statically or with `import()`, and the stylesheets Vite loads with them. */
export function moduleGraph(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  collect(dist, entry, seen);
  return seen;
}

function collect(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  if (!file.endsWith('.js')) return;
  const code = readFileSync(path.join(dist, file), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    collect(dist, resolveAsset(file, match[1] ?? ''), seen);
  }
}

export function resolveAsset(from: string, ref: string): string {
  return ref.startsWith('/') ? ref.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(from), ref));
}

/** Bytes and gzip bytes, each file compressed on its own (as the browser reads them). */
export function sizeOf(dist: string, files: Iterable<string>): Size {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

/**
 * Everything the popup loads on opening: the page (its stylesheets are inlined into it), what it loads before it
 * runs, and the app its entry imports after the first paint: `start-*.js` with every file Vite preloads with it (the
 * entry's dependency list: scripts and stylesheets). Not the parts loaded on first use (the link parser when the
 * quick-add box gets focus, the delete dialog, the folder picker, the send queue's list, the sign-in choices).
 */
export function popupLoad(dist: string, pagePath: string): { first: string[]; app: string[] } {
  const first = pageFiles(dist, pagePath);
  const app = new Set<string>();
  for (const file of first) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(path.join(dist, file), 'utf8');
    // Vite's list of what each `import()` of the file preloads (`m.f=["assets/start-….js", …]`).
    const deps = /m\.f=\[([^\]]*)\]/.exec(code)?.[1] ?? '';
    for (const dep of deps.matchAll(/["'`]([^"'`]+\.(?:js|css))["'`]/g)) {
      const asset = dep[1] ?? '';
      if (!first.has(asset)) app.add(asset);
    }
  }
  if (![...app].some((file) => /(?:^|\/)start-[\w-]+\.js$/.test(file))) {
    throw new Error(`${pagePath}: its entry does not import the app (start-*.js)`);
  }
  return { first: [pagePath, ...first], app: [...app] };
}
