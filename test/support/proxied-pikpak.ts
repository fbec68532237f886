import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import type { PlannedFile } from '../../src/shared/file-transfer.ts';
import { cdnBytes, CDN_MAX_BYTES, startFakePikPak, type FakePikPak } from '../fake-pikpak/index.ts';
import type { SeedName } from '../fake-pikpak/seeds/index.ts';
import { storeIssuedSession } from '../integration/background/stored-session.ts';
import { pikpakHostsTo, startConnectProxy, type ConnectProxy } from './connect-proxy.ts';

/**
 * The fake PikPak for tests that hand links to another program (aria2c): the worker's own API client reaches it
 * through `fake.fetch` (the global fetch, stubbed) with a stored signed-in session, and the other program reaches
 * its CDN over TLS through a CONNECT proxy under PikPak's real host names.
 */
export interface ProxiedPikPak {
  readonly fake: FakePikPak;
  readonly proxy: ConnectProxy;
}

export const DEVICE = '0123456789abcdef0123456789abcdef';

export function useProxiedFakePikPak(seed: SeedName = 'basic'): ProxiedPikPak {
  let fake: FakePikPak | undefined;
  let proxy: ConnectProxy | undefined;
  beforeAll(async () => {
    fake = await startFakePikPak({ https: true, seed });
    proxy = await startConnectProxy({ resolve: pikpakHostsTo(fake.httpsPort ?? 0) });
    vi.stubGlobal('fetch', fake.fetch);
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await proxy?.close();
    await fake?.close();
  });
  beforeEach(async () => {
    if (fake) await storeIssuedSession(fake, DEVICE);
    fake?.log.clear();
  });
  return {
    get fake() {
      if (!fake) throw new Error('the fake starts in beforeAll');
      return fake;
    },
    get proxy() {
      if (!proxy) throw new Error('the proxy starts in beforeAll');
      return proxy;
    },
  };
}

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
