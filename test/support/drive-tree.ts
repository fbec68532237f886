import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlannedFile } from '../../src/shared/file-transfer.ts';
import { cdnBytes, CDN_MAX_BYTES, type FakePikPak } from '../fake-pikpak/index.ts';

/**
 * Folders of files in the fake PikPak, planned as the file browser plans them, and what a downloader wrote to
 * disk, for comparison. No extension API here: Node integration tests and browser specs both use it.
 */

/** A file added by `addTree`, with what the fake's CDN serves for it. */
export interface TreeFile extends PlannedFile {
  bytes: Buffer;
}

/**
 * Adds a folder `root` to the fake's root with files at the given paths under it (folders made on the way), and
 * returns them as the file browser would plan them: `path` is `root/…`, relative to where the user saves.
 */
export function addTree(fake: FakePikPak, root: string, files: readonly { path: string; size: number }[]): TreeFile[] {
  const folders = new Map<string, string>();
  const folderId = (folderPath: string): string => {
    if (folderPath === '') return '';
    const known = folders.get(folderPath);
    if (known !== undefined) return known;
    const parent = folderId(path.posix.dirname(folderPath) === '.' ? '' : path.posix.dirname(folderPath));
    const made = fake.control.files.add({
      parentId: parent,
      name: path.posix.basename(folderPath),
      kind: 'drive#folder',
    });
    folders.set(folderPath, made.id);
    return made.id;
  };
  return files.map(({ path: relative, size }) => {
    const full = `${root}/${relative}`;
    const parentId = folderId(path.posix.dirname(full));
    const file = fake.control.files.add({ parentId, name: path.posix.basename(full), kind: 'drive#file', size });
    if (file.name !== path.posix.basename(full)) throw new Error(`the fake renamed ${full} to ${file.name}`);
    return { id: file.id, path: full, size, bytes: cdnBytes(file.hash, 0, Math.min(size, CDN_MAX_BYTES)) };
  });
}

/** Every file under `dir`, as '/'-separated paths relative to it, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The bytes at each expected path under `dir`, for comparison with `TreeFile.bytes`. */
export async function readUnder(dir: string, relativePaths: readonly string[]): Promise<Buffer[]> {
  return Promise.all(relativePaths.map((relative) => readFile(path.join(dir, relative))));
}
