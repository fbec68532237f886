import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PikPakClient } from '../../../src/api/client.ts';
import {
  createFolder,
  createOfflineTask,
  getAbout,
  getFile,
  getTask,
  listFiles,
  signInWithPassword,
} from '../../../src/api/endpoints/index.ts';
import type { ErrorKind } from '../../../src/shared/errors.ts';
import { startFakePikPak, type FakePikPak } from '../../fake-pikpak/index.ts';
import { failure, makeClient, memoryStore, pairFrom } from './helpers.ts';

/** Every error kind the fake can produce, through real flows and its faults (pikpak-api.md §3.6, §9). */

let fake: FakePikPak;
let client: PikPakClient;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
});
afterAll(() => fake.close());
afterEach(() => {
  fake.control.faults.clear();
  fake.control.captcha.mode = 'auto';
  fake.log.clear();
});

const fresh = (options: Parameters<typeof makeClient>[2] = {}): PikPakClient =>
  makeClient(fake, memoryStore(pairFrom(fake)), options);
const share = (shareId: string, passCode = '') =>
  client.call({
    host: 'drive',
    method: 'GET',
    path: '/drive/v1/share',
    query: { share_id: shareId, pass_code: passCode, limit: 100 },
    decode: (raw) => raw,
  });

beforeAll(() => {
  client = fresh();
});

