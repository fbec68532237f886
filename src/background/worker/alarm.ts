import browser from 'webextension-polyfill';

/**
 * Chrome does not fire an alarm sooner than 30 s after it is set (packed extensions, Chrome 120+). Shorter waits
 * run on a timer while the worker lives (./timer.ts); the alarm is the fallback that survives the worker.
 */
export const MIN_ALARM_DELAY_MS = 30_000;

/** The part of `browser.alarms` a job uses; tests pass their own. */
export interface WorkerAlarms {
  get(name: string): Promise<{ scheduledTime: number } | undefined>;
  create(name: string, info: { when: number }): Promise<void>;
  clear(name: string): Promise<unknown>;
}

export const browserAlarms: WorkerAlarms = {
  get: (name) => browser.alarms.get(name),
  create: (name, info) => browser.alarms.create(name, info),
  clear: (name) => browser.alarms.clear(name),
};

/** One job's alarm: the wake-up that survives the worker. Its events reach the job through `handles`. */
export interface NamedAlarm {
  readonly name: string;
  /** Whether an `alarms.onAlarm` event is this alarm's. */
  handles(name: string): boolean;
  /** When it fires next, or undefined when it is not set. */
  scheduledTime(): Promise<number | undefined>;
  /** Fires at `when`, or as soon after `now` as Chrome allows; left alone when already set for that time. */
  set(when: number, now: number): Promise<void>;
  /** Like `set`, but only ever earlier: an alarm already set sooner is kept. */
  setIfEarlier(when: number, now: number): Promise<void>;
  clear(): Promise<void>;
}

export function namedAlarm(name: string, alarms: WorkerAlarms = browserAlarms): NamedAlarm {
  const scheduledTime = async () => (await alarms.get(name))?.scheduledTime;
  const allowed = (when: number, now: number) => Math.max(when, now + MIN_ALARM_DELAY_MS);
  return {
    name,
    handles: (other) => other === name,
    scheduledTime,
    async set(when, now) {
      const at = allowed(when, now);
      if ((await scheduledTime()) !== at) await alarms.create(name, { when: at });
    },
    async setIfEarlier(when, now) {
      const at = allowed(when, now);
      const current = await scheduledTime();
      if (current === undefined || current > at) await alarms.create(name, { when: at });
    },
    async clear() {
      await alarms.clear(name);
    },
  };
}
