import { describe, expect, it } from 'vitest';
import { playbackPositionsItem } from '../../shared/playback-positions.ts';
import { createPositionTracker } from './position-tracker.ts';

function tracker() {
  let time = 1_000;
  const positions = createPositionTracker({ now: () => time, everyMs: 5000 });
  return { positions, advance: (ms: number) => (time += ms) };
}

describe('createPositionTracker', () => {
  it('saves every few seconds while playing, starting the clock at the first tick', async () => {
    const { positions, advance } = tracker();
    positions.progress('a', 1, 100);
    advance(4000);
    positions.progress('a', 5, 100);
    await positions.flush('b', 0, undefined);
    expect((await playbackPositionsItem.get())['a']).toBeUndefined();
    advance(1000);
    positions.progress('a', 6.04, 100);
    await positions.flush('b', 0, undefined);
    expect((await playbackPositionsItem.get())['a']).toEqual({ seconds: 6, duration: 100, savedAt: 6000 });
    expect(await positions.load('a')).toEqual({ seconds: 6, duration: 100, savedAt: 6000 });
  });

  it('saves at once on flush, without a duration it does not know, and forgets a finished file', async () => {
    const { positions } = tracker();
    await positions.flush('a', 42, Number.NaN);
    expect(await positions.load('a')).toEqual({ seconds: 42, savedAt: 1000 });
    await positions.finished('a');
    expect(await positions.load('a')).toBeUndefined();
  });

  it('keeps other files’ positions when saving one, and ignores a position that is not a number', async () => {
    await playbackPositionsItem.set({ other: { seconds: 30, savedAt: 1 } });
    const { positions } = tracker();
    await positions.flush('a', Number.NaN, 100);
    await positions.flush('b', 12, 100);
    expect(await playbackPositionsItem.get()).toEqual({
      other: { seconds: 30, savedAt: 1 },
      b: { seconds: 12, duration: 100, savedAt: 1000 },
    });
  });

  it('reads the record once, follows another tab’s saves, and then writes without reading first', async () => {
    let reads = 0;
    const positions = createPositionTracker({
      item: {
        get: () => {
          reads += 1;
          return playbackPositionsItem.get();
        },
        set: (value) => playbackPositionsItem.set(value),
        onChanged: (callback, signal) => playbackPositionsItem.onChanged(callback, signal),
      },
      now: () => 5,
    });
    await positions.flush('a', 10, 100);
    // Another player tab saves its file.
    await playbackPositionsItem.set({ ...(await playbackPositionsItem.get()), other: { seconds: 3, savedAt: 1 } });
    await positions.flush('b', 20, 100);
    expect(reads).toBe(1);
    expect(Object.keys(await playbackPositionsItem.get()).sort()).toEqual(['a', 'b', 'other']);
  });
});
