import { describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE_MS,
  CAPTCHA_RECHECK_MS,
  DAILY_LIMIT_HOLD_MS,
  MIN_RETRY_DELAY_MS,
} from '../../../../src/background/send-queue/policy.ts';
import { readSendQueue } from '../../../../src/shared/send-queue-storage.ts';
import { SEND_QUEUE_ALARM } from '../../../../src/background/send-queue/queue.ts';
import { useFakePikPak } from '../../use-fake-pikpak.ts';
import { memoryStore, pairFrom, until } from '../../api/helpers.ts';
import {
  creates,
  drain,
  expectSentOnce,
  fireAlarm,
  queueAlarm,
  startWorker,
  storedQueue,
  tasksFor,
  uniqueMagnet,
} from './harness.ts';

/**
 * The send queue against the fake PikPak with a real API client; extension storage and alarms are
 * @webext-core/fake-browser. Time is the fake's clock: the queue reads it, alarms are delivered by moving it.
 */
import { fakeBrowser } from '@webext-core/fake-browser';

const fake = useFakePikPak();

const signedIn = () => memoryStore(pairFrom(fake));
const MY_PACK = { kind: 'my-pack' } as const;

describe('sending', () => {
  it('four links: exactly four creates with the §5 body for My Pack and for a folder, all done, no alarm left', async () => {
    const worker = startWorker(fake, { store: signedIn() });
    const movies = fake.seedIds.folders['movies'] ?? '';
    const [a, b, c, d] = [uniqueMagnet(), uniqueMagnet(), uniqueMagnet(), uniqueMagnet()] as [
      string,
      string,
      string,
      string,
    ];

    const first = await worker.queue.enqueue([{ url: ` ${a} `, displayName: 'Film A' }, { url: b }], MY_PACK);
    const second = await worker.queue.enqueue([{ url: c }, { url: d }], { kind: 'folder', id: movies, name: 'Movies' });
    expect(first.added.map((e) => e.url)).toEqual([a, b]);
    expect(second.added.map((e) => e.url)).toEqual([c, d]);
    await worker.queue.processQueue();

    expect(creates(fake)).toHaveLength(4);
    for (const url of [a, b]) {
      expect(creates(fake, url)[0]?.body).toEqual({
        kind: 'drive#file',
        upload_type: 'UPLOAD_TYPE_URL',
        url: { url },
        folder_type: 'DOWNLOAD',
      });
    }
    for (const url of [c, d]) {
      expect(creates(fake, url)[0]?.body).toEqual({
        kind: 'drive#file',
        upload_type: 'UPLOAD_TYPE_URL',
        url: { url },
        parent_id: movies,
        folder_type: '',
      });
      expect(fake.state.files.get(tasksFor(fake, url)[0]?.fileId ?? '')?.parentId).toBe(movies);
    }
    await expectSentOnce(fake, [a, b, c, d]);
    const stored = await readSendQueue();
    expect(stored.entries.find((e) => e.url === a)).toMatchObject({
      displayName: 'Film A',
      attempts: 1,
      destination: MY_PACK,
      taskName: decodeURIComponent(a.split('dn=')[1] ?? ''),
    });
    expect(worker.sent.map((e) => e.url).sort()).toEqual([a, b, c, d].sort());
    expect(await queueAlarm()).toBeUndefined();
  });

  it('does not queue a key twice while it waits, and accepts it again once sent', async () => {
    const worker = startWorker(fake, { store: signedIn() });
    const url = uniqueMagnet();
    const first = await worker.queue.enqueue([{ url, key: 'k1' }, { url, key: 'k1' }, { url: '   ' }], MY_PACK);
    const again = await worker.queue.enqueue([{ url, key: 'k1' }], MY_PACK);
    expect(first.added).toHaveLength(1);
    expect(first.alreadyQueued.map((e) => e.id)).toEqual([first.added[0]?.id]);
    expect(first.rejected).toEqual([{ url: '   ' }]);
    expect(again).toMatchObject({ added: [], alreadyQueued: [{ id: first.added[0]?.id }] });
    await worker.queue.processQueue();
    expect(creates(fake, url)).toHaveLength(1);

    const later = await worker.queue.enqueue([{ url, key: 'k1' }], MY_PACK);
    expect(later.added).toHaveLength(1);
  });

  it('stores the links before any request, in one write', async () => {
    const writes: Record<string, unknown>[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => {
      writes.push(Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.newValue])));
    });
    const worker = startWorker(fake, { store: signedIn() });
    const urls = [uniqueMagnet(), uniqueMagnet(), uniqueMagnet()];
    const logBefore = fake.log.entries.length;
    await worker.queue.enqueue(
      urls.map((url) => ({ url })),
      MY_PACK,
    );
    // One `set`: the index (the order) and one key per entry.
    const first = writes[0] ?? {};
    const ids = (first['sendQueue'] as { ids: string[] }).ids;
    expect(ids.map((id) => first[`sendQueue:${id}`])).toMatchObject(
      urls.map((url) => ({ url, state: 'pending', attempts: 0 })),
    );
    expect(fake.log.entries.slice(logBefore).filter((e) => e.path === '/drive/v1/files')).toHaveLength(0);
    await worker.queue.processQueue();
    await expectSentOnce(fake, urls);
  });
});

