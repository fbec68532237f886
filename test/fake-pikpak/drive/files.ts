import { makeDriveId, makeGcid } from '../core/ids.ts';
import type { FakeState } from '../state.ts';
import { typeOf } from './file-types.ts';
import { contentBytes, contentVideo, type FileContent } from './media-content.ts';
import type { DownloadLinkState, DriveFile, FileKind, Phase, VideoInfo } from './types.ts';

/** File-tree operations shared by routes, tasks, shares and seeds. */

export interface NewFile {
  userId: string;
  parentId: string;
  name: string;
  kind: FileKind;
  size?: number;
  phase?: Phase;
  folderType?: DriveFile['folderType'];
  video?: VideoInfo;
  originalUrl?: string;
  createdMs?: number;
  starred?: boolean;
  /** Real bytes for the CDN; they set `size` (and `video` for the sample videos). */
  content?: FileContent;
  /** How the file's download link looks (default 'ok'; see DriveFile.downloadLink). */
  downloadLink?: DownloadLinkState;
  /** Keep the exact name even if a sibling has it (seeds only). */
  allowDuplicate?: boolean;
  /** Pre-allocated id (share restore reports new ids before the copy exists). */
  id?: string;
}

export function createFile(state: FakeState, init: NewFile): DriveFile {
  const id = init.id ?? makeDriveId(state.prng);
  const now = init.createdMs ?? state.clock.now();
  const name = init.allowDuplicate ? init.name : uniqueName(state, init.userId, init.parentId, init.name);
  const type = init.kind === 'drive#folder' ? { mimeType: '', category: 'OTHER' as const } : typeOf(name);
  const content = init.kind === 'drive#file' ? init.content : undefined;
  const video = contentVideo(content) ?? init.video;
  const file: DriveFile = {
    id,
    userId: init.userId,
    parentId: init.parentId,
    name,
    kind: init.kind,
    size: init.kind === 'drive#folder' ? 0 : content ? contentBytes(content).length : (init.size ?? 0),
    mimeType: type.mimeType,
    hash: init.kind === 'drive#folder' ? '' : makeGcid(`${id}:${name}`),
    createdMs: now,
    modifiedMs: now,
    starred: init.starred ?? false,
    trashed: false,
    deleteMs: 0,
    phase: init.phase ?? 'PHASE_TYPE_COMPLETE',
    folderType: init.folderType ?? 'NORMAL',
    category: type.category,
    originalUrl: init.originalUrl ?? '',
    downloadLink: init.downloadLink ?? 'ok',
    ...(video ? { video } : {}),
    ...(content ? { content } : {}),
  };
  state.files.set(id, file);
  return file;
}

/**
 * Items PikPak makes itself (offline results, copies, moves, restores, new folders) get a free name: it
 * auto-suffixes a clash (`…[BDRip](1)` in OFS, pikpak-api.md §9.9; rclone's moveObjects comment shows
 * `foo(1).txt`). A rename does not: it fails with file_duplicated_name (routes/drive-files-write.ts).
 * Guess: trashed siblings do not count as taken, and names compare exactly (case-sensitive).
 */
export function uniqueName(state: FakeState, userId: string, parentId: string, name: string, ignoreId = ''): string {
  const taken = new Set(
    childrenOf(state, userId, parentId)
      .filter((f) => f.id !== ignoreId)
      .map((f) => f.name),
  );
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let i = 1; ; i++) {
    const candidate = `${stem}(${i})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Untrashed direct children of a folder. */
export function childrenOf(state: FakeState, userId: string, parentId: string): DriveFile[] {
  const out: DriveFile[] = [];
  for (const file of state.files.values()) {
    if (file.userId === userId && file.parentId === parentId && !file.trashed) out.push(file);
  }
  return out;
}

export function getOwnFile(state: FakeState, userId: string, id: string): DriveFile | undefined {
  const file = state.files.get(id);
  return file && file.userId === userId ? file : undefined;
}

export function isDescendantOf(state: FakeState, file: DriveFile, ancestorId: string): boolean {
  let current: DriveFile | undefined = file;
  for (let depth = 0; current && depth < 100; depth++) {
    if (current.parentId === ancestorId) return true;
    current = state.files.get(current.parentId);
  }
  return false;
}

export function deleteForever(state: FakeState, id: string): void {
  for (const file of [...state.files.values()]) {
    if (file.parentId === id) deleteForever(state, file.id);
  }
  state.files.delete(id);
}

/** Finds or creates a named system folder at the root ("My Pack", "Pack From Shared"). */
export function ensureRootFolder(
  state: FakeState,
  userId: string,
  name: string,
  folderType: DriveFile['folderType'],
): DriveFile {
  for (const file of state.files.values()) {
    if (
      file.userId === userId &&
      file.parentId === '' &&
      file.name === name &&
      file.kind === 'drive#folder' &&
      !file.trashed
    ) {
      return file;
    }
  }
  return createFile(state, { userId, parentId: '', name, kind: 'drive#folder', folderType });
}

export function copyTree(
  state: FakeState,
  source: DriveFile,
  userId: string,
  parentId: string,
  id?: string,
): DriveFile {
  const copy = createFile(state, {
    ...(id ? { id } : {}),
    userId,
    parentId,
    name: source.name,
    kind: source.kind,
    size: source.size,
    originalUrl: source.originalUrl,
    ...(source.video ? { video: source.video } : {}),
    ...(source.content ? { content: source.content } : {}),
  });
  // A copy has the same content, so it keeps the GCID (the CDN and thumbnails key on it).
  copy.hash = source.hash;
  for (const child of childrenOf(state, source.userId, source.id)) copyTree(state, child, userId, copy.id);
  return copy;
}

export function usageOf(state: FakeState, userId: string): { usage: number; inTrash: number } {
  let usage = 0;
  let inTrash = 0;
  for (const file of state.files.values()) {
    if (file.userId !== userId) continue;
    usage += file.size;
    if (file.trashed) inTrash += file.size;
  }
  return { usage, inTrash };
}
