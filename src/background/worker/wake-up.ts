import { MIN_ALARM_DELAY_MS, type NamedAlarm } from './alarm.ts';
import type { WorkerTimer } from './timer.ts';

/**
 * A job's next wake-up, kept two ways: a timer while this worker lives, for times nearer than an alarm can fire,
 * and the job's alarm (never sooner than Chrome allows), the fallback that wakes a stopped worker.
 */
export interface WakeUp {
  /**
   * Sets exactly this wake-up (`undefined`: none, the alarm is cleared). Also when nothing changed: an alarm lost
   * with a browser restart is set again by the next look.
   */
  set(when: number | undefined, now: number): Promise<void>;
  /**
   * Before storing what makes an earlier wake-up necessary: moves the alarm earlier only. A worker stopped between
   * this and the write then wakes once for nothing, rather than leaving stored work without an alarm.
   */
  advance(when: number | undefined, now: number): Promise<void>;
}

export function createWakeUp(alarm: NamedAlarm, timer: WorkerTimer): WakeUp {
  return {
    async set(when, now) {
      if (when === undefined) {
        timer.clear();
        await alarm.clear();
        return;
      }
      if (when - now < MIN_ALARM_DELAY_MS) timer.setAt(when, now);
      else timer.clear();
      await alarm.set(when, now);
    },
    async advance(when, now) {
      if (when !== undefined) await alarm.setIfEarlier(when, now);
    },
  };
}
