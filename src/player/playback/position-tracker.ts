import {
  playbackPositionsItem,
  withoutPosition,
  withPosition,
  type PlaybackPosition,
  type PlaybackPositions,
} from '../../shared/playback-positions.ts';
import type { StorageItem } from '../../shared/storage.ts';

/** While playing, the position is saved this often; pausing, leaving and switching files save at once. */
export const SAVE_EVERY_MS = 5000;

export interface PositionTracker {
  load(id: string): Promise<PlaybackPosition | undefined>;
  /** Called as playback moves (`timeupdate`): saves when SAVE_EVERY_MS passed since this file's last save. */
  progress(id: string, seconds: number, duration: number | undefined): void;
  /** Saves now (pause, page hidden, another file opened). */
  flush(id: string, seconds: number, duration: number | undefined): Promise<void>;
  /** The file played to its end: next time it starts over. */
  finished(id: string): Promise<void>;
}

export interface PositionTrackerDeps {
  item?: Pick<StorageItem<PlaybackPositions>, 'get' | 'set' | 'onChanged'>;
  now?: () => number;
  everyMs?: number;
}

export function createPositionTracker({
  item = playbackPositionsItem,
  now = Date.now,
  everyMs = SAVE_EVERY_MS,
}: PositionTrackerDeps = {}): PositionTracker {
  const lastSaved = new Map<string, number>();
  // The stored record, read once and kept current by change events (another tab's saves): a save then writes at
  // once, with no read first, so the one made as the page goes away (`pagehide`) is sent before the page is gone.
  let record: PlaybackPositions | undefined;
  item.onChanged((value) => (record = value));
  const read = item.get().then(
    (stored) => (record ??= stored),
    (error: unknown) => {
      console.warn('Could not read the playback positions', error);
      return (record ??= {});
    },
  );
  const change = (update: (current: PlaybackPositions) => PlaybackPositions): Promise<void> => {
    const write = (current: PlaybackPositions) => {
      record = update(current);
      return item.set(record).catch((error: unknown) => console.warn('Could not save the playback position', error));
    };
    return record === undefined ? read.then(write) : write(record);
  };
  const save = (id: string, seconds: number, duration: number | undefined) => {
    if (!Number.isFinite(seconds) || seconds < 0) return Promise.resolve();
    const savedAt = now();
    lastSaved.set(id, savedAt);
    const position: PlaybackPosition = {
      seconds: Math.round(seconds * 10) / 10,
      savedAt,
      ...(duration !== undefined && Number.isFinite(duration) && duration > 0 ? { duration } : {}),
    };
    return change((current) => withPosition(current, id, position));
  };
  return {
    async load(id) {
      await read;
      return record?.[id];
    },
    progress(id, seconds, duration) {
      const last = lastSaved.get(id);
      if (last === undefined) {
        // The first tick only starts the clock: a file opened and left at once keeps its old position.
        lastSaved.set(id, now());
        return;
      }
      if (now() - last >= everyMs) void save(id, seconds, duration);
    },
    flush: save,
    finished(id) {
      lastSaved.delete(id);
      return change((current) => withoutPosition(current, id));
    },
  };
}
