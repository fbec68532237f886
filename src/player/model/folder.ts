import type { DriveItem } from '../../shared/domain.ts';
import { kindOf } from '../../files/model/file-kind.ts';

/**
 * The open file's neighbours in its folder: previous and next among the files of its group (video and audio play
 * through together; images go from image to image), in the file browser's name order, and the subtitle files that
 * belong to a video. Pure: the page lists the folder and passes the collator.
 */
export type PlayerKind = 'video' | 'audio' | 'image' | 'other';

export function playerKindOf(item: DriveItem): PlayerKind {
  const kind = kindOf(item);
  return kind === 'video' || kind === 'audio' || kind === 'image' ? kind : 'other';
}

const sameGroup = (a: PlayerKind, b: PlayerKind) =>
  a === b || (a !== 'image' && b !== 'image' && a !== 'other' && b !== 'other');

export interface Neighbours {
  previous?: DriveItem;
  next?: DriveItem;
}

/** Previous and next of `id` among the folder's files of its group, sorted by name; none at the ends. */
export function neighboursOf(items: readonly DriveItem[], current: DriveItem, collator: Intl.Collator): Neighbours {
  const group = playerKindOf(current);
  if (group === 'other') return {};
  const files = items
    .filter(
      (item) =>
        item.kind === 'file' && !item.trashed && (item.id === current.id || sameGroup(group, playerKindOf(item))),
    )
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const at = files.findIndex((item) => item.id === current.id);
  if (at < 0) return {};
  const previous = files[at - 1];
  const next = files[at + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

export interface SubtitleFile {
  item: DriveItem;
  /** The language tag from a `name.en.srt` name, when there is one. */
  language?: string;
}

const SUBTITLE = /\.(srt|vtt)$/i;
const LANGUAGE = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

/** The name without its last extension. */
export function baseName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Subtitles for a video: `.srt` and `.vtt` files named like it (`Movie.srt`) or with a language tag
 * (`Movie.en.srt`, `Movie.zh-CN.vtt`), ignoring case. The untagged one first, then by tag; VTT before SRT for the
 * same name (no conversion needed).
 */
export function subtitlesFor(items: readonly DriveItem[], video: DriveItem): SubtitleFile[] {
  const base = baseName(video.name).toLowerCase();
  const found: SubtitleFile[] = [];
  for (const item of items) {
    if (item.kind !== 'file' || item.trashed || !SUBTITLE.test(item.name)) continue;
    const stem = baseName(item.name);
    if (stem.toLowerCase() === base) {
      found.push({ item });
      continue;
    }
    const dot = stem.lastIndexOf('.');
    const tag = dot > 0 ? stem.slice(dot + 1) : '';
    if (dot > 0 && stem.slice(0, dot).toLowerCase() === base && LANGUAGE.test(tag)) {
      found.push({ item, language: tag.replace('_', '-') });
    }
  }
  const vttFirst = (name: string) => (/\.vtt$/i.test(name) ? 0 : 1);
  return found.sort(
    (a, b) =>
      Number(a.language !== undefined) - Number(b.language !== undefined) ||
      (a.language ?? '').localeCompare(b.language ?? '') ||
      vttFirst(a.item.name) - vttFirst(b.item.name),
  );
}
