import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every storage item is declared once (`defineItem(area, key, …)`) and has its row in ARCHITECTURE.md's storage
 * table, so a newcomer finds what the extension keeps, where, and who writes and reads it.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
/** The two modules that may touch `browser.storage` areas directly: the item helper and the queue's layout. */
const STORAGE_MODULES = new Set(['src/shared/storage.ts', 'src/shared/send-queue-storage.ts']);

function shippedSources(dir = 'src'): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return shippedSources(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const read = (relative: string) => readFileSync(path.join(ROOT, relative), 'utf8');

function declaredItems(): { area: string; key: string; file: string }[] {
  const pattern = /defineItem(?:<[\s\S]*?>)?\(\s*'(local|session|sync)',\s*'([^']+)'/g;
  return shippedSources().flatMap((file) =>
    [...read(file).matchAll(pattern)].map((match) => ({ area: match[1] ?? '', key: match[2] ?? '', file })),
  );
}

/** Rows of the table under "## Storage": `| \`area\` | \`key\`: …`. */
function documentedItems(): { area: string; key: string }[] {
  const architecture = read('ARCHITECTURE.md');
  const section = architecture.slice(architecture.indexOf('## Storage'));
  const table = section.slice(0, section.indexOf('\n## ', 1));
  return [...table.matchAll(/^\| `(local|session|sync)` \| `([^`]+)`/gm)].map((match) => ({
    area: match[1] ?? '',
    key: match[2] ?? '',
  }));
}

describe('storage items', () => {
  it('finds the declarations (the scan itself works)', () => {
    expect(declaredItems().map((item) => item.key)).toEqual(expect.arrayContaining(['session', 'settings']));
  });

  it('has a row in ARCHITECTURE.md for every declared item, in its area', () => {
    const rows = new Set(documentedItems().map(({ area, key }) => `${area}:${key}`));
    const missing = declaredItems().filter(({ area, key }) => !rows.has(`${area}:${key}`));
    expect(missing, 'declared but not in the storage table').toEqual([]);
  });

  it('documents no item that is no longer declared (the send queue’s entries are `sendQueue:<id>`)', () => {
    const declared = new Set(declaredItems().map(({ area, key }) => `${area}:${key}`));
    declared.add('local:sendQueue');
    const stale = documentedItems().filter(({ area, key }) => !declared.has(`${area}:${key}`));
    expect(stale, 'in the storage table but declared nowhere').toEqual([]);
  });

  it('declares each key once', () => {
    const keys = declaredItems().map(({ area, key }) => `${area}:${key}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('reads and writes storage areas only through declared items', () => {
    const direct = shippedSources()
      .filter((file) => !STORAGE_MODULES.has(file))
      .filter((file) => /storage\.(local|session|sync)\.(get|set|remove|clear)\(/.test(read(file)));
    expect(direct, 'modules that use browser.storage directly').toEqual([]);
  });
});
