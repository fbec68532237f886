import { describe, expect, it } from 'vitest';
import { workerTimer, type WorkerTimers } from './timer.ts';

/** Timers that only record; a test runs a callback itself. The handle is the timer's index. */
function recordedTimers() {
  const set: { ms: number; callback: () => void; cleared: boolean }[] = [];
  const timers: WorkerTimers = {
    set: (callback, ms) => set.push({ ms, callback, cleared: false }) - 1,
    clear: (handle) => void (set[handle as number]!.cleared = true),
  };
  return { set, timers };
}

describe('workerTimer', () => {
  it('calls back at the time asked for; the same time again keeps it, another replaces it', () => {
    const { set, timers } = recordedTimers();
    let fired = 0;
    const timer = workerTimer(() => fired++, timers);
    timer.setAt(1_500, 1_000);
    timer.setAt(1_500, 1_200);
    expect(set.map((t) => t.ms)).toEqual([500]);
    expect(timer.isSet).toBe(true);
    timer.setAt(1_100, 1_000);
    expect(set.map((t) => [t.ms, t.cleared])).toEqual([
      [500, true],
      [100, false],
    ]);
    set[1]?.callback();
    expect(fired).toBe(1);
    expect(timer.isSet).toBe(false);
  });

  it('a time already past fires at once; clear forgets it', () => {
    const { set, timers } = recordedTimers();
    const timer = workerTimer(() => undefined, timers);
    timer.setAt(900, 1_000);
    expect(set[0]?.ms).toBe(0);
    timer.clear();
    expect(timer.isSet).toBe(false);
    expect(set[0]?.cleared).toBe(true);
  });

  it('knows it is set even when the timers hand back no handle', () => {
    const timer = workerTimer(() => undefined, { set: () => undefined, clear: () => undefined });
    timer.setAt(2_000, 1_000);
    expect(timer.isSet).toBe(true);
    timer.clear();
    expect(timer.isSet).toBe(false);
  });

  it('runs on real timers by default', async () => {
    let fired = false;
    const done = new Promise<void>((resolve) =>
      workerTimer(() => {
        fired = true;
        resolve();
      }).setAt(Date.now() + 5, Date.now()),
    );
    await done;
    expect(fired).toBe(true);
  });
});
