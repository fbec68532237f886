import { describe, expect, it } from 'vitest';
import { useFakePikPak } from '../../use-fake-pikpak.ts';
import { memoryStore, pairFrom } from '../../api/helpers.ts';
import {
  creates,
  expectSentOnce,
  runTimers,
  simulatedTimers,
  startWorker,
  storedQueue,
  uniqueMagnet,
} from './harness.ts';

/**
 * PikPak asks the queue to slow down (429 with Retry-After): no create of any link reaches it before that time,
 * however the link got there (refused, looking in the task list when the answer came, queued meanwhile, or taken up
 * by the next worker). The worker's timers run on the fake's clock (simulatedTimers), so the times in the fake's
 * request log are the times the queue chose, without sleeping.
 */
const fake = useFakePikPak();

const MY_PACK = { kind: 'my-pack' } as const;
const RETRY_AFTER_MS = 2_000;
const signedIn = () => memoryStore(pairFrom(fake));
const refuse = (times: number) =>
  fake.control.faults.add({
    kind: 'rate-limit',
    method: 'POST',
    path: '/drive/v1/files',
    retryAfterSeconds: RETRY_AFTER_MS / 1000,
    times,
  });

/** Every create PikPak accepted arrived at least Retry-After after every 429 before it (the fake's log times). */
function expectNoCreateBeforeRetryAfter(): void {
  const log = creates(fake);
  expect(log.some((entry) => entry.status === 429)).toBe(true);
  for (const [index, accepted] of log.entries()) {
    if (accepted.status !== 200) continue;
    for (const refused of log.slice(0, index).filter((entry) => entry.status === 429))
      expect(
        accepted.time - refused.time,
        `create ${accepted.seq} after the 429 ${refused.seq}`,
      ).toBeGreaterThanOrEqual(RETRY_AFTER_MS);
  }
}

describe('PikPak says slow down', () => {
  it('two links answered 429 with Retry-After: 2: no create reaches PikPak before 2 s after the 429, then each is created once', async () => {
    const sim = simulatedTimers(fake);
    // The shortest back-off (1 s): only PikPak's time may keep them waiting.
    const worker = startWorker(fake, { store: signedIn(), timers: sim.timers, random: () => 0 });
    refuse(2);
    const urls = [uniqueMagnet(), uniqueMagnet()];
    await worker.queue.enqueue(
      urls.map((url) => ({ url })),
      MY_PACK,
    );
    await runTimers(worker, sim);

    expect(creates(fake).map((entry) => entry.status)).toEqual([429, 429, 200, 200]);
    expectNoCreateBeforeRetryAfter();
    await expectSentOnce(fake, urls);
    expect((await storedQueue()).createsHeldUntil).toBeUndefined();
  });

  it('a link looking in the task list when the 429 came waits for PikPak’s time too, then each is created once', async () => {
    const sim = simulatedTimers(fake);
    const worker = startWorker(fake, { store: signedIn(), timers: sim.timers, random: () => 0 });
    // The first link's create is lost in a 5xx: its next attempt looks in the task list before creating.
    fake.control.faults.add({ kind: 'server-error', status: 503, method: 'POST', path: '/drive/v1/files', times: 1 });
    const unsure = uniqueMagnet();
    await worker.queue.enqueue([{ url: unsure }], MY_PACK);
    await worker.queue.processQueue();
    const retryAt = (await storedQueue()).entries[0]?.nextAttemptAt ?? 0;
    expect((await storedQueue()).entries[0]).toMatchObject({ state: 'pending', lastError: { kind: 'server' } });

    // When it is due, a second link goes with it: that one is refused while the first still reads the (slow) list.
    fake.control.faults.add({ kind: 'slow', method: 'GET', path: '/drive/v1/tasks', delayMs: 300, times: 1 });
    refuse(1);
    fake.control.clock.set(retryAt);
    const other = uniqueMagnet();
    await worker.queue.enqueue([{ url: other }], MY_PACK);
    await runTimers(worker, sim);

    expect(creates(fake).map((entry) => entry.status)).toEqual([503, 429, 200, 200]);
    expectNoCreateBeforeRetryAfter();
    await expectSentOnce(fake, [unsure, other]);
  });

  it('the hold is stored: a link queued meanwhile, on the next worker after a restart, waits for it too', async () => {
    const store = signedIn();
    const first = startWorker(fake, { store });
    refuse(1);
    const refused = uniqueMagnet();
    await first.queue.enqueue([{ url: refused }], MY_PACK);
    await first.queue.processQueue();
    const answeredAt = creates(fake)[0]?.time ?? 0;
    expect((await storedQueue()).createsHeldUntil).toBeGreaterThanOrEqual(answeredAt + RETRY_AFTER_MS);
    first.kill();

    const sim = simulatedTimers(fake);
    const second = startWorker(fake, { store, timers: sim.timers });
    const queued = uniqueMagnet();
    await second.queue.enqueue([{ url: queued }], MY_PACK);
    await second.queue.processQueue();
    expect(creates(fake)).toHaveLength(1);
    await runTimers(second, sim);

    expect(creates(fake).map((entry) => entry.status)).toEqual([429, 200, 200]);
    expectNoCreateBeforeRetryAfter();
    await expectSentOnce(fake, [refused, queued]);
  });
});
