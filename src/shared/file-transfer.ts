/**
 * Files on their way out of PikPak (browser downloads, link exports, aria2): which file, and where it goes relative
 * to the place the user chose. The file browser plans these (walking folders); the background fetches a fresh link
 * for each just before it is used (links expire, pikpak-api.md §7.3).
 */

/**
 * Most files in one browser download job. Every change rewrites the stored job (a few writes per file), so the cost
 * grows with the square of its size: 1,000 files cost about 10 s of the worker's time over the whole download. A
 * bigger folder is one to take out with aria2, or a sub-folder at a time.
 */
export const MAX_FILES_PER_JOB = 5_000;

/** One file to take out. `path` is relative, '/'-separated, ending with the file's name: `Folder/Sub/file.ext`. */
export interface PlannedFile {
  id: string;
  path: string;
  /** Bytes, for totals shown before starting (PikPak's string size, read as a number). */
  size: number;
  /** The share the file is read from (its id is the share's file id); absent for a file of the user's drive. */
  shareId?: string;
}

/** A fresh download link for a planned file. */
export interface FileLink {
  id: string;
  path: string;
  url: string;
  /** Epoch ms; from the URL's `expire` (authoritative, §7.3). Absent when PikPak did not say. */
  expiresAt?: number;
  /** The link is a video's transcode (MPEG-TS), not the file: a share's video with "Use transcoding address" (§8.3). */
  transcoded?: boolean;
  /** A share's file: how much of the video PikPak lets a visitor play, when its `file_info` says (§8.3). */
  playLimit?: PlayLimit;
}

/**
 * PikPak's limit on playing a shared video without saving it (`params.anonymous_play_seconds` "120" and
 * `anonymous_play_range` "0.40" in share `file_info`, §8.3): the web app stops there. Whether the CDN enforces it
 * is not known; the player says so only when playback stops short.
 */
export interface PlayLimit {
  seconds?: number;
  /** `anonymous_play_range` as a share of the video (0–1). Guess: what the number means. */
  fraction?: number;
}

/** A planned file whose link (or hand-over) failed, with why: an ErrorKind and a debug message. */
export interface TransferFailure {
  id: string;
  path: string;
  kind: string;
  message: string;
}

export function isPlannedFile(value: unknown): value is PlannedFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return (
    typeof file['id'] === 'string' &&
    file['id'] !== '' &&
    typeof file['path'] === 'string' &&
    file['path'] !== '' &&
    typeof file['size'] === 'number' &&
    Number.isFinite(file['size']) &&
    (file['shareId'] === undefined || (typeof file['shareId'] === 'string' && file['shareId'] !== ''))
  );
}