describe('error kinds from the fake', () => {
  it('signed-out: no session', async () => {
    expect((await failure(getAbout(makeClient(fake, memoryStore())))).kind).toBe<ErrorKind>('signed-out');
  });

  it('bad-credentials: a wrong password', async () => {
    const error = await failure(signInWithPassword(client, { username: 'tester@example.com', password: 'wrong' }));
    expect(error).toMatchObject({
      kind: 'bad-credentials',
      error: 'invalid_account_or_password',
      endpoint: 'POST /v1/auth/signin',
    });
  });

  it('region-blocked: 4126 AccessProhibited at sign-in', async () => {
    fake.control.faults.add({ kind: 'region-blocked', host: 'user' });
    const error = await failure(
      signInWithPassword(client, { username: 'tester@example.com', password: 'correct-horse' }),
    );
    expect(error).toMatchObject({ kind: 'region-blocked', code: 4126, error: 'invalid_grant' });
  });

  it('region-blocked: share_status PROHIBITED on HTTP 200', async () => {
    fake.control.faults.add({ kind: 'region-blocked', host: 'drive' });
    const error = await failure(share(fake.seedIds.shares['open'] ?? ''));
    expect(error).toMatchObject({ kind: 'region-blocked', status: 200, error: 'PROHIBITED' });
  });

  it('share-pass-code and share-unavailable: share_status failures', async () => {
    expect((await failure(share(fake.seedIds.shares['withPassCode'] ?? ''))).kind).toBe('share-pass-code');
    expect((await failure(share(fake.seedIds.shares['withPassCode'] ?? '', 'nope'))).error).toBe('PASS_CODE_ERROR');
    expect((await failure(share(fake.seedIds.shares['expired'] ?? ''))).kind).toBe('share-unavailable');
    // A share PikPak does not know (NOT_FOUND) is one that is gone: the share's kind, not a missing file of the user's.
    expect((await failure(share('no-such-share'))).kind).toBe('share-unavailable');
    await expect(share(fake.seedIds.shares['withPassCode'] ?? '', '8x2k')).resolves.toMatchObject({
      share_status: 'OK',
    });
  });

  it('human-check: the puzzle URL from captcha init at sign-in', async () => {
    fake.control.captcha.mode = 'human-check';
    const error = await failure(
      signInWithPassword(client, { username: 'tester@example.com', password: 'correct-horse' }),
    );
    expect(error.kind).toBe('human-check');
    expect(error.humanCheckUrl).toMatch(/^https:\/\/user\.mypikpak\.com\/captcha\/v2\/spritePuzzle\.html\?/);
  });

  it('captcha-needed: captcha_invalid twice in a row', async () => {
    fake.control.faults.add({ kind: 'captcha-required', host: 'drive', times: 2 });
    expect((await failure(getAbout(client))).kind).toBe('captcha-needed');
  });

  it('too-frequent: on the drive host (aborted) and as captcha_invalid 4002 on the user host', async () => {
    fake.control.faults.add({ kind: 'too-frequent', host: 'drive', times: 1 });
    expect(await failure(getAbout(client))).toMatchObject({ kind: 'too-frequent', error: 'aborted' });
    fake.control.faults.add({ kind: 'too-frequent', path: '/v1/auth/signin', times: 1 });
    expect(
      await failure(signInWithPassword(client, { username: 'tester@example.com', password: 'correct-horse' })),
    ).toMatchObject({
      kind: 'too-frequent',
      error: 'captcha_invalid',
      code: 4002,
    });
  });

  it('rate-limited: 429 with Retry-After', async () => {
    fake.control.faults.add({ kind: 'rate-limit', host: 'drive', retryAfterSeconds: 7, times: 1 });
    const error = await failure(getAbout(client));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 7000, retriable: true });
  });

  it('daily-task-limit and storage-full: offline task creation', async () => {
    fake.control.faults.add({ kind: 'daily-task-limit', times: 1 });
    expect((await failure(createOfflineTask(client, { url: 'https://example.com/a.iso' }))).kind).toBe(
      'daily-task-limit',
    );
    fake.control.faults.add({ kind: 'storage-full', times: 1 });
    expect((await failure(createOfflineTask(client, { url: 'https://example.com/a.iso' }))).kind).toBe('storage-full');
  });

  it('not-found: a file or task that does not exist', async () => {
    expect(await failure(getFile(client, 'VNoSuchFile000000000000000'))).toMatchObject({
      kind: 'not-found',
      status: 404,
    });
    expect((await failure(getTask(client, 'VNoSuchTask000000000000000'))).kind).toBe('not-found');
    expect((await failure(listFiles(client, { parentId: 'VNoSuchFolder0000000000000' }))).kind).toBe('not-found');
  });

  it('name-conflict: file_duplicated_name on rename', async () => {
    const readme = fake.seedIds.files['readme'] ?? '';
    const error = await failure(
      client.call({
        host: 'drive',
        method: 'PATCH',
        path: `/drive/v1/files/${readme}`,
        body: { name: 'manual.pdf' },
        decode: () => undefined,
      }),
    );
    expect(error).toMatchObject({ kind: 'name-conflict', error: 'file_duplicated_name', code: 3 });
  });

  it('bad-request: invalid_argument', async () => {
    const error = await failure(createOfflineTask(client, { url: 'not a link' }));
    expect(error).toMatchObject({
      kind: 'bad-request',
      error: 'invalid_argument',
      detail: expect.stringContaining('url') as unknown,
    });
    expect((await failure(createFolder(client, '', '   '))).kind).toBe('bad-request');
  });

  it('network: the connection drops', async () => {
    fake.control.faults.add({ kind: 'network-drop', host: 'drive', times: 1 });
    const error = await failure(getAbout(client));
    expect(error).toMatchObject({ kind: 'network', retriable: true, status: undefined });
  });

  it('timeout: a slow answer and a short deadline', async () => {
    fake.control.faults.add({ kind: 'slow', host: 'drive', delayMs: 300, times: 1 });
    const started = Date.now();
    const error = await failure(getAbout(fresh({ timeoutMs: 80 })));
    expect(error).toMatchObject({ kind: 'timeout', retriable: true });
    expect(Date.now() - started).toBeLessThan(290);
  });

  it('server: 500 envelope and 502 gateway page', async () => {
    fake.control.faults.add({ kind: 'server-error', host: 'drive', times: 1 });
    expect(await failure(getAbout(client))).toMatchObject({ kind: 'server', status: 500, retriable: true });
    fake.control.faults.add({ kind: 'server-error', host: 'drive', status: 502, times: 1 });
    expect(await failure(getAbout(client))).toMatchObject({ kind: 'server', status: 502, error: undefined });
  });

  it('malformed-response: a cut JSON body, and JSON of the wrong shape', async () => {
    fake.control.faults.add({ kind: 'malformed-json', host: 'drive', path: '/drive/v1/about', times: 1 });
    expect(await failure(getAbout(client))).toMatchObject({
      kind: 'malformed-response',
      detail: 'the body is not JSON',
    });

    const wrongShape: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return url.pathname === '/drive/v1/files' ? Response.json({ files: 'nope' }) : fake.fetch(input, init);
    };
    const error = await failure(listFiles(fresh({ fetch: wrongShape })));
    expect(error).toMatchObject({ kind: 'malformed-response', status: 200, detail: '$.files: expected an array' });
  });
});
