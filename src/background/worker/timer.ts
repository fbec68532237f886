/** The part of `setTimeout` a job uses; tests pass simulated timers. */
export interface WorkerTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: WorkerTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * One job's timer: wakes the job while this worker lives (it dies with the worker, so anything that must
 * survive a stop also needs an alarm, ./alarm.ts). Setting it again replaces it.
 */
export interface WorkerTimer {
  /** Calls back at `when` (epoch ms; `now` is the time now); a timer already set for that time is kept. */
  setAt(when: number, now: number): void;
  clear(): void;
  /** Whether it is set and has not fired yet. */
  readonly isSet: boolean;
}

export function workerTimer(callback: () => void, timers: WorkerTimers = realTimers): WorkerTimer {
  // Kept apart from the handle: a test's timers may hand back `undefined`.
  let current: { handle: unknown; when: number } | undefined;
  const clear = () => {
    if (current !== undefined) timers.clear(current.handle);
    current = undefined;
  };
  return {
    setAt(when, now) {
      if (current?.when === when) return;
      clear();
      const timer = {
        when,
        handle: timers.set(
          () => {
            if (current === timer) current = undefined;
            callback();
          },
          Math.max(0, when - now),
        ),
      };
      current = timer;
    },
    clear,
    get isSet() {
      return current !== undefined;
    },
  };
}
