import { describe, expect, it } from 'vitest';
import { oneRunAtATime } from './single-run.ts';

/** A run that waits until the test lets it finish. */
function gatedRuns() {
  const gates: (() => void)[] = [];
  let runs = 0;
  const run = async () => {
    const n = ++runs;
    await new Promise<void>((resolve) => gates.push(resolve));
    return n;
  };
  const open = async () => {
    await Promise.resolve();
    gates.shift()?.();
  };
  return { run, open, runs: () => runs };
}

describe('oneRunAtATime', () => {
  it('a call during a run joins it and makes it run once more; the joined promise has the last run’s result', async () => {
    const { run, open, runs } = gatedRuns();
    const start = oneRunAtATime(run);
    const first = start();
    const second = start();
    const third = start();
    expect(second).toBe(first);
    expect(third).toBe(first);
    await open();
    await open();
    expect(await first).toBe(2);
    expect(runs()).toBe(2);
  });

  it('a call after the run ended starts a new one', async () => {
    const { run, open, runs } = gatedRuns();
    const start = oneRunAtATime(run);
    const first = start();
    await open();
    await first;
    const next = start();
    expect(next).not.toBe(first);
    await open();
    expect(await next).toBe(2);
    expect(runs()).toBe(2);
  });

  it('a failed run rejects every caller and leaves the next call free to start', async () => {
    let fail = true;
    const start = oneRunAtATime(async () => {
      await Promise.resolve();
      if (fail) throw new Error('boom');
      return 'ok';
    });
    await expect(start()).rejects.toThrow('boom');
    fail = false;
    await expect(start()).resolves.toBe('ok');
  });

  it('stop: a run asked for meanwhile does not happen once stopped', async () => {
    const { run, open, runs } = gatedRuns();
    let stopped = false;
    const start = oneRunAtATime(run, () => stopped);
    const first = start();
    void start();
    stopped = true;
    await open();
    expect(await first).toBe(1);
    expect(runs()).toBe(1);
  });
});
