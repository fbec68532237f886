import { describe, expect, it } from 'vitest';
import { FILE_BUSY_DELAYS_MS, type PikPakClient } from '../../../src/api/client.ts';
import { getAbout, getFile } from '../../../src/api/endpoints/index.ts';
import { useFakePikPak } from '../use-fake-pikpak.ts';
import { captchaInits, failure, makeClient, memoryStore, pairFrom, type TestStore } from './helpers.ts';

/** How the client handles each answer pikpak-api.md §12 lists, against the fake's faithful envelopes. */

const fake = useFakePikPak();

const refreshes = (): number => fake.log.count({ path: '/v1/auth/token' });
const statuses = (path: string | RegExp): number[] => fake.log.filter({ path }).map((e) => e.status);

/** A client whose waits are recorded instead of slept. */
function recordingClient(store: TestStore = memoryStore(pairFrom(fake))): { client: PikPakClient; waits: number[] } {
  const waits: number[] = [];
  const client = makeClient(fake, store, {
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  return { client, waits };
}

const rename = (client: PikPakClient, name: string) =>
  client.call({
    host: 'drive',
    method: 'PATCH',
    path: `/drive/v1/files/${fake.seedIds.files['notes'] ?? ''}`,
    body: { name },
    decode: () => undefined,
  });

const move = (client: PikPakClient) =>
  client.call({
    host: 'drive',
    method: 'POST',
    path: '/drive/v1/files:batchMove',
    body: { ids: [fake.seedIds.files['notes'] ?? ''], to: { parent_id: fake.seedIds.folders['documents'] ?? '' } },
    decode: () => undefined,
  });

describe('a dead access token: 16, 4121, 4122 → refresh and retry (§3.3, §12)', () => {
  it.each([16, 4121, 4122] as const)('code %i', async (code) => {
    const store = memoryStore(pairFrom(fake));
    const before = store.pair?.accessToken;
    fake.control.faults.add({ kind: 'access-token-expired', code, path: '/drive/v1/about', times: 1 });
    await expect(getAbout(makeClient(fake, store))).resolves.toBeDefined();
    expect(statuses('/drive/v1/about')).toEqual([401, 200]);
    expect(refreshes()).toBe(1);
    expect(store.pair?.accessToken).not.toBe(before);
    expect(fake.log.last({ path: '/drive/v1/about' })?.headers.authorization).toBe(`Bearer ${store.pair?.accessToken}`);
  });
});

describe('risk_limited (9, HTTP 403) → a new captcha token and one retry (§12)', () => {
  it('retries once with a new token', async () => {
    const { client } = recordingClient();
    await getAbout(client);
    fake.control.faults.add({ kind: 'risk-limited', path: '/drive/v1/about', times: 1 });
    await expect(getAbout(client)).resolves.toBeDefined();
    expect(statuses('/drive/v1/about')).toEqual([200, 403, 200]);
    const tokens = fake.log.filter({ path: '/drive/v1/about' }).map((e) => e.headers['x-captcha-token']);
    expect(tokens[2]).not.toBe(tokens[1]);
    expect(captchaInits(fake)).toHaveLength(2);
  });

  it('gives up as captcha-needed when the new token is refused too', async () => {
    fake.control.faults.add({ kind: 'risk-limited', path: '/drive/v1/about', times: 2 });
    const error = await failure(getAbout(recordingClient().client));
    expect(error).toMatchObject({ kind: 'captcha-needed', error: 'risk_limited', code: 9, status: 403 });
    expect(statuses('/drive/v1/about')).toEqual([403, 403]);
  });
});

describe('code 10 is "too frequent" in any language (§12)', () => {
  it('maps a Chinese code-10 answer to too-frequent and does not repeat it', async () => {
    fake.control.faults.add({ kind: 'too-frequent', host: 'drive', locale: 'zh_CN', times: 1 });
    const error = await failure(getAbout(recordingClient().client));
    expect(error).toMatchObject({ kind: 'too-frequent', code: 10 });
    expect(error.detail).toMatch(/频繁/);
    expect(statuses('/drive/v1/about')).toEqual([409]);
  });
});

describe('file_rename_uncompleted (9) → repeated after a moment, a bounded number of times (§12)', () => {
  it('waits and repeats until PikPak has settled the move', async () => {
    const { client, waits } = recordingClient();
    fake.control.faults.add({ kind: 'rename-uncompleted', times: 2 });
    await rename(client, 'notes (renamed).txt');
    expect(statuses(/^\/drive\/v1\/files\/V/)).toEqual([400, 400, 200]);
    expect(waits).toEqual(FILE_BUSY_DELAYS_MS.slice(0, 2));
    expect(fake.control.files.get(fake.seedIds.files['notes'] ?? '')?.name).toBe('notes (renamed).txt');
  });

  it('gives up as file-busy (retriable) after the last wait', async () => {
    const { client, waits } = recordingClient();
    fake.control.faults.add({ kind: 'rename-uncompleted' });
    const error = await failure(rename(client, 'never.txt'));
    expect(error).toMatchObject({ kind: 'file-busy', error: 'file_rename_uncompleted', code: 9, retriable: true });
    expect(waits).toEqual([...FILE_BUSY_DELAYS_MS]);
    expect(statuses(/^\/drive\/v1\/files\/V/)).toHaveLength(FILE_BUSY_DELAYS_MS.length + 1);
    // Not a captcha refusal, whatever its code: no new token was minted for it.
    expect(captchaInits(fake)).toHaveLength(1);
  });
});

describe('file refusals, each its own kind (§12)', () => {
  it('file_move_or_copy_to_cur → invalid-destination, asked once', async () => {
    fake.control.faults.add({ kind: 'move-to-current', times: 1 });
    const { client, waits } = recordingClient();
    expect(await failure(move(client))).toMatchObject({
      kind: 'invalid-destination',
      error: 'file_move_or_copy_to_cur',
      code: 9,
      retriable: false,
    });
    expect(statuses('/drive/v1/files:batchMove')).toEqual([400]);
    expect(waits).toEqual([]);
  });

  it('file_rename_to_same_name → same-name', async () => {
    fake.control.faults.add({ kind: 'rename-same-name', times: 1 });
    expect(await failure(rename(recordingClient().client, 'notes.txt'))).toMatchObject({
      kind: 'same-name',
      error: 'file_rename_to_same_name',
      code: 3,
    });
  });

  it('file_duplicated_name → name-conflict', async () => {
    // The fake refuses a rename to a taken name as PikPak does (§12.3, §12.4), with no switch needed.
    const error = await failure(
      recordingClient().client.call({
        host: 'drive',
        method: 'PATCH',
        path: `/drive/v1/files/${fake.seedIds.files['readme'] ?? ''}`,
        body: { name: 'manual.pdf' },
        decode: () => undefined,
      }),
    );
    expect(error).toMatchObject({ kind: 'name-conflict', error: 'file_duplicated_name', code: 3 });
  });

  it('file_restore_own → own-share, from the fake’s own share restore', async () => {
    const error = await failure(
      recordingClient().client.call({
        host: 'drive',
        method: 'POST',
        path: '/drive/v1/share/restore',
        body: { share_id: fake.seedIds.shares['own'] ?? '', pass_code_token: '', file_ids: [] },
        decode: () => undefined,
      }),
    );
    expect(error).toMatchObject({ kind: 'own-share', error: 'file_restore_own' });
  });
});

describe('an error envelope in a 2xx answer is that error, not a malformed response (§12)', () => {
  it('a captcha_invalid in HTTP 200 is handled like one in 403: the token is remade and the call succeeds', async () => {
    const { client } = recordingClient();
    fake.control.faults.add({
      kind: 'captcha-required',
      host: 'drive',
      path: '/drive/v1/about',
      okStatus: true,
      times: 1,
    });
    await expect(getAbout(client)).resolves.toBeDefined();
    expect(statuses('/drive/v1/about')).toEqual([200, 200]);
    expect(captchaInits(fake)).toHaveLength(2);
  });

  it('a daily limit in HTTP 200 is daily-task-limit', async () => {
    fake.control.faults.add({ kind: 'daily-task-limit', okStatus: true, times: 1 });
    const error = await failure(
      recordingClient().client.call({
        host: 'drive',
        method: 'POST',
        path: '/drive/v1/files',
        body: { kind: 'drive#file', upload_type: 'UPLOAD_TYPE_URL', url: { url: 'https://example.com/a.iso' } },
        decode: () => undefined,
      }),
    );
    expect(error).toMatchObject({ kind: 'daily-task-limit', status: 200, error: 'task_daily_create_limit' });
  });
});

describe('a refresh answer without sub keeps the known account id (§12)', () => {
  it('refreshes, saves the new pair with the old sub, and goes on', async () => {
    const withoutSub: typeof fetch = async (input, init) => {
      const response = await fake.fetch(input, init);
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname !== '/v1/auth/token' || !response.ok) return response;
      const answer = (await response.json()) as Record<string, unknown>;
      delete answer['sub'];
      return Response.json(answer);
    };
    const stale = { ...pairFrom(fake), expiresAt: 0 };
    const store = memoryStore(stale);
    await getFile(makeClient(fake, store, { fetch: withoutSub }), fake.seedIds.files['readme'] ?? '');
    expect(refreshes()).toBe(1);
    expect(store.saves).toHaveLength(1);
    expect(store.pair?.refreshToken).not.toBe(stale.refreshToken);
    expect(store.pair?.sub).toBe(stale.sub);
    // The new token's captcha was minted for the same user.
    expect(fake.log.last({ path: '/v1/shield/captcha/init' })?.body).toMatchObject({ meta: { user_id: stale.sub } });
  });
});
