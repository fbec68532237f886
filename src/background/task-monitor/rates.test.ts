import { describe, expect, it } from 'vitest';
import type { OfflineTask } from '../../shared/domain.ts';
import { nextRate, nextRates } from './rates.ts';
import { speedOf, STALL_MS } from '../../shared/task-rates.ts';

const GB = 1_000_000_000;
const sized = (progress: number, bytes = GB) => ({ progress, fileSize: { bytes, exact: String(bytes) } });

describe('nextRate', () => {
  it('has no speed until the progress changed once', () => {
    const first = nextRate(undefined, sized(10), 0);
    expect(first).toEqual({ anchorProgress: 10, anchorAt: 0 });
    expect(nextRate(first, sized(10), 3_000)).toEqual(first);
  });

  it('measures bytes per second between changes of progress, and smooths them', () => {
    const a = nextRate(undefined, sized(10), 0);
    const b = nextRate(a, sized(20), 10_000);
    expect(b).toEqual({ anchorProgress: 20, anchorAt: 10_000, bytesPerSecond: 10_000_000 });
    // 10 % in 20 s = 5 MB/s, half-weighted with the old 10 MB/s.
    const c = nextRate(b, sized(30), 30_000);
    expect(c.bytesPerSecond).toBe(7_500_000);
  });

  it('caps the speed while the progress stands still, and forgets it after a long stall', () => {
    const moving = { anchorProgress: 50, anchorAt: 0, bytesPerSecond: 10_000_000 };
    // Not even 1 % (10 MB) in 100 s: at most 100 kB/s.
    expect(nextRate(moving, sized(50), 100_000).bytesPerSecond).toBe(100_000);
    // Short pauses between polls keep the measured speed.
    expect(nextRate(moving, sized(50), 1_000).bytesPerSecond).toBe(10_000_000);
    expect(nextRate(moving, sized(50), STALL_MS).bytesPerSecond).toBeUndefined();
  });

  it('starts over when the progress went back (a retry)', () => {
    expect(nextRate({ anchorProgress: 80, anchorAt: 0, bytesPerSecond: 1 }, sized(0), 5_000)).toEqual({
      anchorProgress: 0,
      anchorAt: 5_000,
    });
  });
});

describe('nextRates', () => {
  it('keeps rates for running tasks only', () => {
    const task = (id: string, phase: OfflineTask['phase'], progress: number): OfflineTask => ({
      id,
      name: id,
      phase,
      progress,
      message: '',
      fileSize: { bytes: GB, exact: String(GB) },
    });
    const rates = nextRates(
      { a: { anchorProgress: 10, anchorAt: 0 }, gone: { anchorProgress: 1, anchorAt: 0 } },
      [task('a', 'running', 20), task('b', 'complete', 100)],
      10_000,
    );
    expect(Object.keys(rates)).toEqual(['a']);
    expect(rates['a']?.bytesPerSecond).toBe(10_000_000);
  });
});

describe('speedOf', () => {
  it('gives the time left at the current speed', () => {
    const speed = speedOf(
      { phase: 'running', ...sized(75) },
      { anchorProgress: 75, anchorAt: 0, bytesPerSecond: 10_000_000 },
      1_000,
    );
    expect(speed).toEqual({ bytesPerSecond: 10_000_000, secondsLeft: 25 });
  });

  it('says nothing without a speed, for finished tasks and after a stall', () => {
    const rate = { anchorProgress: 75, anchorAt: 0, bytesPerSecond: 10_000_000 };
    expect(speedOf({ phase: 'running', ...sized(75) }, { anchorProgress: 75, anchorAt: 0 }, 1_000)).toBeUndefined();
    expect(speedOf({ phase: 'complete', ...sized(100) }, rate, 1_000)).toBeUndefined();
    expect(speedOf({ phase: 'running', ...sized(75) }, rate, STALL_MS)).toBeUndefined();
  });
});
