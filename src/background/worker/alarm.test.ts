import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { MIN_ALARM_DELAY_MS, namedAlarm } from './alarm.ts';

const NOW = 1_000_000;

describe('namedAlarm', () => {
  it('fires no sooner than Chrome allows, and is not created again for the same time', async () => {
    const alarm = namedAlarm('job');
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await alarm.set(NOW + 5_000, NOW);
    expect(await alarm.scheduledTime()).toBe(NOW + MIN_ALARM_DELAY_MS);
    await alarm.set(NOW + 5_000, NOW);
    expect(create).toHaveBeenCalledTimes(1);
    await alarm.set(NOW + 90_000, NOW);
    expect(await alarm.scheduledTime()).toBe(NOW + 90_000);
    expect(alarm.handles('job')).toBe(true);
    expect(alarm.handles('other')).toBe(false);
    await alarm.clear();
    expect(await alarm.scheduledTime()).toBeUndefined();
  });

  it('setIfEarlier moves it earlier only, or sets it when there is none', async () => {
    const alarm = namedAlarm('job');
    await alarm.setIfEarlier(NOW + 60_000, NOW);
    expect(await alarm.scheduledTime()).toBe(NOW + 60_000);
    await alarm.setIfEarlier(NOW + 90_000, NOW);
    expect(await alarm.scheduledTime()).toBe(NOW + 60_000);
    await alarm.setIfEarlier(NOW + 40_000, NOW);
    expect(await alarm.scheduledTime()).toBe(NOW + 40_000);
  });
});
