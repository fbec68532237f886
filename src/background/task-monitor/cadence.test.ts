import { describe, expect, it } from 'vitest';
import { BACKGROUND_INTERVAL_MS, nextPolls, WATCH_INTERVAL_MS } from './cadence.ts';

const idle = { watched: false, moving: false, hasSnapshot: true, failures: 0, expiresIn: undefined };

describe('nextPolls', () => {
  it('nothing while nothing watches and nothing moves', () => {
    expect(nextPolls(idle)).toEqual({});
  });

  it('watched: a timer every 3 s, slower when expires_in says so, but at least once a minute', () => {
    expect(nextPolls({ ...idle, watched: true })).toEqual({ timerMs: WATCH_INTERVAL_MS });
    expect(nextPolls({ ...idle, watched: true, expiresIn: 10 })).toEqual({ timerMs: 10_000 });
    expect(nextPolls({ ...idle, watched: true, expiresIn: 600 })).toEqual({ timerMs: 60_000 });
  });

  it('tasks moving: the alarm every 30 s or expires_in, at most 5 min apart', () => {
    expect(nextPolls({ ...idle, moving: true })).toEqual({ alarmMs: BACKGROUND_INTERVAL_MS });
    expect(nextPolls({ ...idle, moving: true, expiresIn: 120 })).toEqual({ alarmMs: 120_000 });
    expect(nextPolls({ ...idle, moving: true, expiresIn: 3600 })).toEqual({ alarmMs: 5 * 60_000 });
    expect(nextPolls({ ...idle, moving: true, watched: true })).toEqual({
      timerMs: WATCH_INTERVAL_MS,
      alarmMs: BACKGROUND_INTERVAL_MS,
    });
  });

  it('failed polls back off 1, 2, 4 … 15 min; a watching page keeps the alarm too', () => {
    expect(nextPolls({ ...idle, moving: true, failures: 1 })).toEqual({ alarmMs: 60_000 });
    expect(nextPolls({ ...idle, moving: true, failures: 3 })).toEqual({ alarmMs: 4 * 60_000 });
    expect(nextPolls({ ...idle, moving: true, failures: 10 })).toEqual({ alarmMs: 15 * 60_000 });
    expect(nextPolls({ ...idle, watched: true, failures: 2 })).toEqual({ timerMs: 60_000, alarmMs: 2 * 60_000 });
    expect(nextPolls({ ...idle, watched: true, failures: 2, hasSnapshot: false })).toEqual({ timerMs: 60_000 });
  });
});