describe('retries', () => {
  it('a 429 storm: nobody goes before Retry-After, then all are sent, none twice', async () => {
    const worker = startWorker(fake, { store: signedIn() });
    fake.control.faults.add({
      kind: 'rate-limit',
      method: 'POST',
      path: '/drive/v1/files',
      retryAfterSeconds: 120,
      times: 5,
    });
    const urls = [uniqueMagnet(), uniqueMagnet(), uniqueMagnet(), uniqueMagnet()];
    const start = fake.control.clock.now();
    await worker.queue.enqueue(
      urls.map((url) => ({ url })),
      MY_PACK,
    );
    await worker.queue.processQueue();

    // Three in flight got 429; the fourth was held back too.
    expect(creates(fake).map((e) => e.status)).toEqual([429, 429, 429]);
    const { entries } = await storedQueue();
    expect(entries.every((e) => e.state === 'pending' && (e.nextAttemptAt ?? 0) >= start + 120_000)).toBe(true);
    expect(entries.filter((e) => e.lastError?.kind === 'rate-limited')).toHaveLength(3);
    expect((await queueAlarm())?.scheduledTime).toBeGreaterThanOrEqual(start + 120_000);

    // An early wake-up sends nothing.
    fake.control.clock.advance(60_000);
    await worker.queue.handleAlarm(SEND_QUEUE_ALARM);
    expect(creates(fake)).toHaveLength(3);

    await drain(fake, worker);
    await expectSentOnce(fake, urls);
    for (const url of urls) {
      const times = creates(fake, url).map((e) => e.time);
      for (let i = 1; i < times.length; i++)
        expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(120_000);
    }
    expect(creates(fake).filter((e) => e.status === 429)).toHaveLength(5);
  });

  it('5xx and dropped connections: retried with back-off, looked up before creating again, none lost, none twice', async () => {
    const worker = startWorker(fake, { store: signedIn() });
    fake.control.faults.add({ kind: 'server-error', status: 502, method: 'POST', path: '/drive/v1/files', times: 2 });
    fake.control.faults.add({ kind: 'network-drop', method: 'POST', path: '/drive/v1/files', times: 2 });
    fake.control.faults.add({ kind: 'server-error', method: 'GET', path: '/drive/v1/tasks', times: 1 });
    const urls = [uniqueMagnet(), uniqueMagnet(), uniqueMagnet(), uniqueMagnet()];
    await worker.queue.enqueue(
      urls.map((url) => ({ url })),
      MY_PACK,
    );
    await worker.queue.processQueue();
    const afterFirst = (await storedQueue()).entries;
    expect(
      afterFirst.filter((e) => e.state === 'pending' && e.unsureSince !== undefined).length,
    ).toBeGreaterThanOrEqual(3);
    for (const e of afterFirst.filter((x) => x.state === 'pending')) {
      expect((e.nextAttemptAt ?? 0) - (e.lastAttemptAt ?? 0)).toBeGreaterThanOrEqual(MIN_RETRY_DELAY_MS);
      expect((e.nextAttemptAt ?? 0) - (e.lastAttemptAt ?? 0)).toBeLessThanOrEqual(2 * BACKOFF_BASE_MS);
    }

    await drain(fake, worker);
    await expectSentOnce(fake, urls);
    expect(creates(fake).filter((e) => e.status !== 200)).toHaveLength(4);
    // Every unanswered create was followed by a look at the task list before the next create.
    expect(fake.log.filter({ method: 'GET', path: '/drive/v1/tasks' }).length).toBeGreaterThanOrEqual(4);
    expect((await storedQueue()).entries.every((e) => e.lastError === undefined && e.unsureSince === undefined)).toBe(
      true,
    );
  });

  it('a create PikPak performed but whose answer was lost (timeout, garbled 200) is found in the task list, not created again', async () => {
    const worker = startWorker(fake, { store: signedIn(), timeoutMs: 150 });
    const [slow, garbled] = [uniqueMagnet(), uniqueMagnet()];
    fake.control.faults.add({ kind: 'slow', method: 'POST', path: '/drive/v1/files', delayMs: 400, times: 1 });
    await worker.queue.enqueue([{ url: slow }], MY_PACK);
    await worker.queue.processQueue();
    expect((await storedQueue()).entries[0]).toMatchObject({
      state: 'pending',
      lastError: { kind: 'timeout' },
      attempts: 1,
    });
    await until(() => tasksFor(fake, slow).length === 1);

    fake.control.faults.add({ kind: 'malformed-json', method: 'POST', path: '/drive/v1/files', times: 1 });
    await worker.queue.enqueue([{ url: garbled }], MY_PACK);
    await worker.queue.processQueue();
    expect((await storedQueue()).entries.find((e) => e.url === garbled)).toMatchObject({
      state: 'pending',
      lastError: { kind: 'malformed-response' },
    });

    await drain(fake, worker);
    expect(creates(fake, slow)).toHaveLength(1);
    expect(creates(fake, garbled)).toHaveLength(1);
    const { entries } = await storedQueue();
    for (const url of [slow, garbled]) {
      const task = tasksFor(fake, url);
      expect(task).toHaveLength(1);
      expect(entries.find((e) => e.url === url)).toMatchObject({
        state: 'done',
        recovered: true,
        taskId: task[0]?.id,
        fileId: task[0]?.fileId,
      });
    }
  });
});

