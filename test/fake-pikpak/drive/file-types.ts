import type { FileCategory } from './types.ts';

/** Extension → (mime, category). Enough for the names the seeds and offline tasks produce. */
const TABLE: Record<string, [string, FileCategory]> = {
  mp4: ['video/mp4', 'VIDEO'],
  mkv: ['video/x-matroska', 'VIDEO'],
  avi: ['video/x-msvideo', 'VIDEO'],
  mov: ['video/quicktime', 'VIDEO'],
  webm: ['video/webm', 'VIDEO'],
  m4v: ['video/x-m4v', 'VIDEO'],
  ts: ['video/mp2t', 'VIDEO'],
  mp3: ['audio/mpeg', 'AUDIO'],
  flac: ['audio/flac', 'AUDIO'],
  m4a: ['audio/mp4', 'AUDIO'],
  ogg: ['audio/ogg', 'AUDIO'],
  wav: ['audio/wav', 'AUDIO'],
  jpg: ['image/jpeg', 'IMAGE'],
  jpeg: ['image/jpeg', 'IMAGE'],
  png: ['image/png', 'IMAGE'],
  gif: ['image/gif', 'IMAGE'],
  webp: ['image/webp', 'IMAGE'],
  txt: ['text/plain', 'TEXT'],
  md: ['text/markdown', 'TEXT'],
  pdf: ['application/pdf', 'TEXT'],
  epub: ['application/epub+zip', 'TEXT'],
  srt: ['application/x-subrip', 'TEXT'],
  // Guess: PikPak's type for WebVTT (the registered one).
  vtt: ['text/vtt', 'TEXT'],
  zip: ['application/zip', 'ARCHIVE'],
  rar: ['application/vnd.rar', 'ARCHIVE'],
  '7z': ['application/x-7z-compressed', 'ARCHIVE'],
  gz: ['application/gzip', 'ARCHIVE'],
  // Guess: office documents count as TEXT, like pdf and epub.
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'TEXT'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'TEXT'],
  iso: ['application/x-iso9660-image', 'OTHER'],
  torrent: ['application/x-bittorrent', 'OTHER'],
};

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

export function typeOf(name: string): { mimeType: string; category: FileCategory; extension: string } {
  const extension = extensionOf(name);
  const entry = TABLE[extension];
  return {
    mimeType: entry?.[0] ?? (extension ? 'application/octet-stream' : ''),
    category: entry?.[1] ?? 'OTHER',
    extension: extension ? `.${extension}` : '',
  };
}

/** True when the name looks like a single file (has a known or plausible extension). */
export function looksLikeFile(name: string): boolean {
  const extension = extensionOf(name);
  return extension !== '' && extension.length <= 5 && /^[a-z0-9]+$/.test(extension);
}
