import { describe, expect, it } from 'vitest';
import { SENDING_LEASE_MS } from '../../../../src/background/send-queue/policy.ts';
import type { SessionTokens } from '../../../../src/api/session-types.ts';
import type { FaultSpec } from '../../../fake-pikpak/index.ts';
import { useFakePikPak } from '../../use-fake-pikpak.ts';
import { memoryStore, pairFrom, until } from '../../api/helpers.ts';
import {
  creates,
  drain,
  expectSentOnce,
  processUntilIdleOrDead,
  queueAlarm,
  startWorker,
  storedQueue,
  tasksFor,
  uniqueMagnet,
  type KillPoint,
} from './harness.ts';

/**
 * The service worker stops between any two events. A killed worker makes no further storage, alarm or network
 * call, and no answer reaches it; a new worker on the same storage takes over. Whatever the moment: nothing
 * lost, nothing created twice (creates per URL in the fake's log, tasks per URL on the fake).
 */
import { fakeBrowser } from '@webext-core/fake-browser';

const fake = useFakePikPak();

const MY_PACK = { kind: 'my-pack' } as const;

/** The session lives in storage, so it survives the restart: both workers share it. */
function session(): { store: ReturnType<typeof memoryStore>; pair: SessionTokens } {
  const pair = pairFrom(fake);
  return { store: memoryStore(pair), pair };
}

describe('a restart at each step', () => {
  it('after enqueue: the stored links are sent by the next worker', async () => {
    const { store } = session();
    const urls = [uniqueMagnet(), uniqueMagnet(), uniqueMagnet()];
    const first = startWorker(fake, { store });
    await first.queue.enqueue(
      urls.map((url) => ({ url })),
      MY_PACK,
    );
    first.kill();

    const stored = await storedQueue();
    expect(stored.entries.map((e) => e.url)).toEqual(urls);
    expect(creates(fake)).toHaveLength(0);
    // The alarm set with the links wakes a stopped worker.
    expect(await queueAlarm()).toBeDefined();

    const second = startWorker(fake, { store });
    await drain(fake, second, { alarmsOnly: true });
    await expectSentOnce(fake, urls);
  });

  it('after marking sending, before the request: the next worker finds no task and creates it once', async () => {
    const { store } = session();
    const urls = [uniqueMagnet(), uniqueMagnet()];
    const first = startWorker(fake, { store, killAt: { op: 'send', n: 1 } });
    await first.queue.enqueue(
      urls.map((url) => ({ url })),
      MY_PACK,
    );
    await processUntilIdleOrDead(first);
    expect(first.dead).toBe(true);

    const left = (await storedQueue()).entries.filter((e) => e.state === 'sending');
    expect(left.length).toBeGreaterThanOrEqual(1);
    expect(creates(fake)).toHaveLength(0);
    // The lease keeps the alarm: the stopped worker's entries are looked at when it ends.
    expect((await queueAlarm())?.scheduledTime).toBe(
      Math.min(...left.map((e) => (e.lastAttemptAt ?? 0) + SENDING_LEASE_MS)),
    );

    const second = startWorker(fake, { store });
    await second.queue.processQueue();
    expect(creates(fake)).toHaveLength(0); // still within the lease
    await drain(fake, second);
    await expectSentOnce(fake, urls);
    expect(fake.log.count({ method: 'GET', path: '/drive/v1/tasks' })).toBeGreaterThanOrEqual(1);
  });

  it('after the request reached PikPak, before the answer was stored: the next worker takes the task from the list', async () => {
    const { store } = session();
    const [slow, other] = [uniqueMagnet(), uniqueMagnet()];
    fake.control.faults.add({ kind: 'slow', method: 'POST', path: '/drive/v1/files', delayMs: 250, times: 1 });
    const first = startWorker(fake, { store });
    await first.queue.enqueue([{ url: slow }], MY_PACK);
    await until(() => creates(fake, slow).some((e) => e.status === 0));
    first.kill();
    // PikPak finishes the request of the dead worker.
    await until(() => tasksFor(fake, slow).length === 1);
    expect((await storedQueue()).entries[0]).toMatchObject({ url: slow, state: 'sending', attempts: 1 });

    const second = startWorker(fake, { store });
    await second.queue.enqueue([{ url: other }], MY_PACK);
    await drain(fake, second);
    await expectSentOnce(fake, [slow, other]);
    expect(creates(fake, slow)).toHaveLength(1);
    expect((await storedQueue()).entries.find((e) => e.url === slow)).toMatchObject({ recovered: true, attempts: 2 });
    expect(second.sent.map((e) => e.url).sort()).toEqual([slow, other].sort());
  });

  /**
   * Every moment at once: the first worker is killed after its n-th storage write, before its n-th create
   * request, or when its n-th create answer arrives (the answer is lost), for every n until it finishes
   * without being killed, with one dropped connection and one 5xx on the way. The next worker must leave
   * every link sent exactly once.
   */
  const faults: FaultSpec[] = [
    { kind: 'network-drop', method: 'POST', path: '/drive/v1/files', times: 1 },
    { kind: 'server-error', method: 'POST', path: '/drive/v1/files', status: 503, times: 1 },
  ];
  for (const op of ['write', 'send', 'answer'] as const) {
    it(`killed after each ${op === 'write' ? 'storage write' : op === 'send' ? 'point before a create is sent' : 'create answer'}`, async () => {
      let finished = false;
      let runs = 0;
      for (let n = 1; !finished; n++) {
        if (n > 60) throw new Error('the first worker never finished');
        fake.control.faults.clear();
        for (const fault of faults) fake.control.faults.add(fault);
        await fakeBrowser.storage.local.clear();
        await fakeBrowser.alarms.clearAll();
        const { store } = session();
        const urls = [
          uniqueMagnet(`Kill ${op} ${n}`),
          uniqueMagnet(`Kill ${op} ${n}`),
          uniqueMagnet(`Kill ${op} ${n}`),
        ];
        const killAt: KillPoint = { op, n };
        const first = startWorker(fake, { store, killAt });
        const enqueued = first.queue.enqueue(
          urls.map((url) => ({ url })),
          MY_PACK,
        );
        await Promise.race([enqueued, first.died]);
        // Like drain(), but the first worker may die at any moment.
        for (let alarms = 0; !first.dead; alarms++) {
          await processUntilIdleOrDead(first);
          const alarm = await queueAlarm();
          if (first.dead || !alarm) break;
          if (alarms > 30) throw new Error('the first worker keeps an alarm');
          fake.control.clock.advance(Math.max(0, alarm.scheduledTime - fake.control.clock.now()));
          await Promise.race([first.queue.handleAlarm('send-queue'), first.died]);
        }
        finished = !first.dead;
        runs++;
        if (first.dead) {
          // Whatever the first one had started on the server side has ended (no slow faults here).
          const second = startWorker(fake, { store });
          await drain(fake, second, { alarmsOnly: true });
        }
        // Nothing lost: enqueue's single write comes first, whatever happens after it.
        expect((await storedQueue()).entries.map((e) => e.url).sort()).toEqual([...urls].sort());
        await expectSentOnce(fake, urls);
      }
      expect(runs).toBeGreaterThanOrEqual(5);
    });
  }
});
