import { describe, expect, it } from 'vitest';
import { stoppedAtLimit } from './play-limit.ts';

const LIMIT = { seconds: 120, fraction: 0.4 };

describe('stoppedAtLimit', () => {
  it('is playback stopping near the limit, well before the end', () => {
    expect(stoppedAtLimit(LIMIT, 121, 3600)).toBe(true);
    // 40 % of an hour: a byte limit.
    expect(stoppedAtLimit(LIMIT, 1430, 3600)).toBe(true);
    expect(stoppedAtLimit({ seconds: 120 }, 118, 600)).toBe(true);
  });

  it('is not an end at the end, a stop far from the limit, or a file without a limit or a duration', () => {
    expect(stoppedAtLimit(LIMIT, 3598, 3600)).toBe(false);
    expect(stoppedAtLimit(LIMIT, 2400, 3600)).toBe(false);
    expect(stoppedAtLimit(undefined, 121, 3600)).toBe(false);
    expect(stoppedAtLimit(LIMIT, 121, undefined)).toBe(false);
    expect(stoppedAtLimit(LIMIT, 0, 3600)).toBe(false);
    // A video shorter than the limit plays whole.
    expect(stoppedAtLimit({ seconds: 120 }, 58, 60)).toBe(false);
  });
});
