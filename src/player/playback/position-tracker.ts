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
  item?: Pick<StorageItem<PlaybackPositions>, 'get' | 'set'>;
  now?: () => number;
  everyMs?: number;
}

export function createPositionTracker({
  item = playbackPositionsItem,
  now = Date.now,
  everyMs = SAVE_EVERY_MS,
}: PositionTrackerDeps = {}): PositionTracker {
  const lastSaved = new Map<string, number>();
  // One read-change-write at a time, so two saves of this page never undo each other.
  let writes: Promise<void> = Promise.resolve();
  const change = (update: (record: PlaybackPositions) => PlaybackPositions) => {
    writes = writes
      .then(async () => item.set(update(await item.get())))
      .catch((error: unknown) => console.warn('Could not save the playback position', error));
    return writes;
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
    return change((record) => withPosition(record, id, position));
  };
  return {
    async load(id) {
      try {
        return (await item.get())[id];
      } catch (error) {
        console.warn('Could not read the playback position', error);
        return undefined;
      }
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
      return change((record) => withoutPosition(record, id));
    },
  };
}