describe('holds', () => {
  it('signed out: held without a request, new links join the hold, resumeHeld sends them all', async () => {
    const store = memoryStore();
    const worker = startWorker(fake, { store });
    const urls = [uniqueMagnet(), uniqueMagnet()];
    await worker.queue.enqueue(
      urls.map((url) => ({ url })),
      MY_PACK,
    );
    await worker.queue.processQueue();
    const third = uniqueMagnet();
    await worker.queue.enqueue([{ url: third }], MY_PACK);
    await worker.queue.processQueue();

    const { entries } = await storedQueue();
    expect(entries.map((e) => [e.state, e.heldReason, e.nextAttemptAt])).toEqual([
      ['held', 'session', undefined],
      ['held', 'session', undefined],
      ['held', 'session', undefined],
    ]);
    expect(entries[0]?.lastError?.kind).toBe('signed-out');
    expect(creates(fake)).toHaveLength(0);
    expect(worker.held).toEqual(['session']);
    // Nothing can move without a session: no alarm, no requests.
    expect(await queueAlarm()).toBeUndefined();

    store.pair = pairFrom(fake);
    expect(await worker.queue.resumeHeld('session')).toBe(3);
    await worker.queue.processQueue();
    await expectSentOnce(fake, [...urls, third]);
  });

  it('a link queued once a session exists again lifts the session hold', async () => {
    const store = memoryStore();
    let session = false;
    const worker = startWorker(fake, { store, isSignedIn: () => Promise.resolve(session) });
    const url = uniqueMagnet();
    await worker.queue.enqueue([{ url }], MY_PACK);
    await worker.queue.processQueue();
    expect((await storedQueue()).entries[0]).toMatchObject({ state: 'held', heldReason: 'session' });

    store.pair = pairFrom(fake);
    session = true;
    const next = uniqueMagnet();
    await worker.queue.enqueue([{ url: next }], MY_PACK);
    await worker.queue.processQueue();
    await expectSentOnce(fake, [url, next]);
  });

  it('captcha: held (re-checked after 30 min), resumeHeld("captcha") sends them', async () => {
    const worker = startWorker(fake, { store: signedIn() });
    fake.control.faults.add({ kind: 'captcha-required', method: 'POST', path: '/drive/v1/files' });
    const urls = [uniqueMagnet(), uniqueMagnet(), uniqueMagnet(), uniqueMagnet()];
    const start = fake.control.clock.now();
    await worker.queue.enqueue(
      urls.map((url) => ({ url })),
      MY_PACK,
    );
    await worker.queue.processQueue();
    const { entries } = await storedQueue();
    const end = fake.control.clock.now();
    expect(entries.map((e) => [e.state, e.heldReason])).toEqual(urls.map(() => ['held', 'captcha']));
    for (const e of entries)
      expect(e.nextAttemptAt).toSatisfy(
        (t: number) => t >= start + CAPTCHA_RECHECK_MS && t <= end + CAPTCHA_RECHECK_MS,
      );
    const recheck = Math.min(...entries.map((e) => e.nextAttemptAt ?? 0));
    expect(entries.filter((e) => e.lastError?.kind === 'captcha-needed').length).toBeGreaterThanOrEqual(1);
    expect(worker.held).toEqual(['captcha']);
    expect((await queueAlarm())?.scheduledTime).toBe(recheck);
    const refused = creates(fake).length;
    expect(refused).toBeLessThanOrEqual(6); // at most 3 in flight, each tried twice by the client

    fake.control.faults.clear();
    expect(await worker.queue.resumeHeld('captcha')).toBe(4);
    await worker.queue.processQueue();
    await expectSentOnce(fake, urls);
    expect(creates(fake)).toHaveLength(refused + 4);
    expect(await queueAlarm()).toBeUndefined();
  });

  it('daily task limit: everything held, onDailyLimit once for the whole hold, sent once the limit is gone', async () => {
    const worker = startWorker(fake, { store: signedIn() });
    fake.control.faults.add({ kind: 'daily-task-limit' });
    const urls = [uniqueMagnet(), uniqueMagnet(), uniqueMagnet(), uniqueMagnet(), uniqueMagnet()];
    const start = fake.control.clock.now();
    await worker.queue.enqueue(
      urls.map((url) => ({ url })),
      MY_PACK,
    );
    await worker.queue.processQueue();

    let state = await storedQueue();
    const end = fake.control.clock.now();
    expect(state.dailyLimitSince).toSatisfy((t: number) => t >= start && t <= end);
    expect(state.entries.map((e) => [e.state, e.heldReason])).toEqual(urls.map(() => ['held', 'daily-limit']));
    for (const e of state.entries)
      expect(e.nextAttemptAt).toSatisfy(
        (t: number) => t >= start + DAILY_LIMIT_HOLD_MS && t <= end + DAILY_LIMIT_HOLD_MS,
      );
    expect(creates(fake)).toHaveLength(3);
    expect(worker.dailyLimits).toBe(1);

    // A link queued meanwhile joins the hold without a request.
    const late = uniqueMagnet();
    await worker.queue.enqueue([{ url: late }], MY_PACK);
    expect((await storedQueue()).entries.find((e) => e.url === late)).toMatchObject({
      state: 'held',
      heldReason: 'daily-limit',
    });
    expect(creates(fake)).toHaveLength(3);

    // An hour later PikPak still refuses: held again, no second notification.
    await fireAlarm(fake, worker);
    expect(creates(fake)).toHaveLength(6);
    state = await storedQueue();
    expect(state.entries.every((e) => e.state === 'held' && e.heldReason === 'daily-limit')).toBe(true);
    expect(worker.dailyLimits).toBe(1);

    fake.control.faults.clear();
    await fireAlarm(fake, worker);
    await drain(fake, worker);
    await expectSentOnce(fake, [...urls, late]);
    expect(worker.dailyLimits).toBe(1);
    expect((await storedQueue()).dailyLimitSince).toBeUndefined();
  });
});

