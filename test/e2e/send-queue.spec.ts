import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, POPUP_VIEWPORT, startSignedInE2E, type E2E } from './fixtures.ts';

/** The send queue in the production worker: PikPak saying "slow down", and the worker stopped mid-send. */

let e2e: E2E;
beforeAll(async () => {
  e2e = await startSignedInE2E('empty');
});
afterAll(async () => e2e?.close());

let serial = 0;
const magnets = (count: number) =>
  Array.from(
    { length: count },
    () => `magnet:?xt=urn:btih:${(++serial).toString(16).padStart(40, 'c')}&dn=queue-${serial}`,
  );

const creates = (status?: number) =>
  e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/files', ...(status === undefined ? {} : { status }) });
const createdUrls = () => creates(200).map((entry) => (entry.body as { url: { url: string } }).url.url);

async function quickAdd(links: readonly string[]) {
  const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
  await popup.getByLabel('Links').fill(links.join('\n'));
  await popup.getByRole('button', { name: 'Send to PikPak' }).click();
  await popup
    .getByRole('status')
    .filter({ hasText: new RegExp(`${links.length} links queued`) })
    .waitFor();
  return popup;
}

describe('the send queue in the browser', () => {
  it('with PikPak answering 429 to the next 3 creates, every link still arrives exactly once within 60 s', async () => {
    e2e.fake.log.clear();
    e2e.fake.control.faults.add({
      kind: 'rate-limit',
      method: 'POST',
      path: '/drive/v1/files',
      times: 3,
      retryAfterSeconds: 2,
    });
    const links = magnets(5);
    const started = Date.now();
    const popup = await quickAdd(links);
    await expect.poll(() => createdUrls().sort(), { timeout: 60_000, interval: 250 }).toEqual([...links].sort());
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(60);
    expect(creates(429)).toHaveLength(3);
    // 5 accepted + 3 refused: nothing was sent twice.
    expect(creates()).toHaveLength(8);
    // The popup ends with every link marked sent.
    await expect.poll(() => popup.getByText('Sent', { exact: true }).count(), { timeout: 10_000 }).toBe(5);
    await popup.close();
  }, 90_000);

  it('two links answered 429 with Retry-After: 2 are sent again no sooner than 2 s later, once each', async () => {
    e2e.fake.log.clear();
    e2e.fake.control.faults.add({
      kind: 'rate-limit',
      method: 'POST',
      path: '/drive/v1/files',
      times: 2,
      retryAfterSeconds: 2,
    });
    const links = magnets(2);
    const popup = await quickAdd(links);
    await expect.poll(() => createdUrls().sort(), { timeout: 30_000, interval: 250 }).toEqual([...links].sort());
    const refused = creates(429);
    expect(refused.map((entry) => (entry.body as { url: { url: string } }).url.url).sort()).toEqual([...links].sort());
    // The fake's log times: every accepted create came at least 2 s after both refusals.
    const lastRefusal = Math.max(...refused.map((entry) => entry.time));
    for (const accepted of creates(200)) expect(accepted.time - lastRefusal).toBeGreaterThanOrEqual(2_000);
    // Once each: two refused, two accepted, nothing else.
    expect(creates()).toHaveLength(4);
    await popup.close();
  }, 60_000);

  it('stopping the worker right after a send, and during a create, loses nothing and creates nothing twice', async () => {
    e2e.fake.log.clear();
    // The first create takes 3 s: the worker is stopped while it is on its way.
    e2e.fake.control.faults.add({ kind: 'slow', method: 'POST', path: '/drive/v1/files', delayMs: 3_000, times: 1 });
    const links = magnets(4);
    const popup = await quickAdd(links);
    await expect
      .poll(() => e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/files' }).length + creates().length, {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    await e2e.browser.stopWorker();
    await popup.close();

    // The next worker (started by any event; here the test asks for it) sends what was waiting at once; the
    // create that was on its way when the worker stopped is looked up in PikPak's task list once its lease
    // (90 s) is over, and taken from there rather than created again.
    await e2e.browser.worker();
    await expect.poll(() => createdUrls().sort(), { timeout: 30_000, interval: 250 }).toEqual([...links].sort());
    const worker = await e2e.browser.worker();
    await expect
      .poll(
        () =>
          worker.evaluate(async (urls) => {
            // The queue's layout: an index of ids, one key per entry (src/shared/send-queue-storage.ts).
            const { ids } = (await chrome.storage.local.get('sendQueue')).sendQueue as { ids: string[] };
            const entries = await chrome.storage.local.get(ids.map((id) => `sendQueue:${id}`));
            return Object.values(entries as Record<string, { url: string; state: string }>)
              .filter((entry) => urls.includes(entry.url))
              .map((entry) => entry.state);
          }, links),
        { timeout: 120_000, interval: 1_000 },
      )
      .toEqual(['done', 'done', 'done', 'done']);
    // Let a late answer or a second look settle, then check again: still once each.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    const urls = createdUrls();
    expect(urls).toHaveLength(new Set(urls).size);
    expect(new Set(urls)).toEqual(new Set(links));
  }, 180_000);
});
