import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Code cites the API notes as `pikpak-api.md §3.4` or just `§3.4`. Every such reference in src/, test/ and
 * scripts/ must name a heading of docs/pikpak-api.md, so a reader can follow it and a renumbered section is
 * caught here rather than by a puzzled reader.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOTES = 'docs/pikpak-api.md';
const SCANNED = ['src', 'test', 'scripts'];
const TEXT_FILES = new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs', '.md', '.html', '.css', '.json']);
// Written as an escape so the examples below are not references themselves.
const S = '\u00a7';

/** Section numbers of the headings: "## 3. Authentication" → "3", "### 3.4 Captcha init" → "3.4". */
function headingNumbers(markdown: string): string[] {
  return [...markdown.matchAll(/^#{2,6}[ \t]+(\d+(?:\.\d+)*)\.?[ \t]/gm)].map((match) => match[1] ?? '');
}

interface Reference {
  section: string;
  line: number;
}

/** `§3.4` references, except those that name another document first (`RFC 9110 §10.2.3`). */
function sectionReferences(text: string): Reference[] {
  const out: Reference[] = [];
  text.split('\n').forEach((content, index) => {
    for (const match of content.matchAll(new RegExp(`(RFC[ \\t]*\\d+[ \\t]*)?${S}(\\d+(?:\\.\\d+)*)`, 'g'))) {
      if (match[1] === undefined) out.push({ section: match[2] ?? '', line: index + 1 });
    }
  });
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && TEXT_FILES.has(extname(entry.name)))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

describe('reading headings and references', () => {
  it('takes the number of a heading with or without a trailing dot, at any depth below the title', () => {
    const markdown = [
      '# PikPak API notes',
      '## 3. Authentication',
      '### 3.4 Captcha init',
      '#### 12.3.1 Deeper',
      'Text mentioning 7.1 is no heading.',
      '##No space 8',
    ].join('\n');
    expect(headingNumbers(markdown)).toEqual(['3', '3.4', '12.3.1']);
  });

  it('finds references with their line, stops at a sentence-ending dot and skips those of another document', () => {
    const text = [
      `see pikpak-api.md ${S}3.4 and ${S}9.2.`,
      `two: ${S}5–${S}8; ${S}12`,
      `Retry-After is seconds or an HTTP date (RFC 9110 ${S}10.2.3).`,
    ].join('\n');
    expect(sectionReferences(text)).toEqual([
      { section: '3.4', line: 1 },
      { section: '9.2', line: 1 },
      { section: '5', line: 2 },
      { section: '8', line: 2 },
      { section: '12', line: 2 },
    ]);
  });
});

describe(NOTES, () => {
  const notes = readFileSync(join(ROOT, NOTES), 'utf8');
  const headings = headingNumbers(notes);

  it('gives every section number once', () => {
    const repeated = headings.filter((number, index) => headings.indexOf(number) !== index);
    expect(repeated).toEqual([]);
  });

  it('keeps sections 0–12 and the numbered topics of section 12, which code is told to cite', () => {
    for (let section = 0; section <= 12; section++) expect(headings).toContain(String(section));
    expect(headings.filter((number) => number.startsWith('12.'))).toEqual([
      '12.1',
      '12.2',
      '12.3',
      '12.4',
      '12.5',
      '12.6',
    ]);
  });

  it('has a heading for every § reference in src/, test/ and scripts/', () => {
    const known = new Set(headings);
    const references = SCANNED.flatMap(filesUnder).flatMap((path) =>
      sectionReferences(readFileSync(join(ROOT, path), 'utf8')).map((ref) => ({ ...ref, path })),
    );
    // The code cites the notes a few hundred times; far fewer means the scan itself broke.
    expect(references.length).toBeGreaterThan(150);
    const unresolved = references
      .filter((ref) => !known.has(ref.section))
      .map((ref) => `${ref.path}:${ref.line} cites ${S}${ref.section}, which ${NOTES} does not have`);
    expect(unresolved).toEqual([]);
  });
});
