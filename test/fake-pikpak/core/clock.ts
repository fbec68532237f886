/**
 * The fake server's clock: real time plus an offset that tests move forward.
 * Everything that expires (access tokens, captcha tokens, CDN links, batch tasks)
 * reads this clock, so `advance()` makes expiry happen without sleeping.
 */
export interface FakeClock {
  /** Fake "now" in epoch milliseconds. */
  now(): number;
  /** Milliseconds the fake clock runs ahead of the real one. */
  readonly offsetMs: number;
  advance(ms: number): void;
  /** Jumps to an absolute fake time (never used to go backwards by the seeds). */
  set(epochMs: number): void;
}

export function createClock(initialOffsetMs = 0): FakeClock {
  let offset = initialOffsetMs;
  return {
    now: () => Date.now() + offset,
    get offsetMs() {
      return offset;
    },
    advance(ms: number) {
      offset += ms;
    },
    set(epochMs: number) {
      offset = epochMs - Date.now();
    },
  };
}
