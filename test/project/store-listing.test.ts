import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const listing = readFileSync(path.join(ROOT, 'docs/store/listing.md'), 'utf8');

function catalogueDescription(locale: string): string {
  const file = path.join(ROOT, 'public/_locales', locale, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return messages.extDescription?.message ?? '';
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const header = readFileSync(file).subarray(16, 24);
  return { width: header.readUInt32BE(0), height: header.readUInt32BE(4) };
}

describe('the store listing', () => {
  it.each(['en', 'zh_CN', 'zh_TW'])(
    'gives the %s summary the extension itself shows, within 132 characters',
    (locale) => {
      const line = listing.split('\n').find((text) => text.startsWith(`- **${locale}**: `));
      const summary = line?.slice(`- **${locale}**: `.length);
      expect(summary).toBe(catalogueDescription(locale));
      expect([...(summary ?? '')].length).toBeLessThanOrEqual(132);
    },
  );

  it('names screenshots that exist at the 1280×800 the stores take', () => {
    const shots = [...listing.matchAll(/`(docs\/screenshots\/[\w-]+\.png)`/g)].map((match) => match[1] ?? '');
    expect(shots.length).toBeGreaterThanOrEqual(4);
    for (const shot of shots) {
      const file = path.join(ROOT, shot);
      expect(existsSync(file), shot).toBe(true);
      expect(pngSize(file), shot).toEqual({ width: 1280, height: 800 });
    }
  });
});
