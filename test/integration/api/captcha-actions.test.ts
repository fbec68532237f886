import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { captchaAction } from '../../../src/api/captcha-action.ts';
import { getFile, getTask } from '../../../src/api/endpoints/index.ts';
import { startFakePikPak, type FakePikPak } from '../../fake-pikpak/index.ts';
import { captchaInits, makeClient, memoryStore, pairFrom } from './helpers.ts';

/**
 * Captcha init is what PikPak throttles: calls on one item each (a folder's downloads) share one token instead of
 * minting one per id (pikpak-api.md §12).
 */

let fake: FakePikPak;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
});
afterAll(() => fake.close());
afterEach(() => {
  fake.control.faults.clear();
  fake.control.captcha.bindAction = false;
  fake.control.captcha.requireOnAllDriveCalls = false;
  fake.log.clear();
});

describe('captchaAction', () => {
  it.each([
    ['GET', '/drive/v1/files/VOAMocJorcA09bRr-3bEDUbYo1', 'GET:/drive/v1/files'],
    ['PATCH', '/drive/v1/files/VOAMocJorcA09bRr-3bEDUbYo1', 'PATCH:/drive/v1/files'],
    ['GET', '/drive/v1/tasks/VOAMocJorcA09bRr-3bEDUbYo1', 'GET:/drive/v1/tasks'],
    ['GET', '/drive/v1/files', 'GET:/drive/v1/files'],
    ['PATCH', '/drive/v1/files/trash:empty', 'PATCH:/drive/v1/files/trash:empty'],
    ['POST', '/drive/v1/files:batchMove', 'POST:/drive/v1/files:batchMove'],
    ['GET', '/drive/v1/share/detail', 'GET:/drive/v1/share/detail'],
    ['GET', '/drive/v1/privilege/vip', 'GET:/drive/v1/privilege/vip'],
  ] as const)('%s %s → %s', (method, path, action) => {
    expect(captchaAction(method, path)).toBe(action);
  });
});

describe('one token for many ids', () => {
  it('200 file details on different ids cost one captcha init, also when PikPak binds tokens to actions', async () => {
    fake.control.captcha.bindAction = true;
    fake.control.captcha.requireOnAllDriveCalls = true;
    const sub = fake.control.accounts.default.sub;
    const ids = Array.from(
      { length: 200 },
      (_, i) => fake.control.files.add({ userId: sub, parentId: '', name: `clip-${i}.mp4`, kind: 'drive#file' }).id,
    );
    const client = makeClient(fake, memoryStore(pairFrom(fake)));
    // Ten at a time, as a folder download would ask.
    for (let start = 0; start < ids.length; start += 10) {
      const details = await Promise.all(ids.slice(start, start + 10).map((id) => getFile(client, id)));
      expect(details.map((d) => d.id)).toEqual(ids.slice(start, start + 10));
    }
    expect(fake.log.count({ path: /^\/drive\/v1\/files\/V/, status: 200 })).toBe(200);
    // One init, where the issue allows two.
    expect(captchaInits(fake).map((i) => i.action)).toEqual(['GET:/drive/v1/files']);
  });

  it('mints again once when PikPak refuses the shared token, and the other ids go on with the new one', async () => {
    const tasks = fake.control.tasks.list().slice(0, 3);
    const client = makeClient(fake, memoryStore(pairFrom(fake)));
    await getTask(client, tasks[0]?.id ?? '');
    fake.control.faults.add({ kind: 'captcha-required', path: `/drive/v1/tasks/${tasks[1]?.id ?? ''}`, times: 1 });
    await getTask(client, tasks[1]?.id ?? '');
    await getTask(client, tasks[2]?.id ?? '');
    expect(captchaInits(fake).map((i) => i.action)).toEqual(['GET:/drive/v1/tasks', 'GET:/drive/v1/tasks']);
    const sent = fake.log
      .filter({ path: /^\/drive\/v1\/tasks\// })
      .map((e) => [e.status, e.headers['x-captcha-token']]);
    expect(sent.map(([status]) => status)).toEqual([200, 403, 200, 200]);
    expect(sent[1]?.[1]).toBe(sent[0]?.[1]);
    expect(sent[3]?.[1]).toBe(sent[2]?.[1]);
    expect(sent[2]?.[1]).not.toBe(sent[1]?.[1]);
  });
});
