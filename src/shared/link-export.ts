import type { FileLink } from './file-transfer.ts';

/**
 * Link exports: a plain list (one URL per line, what "Copy links" puts on the clipboard) and an aria2 input file
 * (`aria2c -i file`): each URL followed by its options on indented lines, `out=` the file's relative path and
 * `dir=` the download directory, so aria2 rebuilds the folders. Lines starting with `#` are comments to aria2.
 */

export function linkListText(links: readonly FileLink[]): string {
  return links.map((link) => link.url).join('\n') + (links.length > 0 ? '\n' : '');
}

export interface Aria2InputOptions {
  /** aria2's download directory (`dir=`); absent: aria2's own default. */
  dir?: string;
  /** When the file is made, for its header. */
  now: number;
}

export function aria2InputText(links: readonly FileLink[], { dir, now }: Aria2InputOptions): string {
  const expires = links.map((link) => link.expiresAt).filter((time): time is number => time !== undefined);
  const header = [
    `# ${links.length} files from PikPak, made by PikPak Companion on ${new Date(now).toISOString()}`,
    ...(expires.length > 0 ? [`# The links expire at ${new Date(Math.min(...expires)).toISOString()}`] : []),
    '# Use: aria2c -i <this file>',
  ];
  const entries = links.map((link) =>
    [link.url, `  out=${optionValue(link.path)}`, ...(dir ? [`  dir=${optionValue(dir)}`] : [])].join('\n'),
  );
  return [...header, ...entries].join('\n') + '\n';
}

/** An option value on one line: a line break in a name would end the option early. */
const optionValue = (value: string) => value.replace(/[\r\n]+/g, ' ');

/** `pikpak-links-Holiday.txt` / `pikpak-aria2-Holiday.txt`. */
export function exportFileName(kind: 'links' | 'aria2', title: string): string {
  const name =
    title
      .replace(/[“”"]/g, '')
      .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
      .trim()
      .slice(0, 60) || 'files';
  return `pikpak-${kind}-${name}.txt`;
}
