import type { FileLink } from './file-transfer.ts';

/**
 * Links out of the drive as text a user saves or copies: a plain list (one URL a line) and an aria2 input file
 * (`aria2c -i <file>`, aria2c(1) › Input File: a URL line, then its options on lines that start with a space).
 * Pure: the file browser builds the text and saves or copies it; the worker uses `aria2OutPath` for RPC too.
 */

/** What made the file, in its first comment line. */
export const EXPORT_MAKER = 'PikPak Companion';

/**
 * A planned path made safe as aria2's `out` (and for any path written into a file): '/'-separated segments with no
 * '', '.' or '..' (which would leave the chosen folder), no backslash (a separator for aria2 on Windows) and no
 * control character (a line break would start a new option line in an input file). Such characters become '_'.
 */
export function aria2OutPath(path: string): string {
  const segments = path
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => (segment === '..' ? '_' : segment.replace(/[\\\p{Cc}]/gu, '_')));
  return segments.length === 0 ? '_' : segments.join('/');
}

/** A URL as one line: PikPak's links carry no white space, but a line break must never split one. */
function urlLine(url: string): string {
  return url.replace(/\s/g, (char) => encodeURIComponent(char));
}

/** One URL a line, in the given order, ending with a line break (what download managers import). */
export function linkListText(links: readonly FileLink[]): string {
  return links.map((link) => `${urlLine(link.url)}\n`).join('');
}

/** The earliest `expiresAt` of the links; undefined when PikPak gave none. */
export function earliestExpiry(links: readonly FileLink[]): number | undefined {
  const times = links.map((link) => link.expiresAt).filter((at): at is number => at !== undefined);
  return times.length === 0 ? undefined : Math.min(...times);
}

export interface Aria2InputOptions {
  /** aria2's `dir` for every file; omitted (aria2's own `--dir` or `-d`) when absent or empty. */
  dir?: string;
  /** When the file is made (epoch ms), for its header. */
  now: number;
}

/**
 * An aria2 input file: a `#` header saying what made it, when, and when its links expire (the earliest, as an ISO
 * date-time), then for each link its URL and the indented `out=` (the file's path under the chosen folder) and,
 * when given, `dir=` lines.
 */
export function aria2InputText(links: readonly FileLink[], options: Aria2InputOptions): string {
  const expiry = earliestExpiry(links);
  const dir = (options.dir ?? '').replace(/\p{Cc}/gu, '').trim();
  const count = `${links.length} file${links.length === 1 ? '' : 's'}`;
  const header = [
    `# aria2 input file made by ${EXPORT_MAKER} at ${new Date(options.now).toISOString()}: ${count}.`,
    expiry === undefined
      ? '# PikPak did not say when these links expire; make a new file if aria2 gets 403 Forbidden.'
      : `# The links expire at ${new Date(expiry).toISOString()}; make a new file after that.`,
    '# Use: aria2c -i <this file>',
  ];
  const entries = links.flatMap((link) => [
    urlLine(link.url),
    `  out=${aria2OutPath(link.path)}`,
    ...(dir === '' ? [] : [`  dir=${dir}`]),
  ]);
  return `${[...header, ...entries].join('\n')}\n`;
}

export interface ExportFilenames {
  /** For `linkListText`. */
  linkList: string;
  /** For `aria2InputText`. */
  aria2Input: string;
}

/**
 * Names to save the two texts under, from what was exported (a folder's name, or nothing for a mixed selection)
 * and the time: `Movies-links-20261206-1840.txt`, `Movies-aria2-20261206-1840.txt`. Characters that some system
 * forbids in a file name become '_'.
 */
export function exportFilenames(name: string | undefined, now: number): ExportFilenames {
  const base =
    (name ?? '')
      .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 80) || 'pikpak';
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 13);
  return { linkList: `${base}-links-${stamp}.txt`, aria2Input: `${base}-aria2-${stamp}.txt` };
}
