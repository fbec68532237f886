import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { MIN_ALARM_DELAY_MS, namedAlarm } from './alarm.ts';
import { workerTimer } from './timer.ts';
import { createWakeUp } from './wake-up.ts';

const NOW = 1_000_000;

function setUp() {
  const timers: { due: number; cleared: boolean }[] = [];
  const timer = workerTimer(() => undefined, {
    set: (_callback, ms) => {
      const handle = { due: NOW + ms, cleared: false };
      timers.push(handle);
      return handle;
    },
    clear: (handle) => void ((handle as { cleared: boolean }).cleared = true),
  });
  const alarm = () => fakeBrowser.alarms.get('job').then((found) => found?.scheduledTime);
  return { wakeUp: createWakeUp(namedAlarm('job'), timer), timer, timers, alarm };
}

describe('createWakeUp', () => {
  it('a time nearer than an alarm can fire: a timer for it, and the alarm as soon as allowed as the fallback', async () => {
    const { wakeUp, timer, timers, alarm } = setUp();
    await wakeUp.set(NOW + 2_000, NOW);
    expect(timers).toEqual([{ due: NOW + 2_000, cleared: false }]);
    expect(await alarm()).toBe(NOW + MIN_ALARM_DELAY_MS);
    expect(timer.isSet).toBe(true);
  });

  it('a later time: the alarm alone; nothing: neither', async () => {
    const { wakeUp, timer, alarm } = setUp();
    await wakeUp.set(NOW + 2_000, NOW);
    await wakeUp.set(NOW + 5 * 60_000, NOW);
    expect(timer.isSet).toBe(false);
    expect(await alarm()).toBe(NOW + 5 * 60_000);
    await wakeUp.set(undefined, NOW);
    expect(await alarm()).toBeUndefined();
  });

  it('advance moves the alarm earlier only and leaves the timer alone', async () => {
    const { wakeUp, timers, alarm } = setUp();
    await wakeUp.set(NOW + 5 * 60_000, NOW);
    await wakeUp.advance(NOW + 10 * 60_000, NOW);
    expect(await alarm()).toBe(NOW + 5 * 60_000);
    await wakeUp.advance(NOW + 60_000, NOW);
    expect(await alarm()).toBe(NOW + 60_000);
    await wakeUp.advance(undefined, NOW);
    expect(await alarm()).toBe(NOW + 60_000);
    expect(timers).toEqual([]);
  });
});