describe('permanent failures', () => {
  it('storage full: failed with the reason, kept without an alarm; retryEntry and retryAllFailed send them once the fault is gone', async () => {
    const worker = startWorker(fake, { store: signedIn() });
    fake.control.faults.add({ kind: 'storage-full' });
    const [a, b, c] = [uniqueMagnet(), uniqueMagnet(), uniqueMagnet()];
    await worker.queue.enqueue([{ url: a }, { url: b }, { url: c }], MY_PACK);
    await worker.queue.processQueue();

    const { entries } = await storedQueue();
    expect(entries.map((e) => e.state)).toEqual(['failed', 'failed', 'failed']);
    expect(entries[0]?.lastError).toMatchObject({ kind: 'storage-full' });
    expect(entries[0]?.lastError?.detail).toBeTruthy();
    expect(entries[0]?.nextAttemptAt).toBeUndefined();
    expect(worker.failed.map((e) => e.url).sort()).toEqual([a, b, c].sort());
    expect(await queueAlarm()).toBeUndefined();

    // Still full: failed again.
    const idA = entries.find((e) => e.url === a)?.id ?? '';
    expect(await worker.queue.retryEntry(idA)).toBe(true);
    await worker.queue.processQueue();
    expect((await storedQueue()).entries.find((e) => e.id === idA)?.state).toBe('failed');

    fake.control.faults.clear();
    expect(await worker.queue.retryEntry(idA)).toBe(true);
    await worker.queue.processQueue();
    expect((await storedQueue()).entries.find((e) => e.id === idA)).toMatchObject({ state: 'done', attempts: 1 });

    const idC = entries.find((e) => e.url === c)?.id ?? '';
    expect(await worker.queue.dismissEntry(idC)).toBe(true);
    expect(await worker.queue.retryAllFailed()).toBe(1);
    await worker.queue.processQueue();
    await expectSentOnce(fake, [a, b]);
    expect(creates(fake, c).filter((e) => e.status === 200)).toHaveLength(0);
    expect((await storedQueue()).entries.map((e) => e.url).sort()).toEqual([a, b].sort());
  });

  it('a link PikPak refuses as invalid fails without retries', async () => {
    const worker = startWorker(fake, { store: signedIn() });
    await worker.queue.enqueue([{ url: 'magnet:?xt=urn:btih:nothex' }], MY_PACK);
    await worker.queue.processQueue();
    expect((await storedQueue()).entries[0]).toMatchObject({
      state: 'failed',
      attempts: 1,
      lastError: { kind: 'bad-request' },
    });
    expect(creates(fake)).toHaveLength(1);
    expect(await queueAlarm()).toBeUndefined();
  });
});
