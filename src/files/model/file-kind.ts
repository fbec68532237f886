import type { DriveItem } from '../../shared/domain.ts';
import type { FilesKindFilter } from '../../shared/files-view.ts';

/** What an item is, for its icon and the kind filter. `other` is shown under "All" only. */
export type FileKind = Exclude<FilesKindFilter, 'all'> | 'other';

const CATEGORIES: Record<string, FileKind> = {
  VIDEO: 'video',
  AUDIO: 'audio',
  IMAGE: 'image',
  ARCHIVE: 'archive',
  // PikPak files PDFs, e-books and subtitles under TEXT too: they are documents to a user.
  TEXT: 'document',
  DOCUMENT: 'document',
};

const MIME_PREFIXES: [string, FileKind][] = [
  ['video/', 'video'],
  ['audio/', 'audio'],
  ['image/', 'image'],
  ['text/', 'document'],
];

// PikPak calls most documents and archives OTHER, so their extension decides.
const EXTENSIONS: Record<string, FileKind> = Object.fromEntries([
  ...'pdf doc docx odt rtf txt md epub mobi azw3 xls xlsx ods csv ppt pptx odp srt ass vtt nfo'
    .split(' ')
    .map((extension) => [extension, 'document']),
  ...'zip rar 7z tar gz tgz bz2 xz zst'.split(' ').map((extension) => [extension, 'archive']),
  ...'mp4 mkv avi mov webm m4v ts wmv flv rmvb'.split(' ').map((extension) => [extension, 'video']),
  ...'mp3 flac m4a ogg wav aac opus ape'.split(' ').map((extension) => [extension, 'audio']),
  ...'jpg jpeg png gif webp bmp heic avif svg'.split(' ').map((extension) => [extension, 'image']),
]) as Record<string, FileKind>;

/** The extension without its dot, lower case: PikPak's `extension` (".mp4") or the name's. */
function extensionOf(item: DriveItem): string {
  const given = item.extension?.replace(/^\./, '');
  if (given) return given.toLowerCase();
  const dot = item.name.lastIndexOf('.');
  return dot > 0 ? item.name.slice(dot + 1).toLowerCase() : '';
}

const known = new WeakMap<DriveItem, FileKind>();

/** The item's kind from PikPak's category, then its MIME type, then its extension. Remembered per item. */
export function kindOf(item: DriveItem): FileKind {
  let kind = known.get(item);
  if (kind !== undefined) return kind;
  kind = classify(item);
  known.set(item, kind);
  return kind;
}

function classify(item: DriveItem): FileKind {
  if (item.kind === 'folder') return 'folder';
  const fromCategory = item.category === undefined ? undefined : CATEGORIES[item.category.toUpperCase()];
  if (fromCategory !== undefined) return fromCategory;
  const mime = item.mimeType?.toLowerCase() ?? '';
  const fromMime = MIME_PREFIXES.find(([prefix]) => mime.startsWith(prefix))?.[1];
  return fromMime ?? EXTENSIONS[extensionOf(item)] ?? 'other';
}

/** Does the item pass the kind filter? */
export function matchesKind(item: DriveItem, filter: FilesKindFilter): boolean {
  return filter === 'all' || kindOf(item) === filter;
}
