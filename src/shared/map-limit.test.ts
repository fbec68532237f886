import { describe, expect, it } from 'vitest';
import { mapLimit } from './map-limit.ts';

/** A task the test ends by hand, so it sees exactly how many run at once. */
function gate() {
  const waiting: { index: number; resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  let running = 0;
  let most = 0;
  const task = (item: string, index: number) =>
    new Promise<string>((resolve, reject) => {
      running++;
      most = Math.max(most, running);
      waiting.push({
        index,
        resolve: (value) => {
          running--;
          resolve(value);
        },
        reject: (error) => {
          running--;
          reject(error);
        },
      });
    });
  return {
    task,
    waiting,
    get running() {
      return running;
    },
    get most() {
      return most;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('mapLimit', () => {
  it('never runs more than `limit` at once, starting the next as one ends', async () => {
    const items = Array.from({ length: 10 }, (_, i) => `item ${i}`);
    const g = gate();
    const done = mapLimit(items, 3, g.task);
    await settle();
    expect(g.running).toBe(3);
    expect(g.waiting.map((each) => each.index)).toEqual([0, 1, 2]);
    // Ending one starts exactly one more, the next in order.
    const finished = new Set([1]);
    g.waiting[1]?.resolve('one');
    await settle();
    expect(g.running).toBe(3);
    expect(g.waiting.map((each) => each.index)).toEqual([0, 1, 2, 3]);
    // The rest, one ending at a time: always three running until the items run out.
    for (let ended = 1; ended < 10; ended++) {
      const oldest = g.waiting.find((each) => !finished.has(each.index));
      if (oldest === undefined) break;
      finished.add(oldest.index);
      oldest.resolve(`r${oldest.index}`);
      await settle();
      expect(g.running).toBe(Math.min(3, 10 - finished.size));
    }
    await done;
    expect(g.most).toBe(3);
    expect(g.waiting).toHaveLength(10);
  });

  it('answers in the items’ order, whatever order the tasks end in', async () => {
    const delays = [30, 5, 20, 0, 10, 1];
    const results = await mapLimit(
      delays,
      2,
      (ms, index) => new Promise<string>((resolve) => setTimeout(() => resolve(`${index}:${ms}`), ms)),
    );
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:0', '4:10', '5:1']);
  });

  it('runs everything with a limit above the count, and nothing for no items', async () => {
    const g = gate();
    const done = mapLimit(['a', 'b'], 10, g.task);
    await settle();
    expect(g.running).toBe(2);
    for (const each of g.waiting) each.resolve(each.index === 0 ? 'A' : 'B');
    expect(await done).toEqual(['A', 'B']);
    let called = 0;
    expect(await mapLimit([], 4, () => Promise.resolve(called++))).toEqual([]);
    expect(called).toBe(0);
  });

  it('runs one at a time with a limit below one rather than none', async () => {
    const g = gate();
    const done = mapLimit(['a', 'b'], 0, g.task);
    await settle();
    expect(g.running).toBe(1);
    g.waiting[0]?.resolve('A');
    await settle();
    g.waiting[1]?.resolve('B');
    expect(await done).toEqual(['A', 'B']);
    expect(g.most).toBe(1);
  });

  it('starts nothing more once the signal aborts; the unstarted answer undefined', async () => {
    const controller = new AbortController();
    const g = gate();
    const done = mapLimit(['a', 'b', 'c', 'd', 'e'], 2, g.task, controller.signal);
    await settle();
    controller.abort();
    // The two under way still finish and keep their results.
    for (const each of g.waiting) each.resolve(`r${each.index}`);
    expect(await done).toEqual(['r0', 'r1', undefined, undefined, undefined]);
    expect(g.waiting).toHaveLength(2);
  });

  it('starts nothing with a signal already aborted', async () => {
    let called = 0;
    const results = await mapLimit([1, 2], 2, () => Promise.resolve(called++), AbortSignal.abort());
    expect(results).toEqual([undefined, undefined]);
    expect(called).toBe(0);
  });

  it('rejects with a task’s error, and starts no more tasks after it', async () => {
    const g = gate();
    const done = mapLimit(['a', 'b', 'c', 'd', 'e', 'f'], 2, g.task);
    const outcome = done.catch((error: unknown) => error);
    await settle();
    g.waiting[0]?.reject(new Error('boom'));
    await settle();
    g.waiting[1]?.resolve('B');
    await settle();
    expect(await outcome).toEqual(new Error('boom'));
    // What the caller already gave up on does not keep calling PikPak: at most the other worker's next item.
    for (const each of g.waiting.slice(2)) each.resolve('late');
    await settle();
    expect(g.waiting.length).toBeLessThanOrEqual(2);
  });
});
