import { defineItem, isRecord } from './storage.ts';

/**
 * Where the user left each video or audio file, so the player resumes there. Kept for the most recently played
 * files only (MAX_REMEMBERED_POSITIONS): a record per file id with the position, the duration when known and when it
 * was saved. Pure helpers plus the item; the player page (src/player/) is its only writer and reader.
 */
export interface PlaybackPosition {
  /** Seconds into the file. */
  seconds: number;
  /** Seconds, when the page knew it. */
  duration?: number;
  /** When it was saved (epoch ms): the oldest are forgotten first. */
  savedAt: number;
}

export type PlaybackPositions = Record<string, PlaybackPosition>;

export const MAX_REMEMBERED_POSITIONS = 200;

const finiteNonNegative = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function isPosition(value: unknown): value is PlaybackPosition {
  return (
    isRecord(value) &&
    finiteNonNegative(value.seconds) &&
    finiteNonNegative(value.savedAt) &&
    (value.duration === undefined || finiteNonNegative(value.duration))
  );
}

function isPositions(value: unknown): value is PlaybackPositions {
  return isRecord(value) && Object.values(value).every(isPosition);
}

export const playbackPositionsItem = defineItem<PlaybackPositions>('local', 'playbackPositions', {}, isPositions);

/** The record with `id` at `position`, the oldest dropped beyond `limit`. */
export function withPosition(
  record: PlaybackPositions,
  id: string,
  position: PlaybackPosition,
  limit = MAX_REMEMBERED_POSITIONS,
): PlaybackPositions {
  const entries = Object.entries({ ...record, [id]: position });
  if (entries.length <= limit) return Object.fromEntries(entries);
  entries.sort(([, a], [, b]) => b.savedAt - a.savedAt);
  return Object.fromEntries(entries.slice(0, limit));
}

export function withoutPosition(record: PlaybackPositions, id: string): PlaybackPositions {
  const rest = { ...record };
  delete rest[id];
  return rest;
}

/** Closer to the start or the end than this (or than a tenth of a short file), a file starts from the beginning. */
export const RESUME_MARGIN_SECONDS = 10;

/**
 * Where to start a file: the saved position, unless it is near the start or the end (RESUME_MARGIN_SECONDS, a tenth
 * of a file shorter than 100 s) or past 95 % of it (the credits), where starting over is what people want.
 */
export function resumeAt(position: PlaybackPosition | undefined, duration: number | undefined): number | undefined {
  if (position === undefined) return undefined;
  const length = duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : position.duration;
  const margin = length === undefined ? RESUME_MARGIN_SECONDS : Math.min(RESUME_MARGIN_SECONDS, length / 10);
  if (position.seconds < margin) return undefined;
  if (length !== undefined && (position.seconds > length - margin || position.seconds > length * 0.95))
    return undefined;
  return position.seconds;
}
