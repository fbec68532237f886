import { describe, expect, it } from 'vitest';
import { getAbout, getMe } from '../../../src/api/endpoints/index.ts';
import { useFakePikPak } from '../use-fake-pikpak.ts';
import { failure, makeClient, memoryStore, pairFrom, until } from './helpers.ts';

/** Access-token refresh: single flight, save-before-use, worker stops mid-refresh (pikpak-api.md §3.2, §9.1). */

const fake = useFakePikPak();

const refreshes = (): number => fake.log.count({ host: 'user', method: 'POST', path: '/v1/auth/token' });

describe('single-flight refresh', () => {
  it('50 concurrent calls with a server-expired access token cause exactly one refresh, and all succeed', async () => {
    const store = memoryStore(pairFrom(fake));
    const client = makeClient(fake, store);
    fake.control.expireAccessTokens();
    const results = await Promise.all(Array.from({ length: 50 }, () => getAbout(client)));
    expect(results).toHaveLength(50);
    for (const about of results) expect(about.storage.used.exact).toMatch(/^\d+$/);
    expect(refreshes()).toBe(1);
    expect(fake.log.count({ path: '/drive/v1/about', status: 401 })).toBe(50);
    expect(fake.log.count({ path: '/drive/v1/about', status: 200 })).toBe(50);
    // One captcha init for the one action, shared by all 50.
    expect(fake.log.count({ path: '/v1/shield/captcha/init' })).toBe(1);
    expect(store.saves).toHaveLength(1);
  });

  it('50 concurrent calls with a locally expired token refresh once, before sending anything', async () => {
    const stale = { ...pairFrom(fake), expiresAt: fake.control.clock.now() + 30_000 };
    const store = memoryStore(stale);
    const client = makeClient(fake, store);
    await Promise.all(Array.from({ length: 50 }, () => getMe(client)));
    expect(refreshes()).toBe(1);
    expect(fake.log.count({ path: '/v1/user/me', status: 401 })).toBe(0);
    expect(store.pair?.refreshToken).not.toBe(stale.refreshToken);
    // The new refresh token is the only valid one now; the old one was spent (rotation).
    const rotated = await fake.fetch('https://user.mypikpak.com/v1/auth/token', {
      method: 'POST',
      body: JSON.stringify({
        client_id: 'YUMx5nI8ZU8Ap8pm',
        grant_type: 'refresh_token',
        refresh_token: stale.refreshToken,
      }),
    });
    expect(rotated.status).toBe(400);
  });

  it('sends the refresh as the web client does: JSON, web client id, no secret, no captcha (§3.2)', async () => {
    const store = memoryStore({ ...pairFrom(fake), expiresAt: 0 });
    await getMe(makeClient(fake, store));
    const entry = fake.log.last({ path: '/v1/auth/token' });
    expect(entry?.body).toEqual({
      client_id: 'YUMx5nI8ZU8Ap8pm',
      grant_type: 'refresh_token',
      refresh_token: expect.stringMatching(/^os\./) as unknown,
    });
    expect(entry?.headers['content-type']).toBe('application/json');
    expect(entry?.headers['x-captcha-token']).toBeUndefined();
  });

  it('saves the rotated pair before the retried call goes out', async () => {
    const store = memoryStore(pairFrom(fake));
    const client = makeClient(fake, store);
    let logLengthWhenSaved = -1;
    store.onSave = async () => {
      // A slow storage write: nothing may use the new pair until it is done.
      await new Promise((resolve) => setTimeout(resolve, 50));
      logLengthWhenSaved = fake.log.entries.length;
    };
    fake.control.expireAccessTokens();
    await Promise.all([getAbout(client), getAbout(client), getMe(client)]);
    const fresh = store.pair?.accessToken ?? '';
    const usedNew = fake.log.entries.filter((e) => e.headers.authorization === `Bearer ${fresh}`);
    expect(usedNew).toHaveLength(3);
    expect(logLengthWhenSaved).toBeGreaterThan(0);
    for (const entry of usedNew) expect(entry.seq).toBeGreaterThan(logLengthWhenSaved);
  });

  it('tells the worker about the new pair after saving it', async () => {
    const store = memoryStore({ ...pairFrom(fake), expiresAt: 0 });
    const events: string[] = [];
    store.onSave = () => {
      events.push('save');
    };
    const client = makeClient(fake, store, {
      hooks: {
        onTokensChanged: (t) => void events.push(`changed:${t.refreshToken === store.saves.at(-1)?.refreshToken}`),
      },
    });
    await getMe(client);
    expect(events).toEqual(['save', 'changed:true']);
  });

  it('uses a newer pair from beforeRefresh instead of spending the refresh token', async () => {
    const store = memoryStore({ ...pairFrom(fake), expiresAt: 0 });
    const fromWebApp = pairFrom(fake);
    const client = makeClient(fake, store, { hooks: { beforeRefresh: () => Promise.resolve(fromWebApp) } });
    await getMe(client);
    expect(refreshes()).toBe(0);
    expect(store.pair).toEqual(fromWebApp);
    expect(fake.log.last({ path: '/v1/user/me' })?.headers.authorization).toBe(`Bearer ${fromWebApp.accessToken}`);
  });

  it('without a session, calls fail as signed-out and nothing is sent', async () => {
    const error = await failure(getAbout(makeClient(fake, memoryStore())));
    expect(error.kind).toBe('signed-out');
    expect(fake.log.entries).toHaveLength(0);
  });
});

describe('a worker stopped in the middle of a refresh', () => {
  it('the request never reached PikPak: a new client on the same store refreshes with the old token', async () => {
    const store = memoryStore({ ...pairFrom(fake), expiresAt: 0 });
    fake.control.faults.add({ kind: 'network-drop', path: '/v1/auth/token', times: 1 });
    const a = makeClient(fake, store);
    expect((await failure(getMe(a))).kind).toBe('network');
    expect(store.saves).toHaveLength(0);

    const b = makeClient(fake, store);
    const me = await getMe(b);
    expect(me.sub).toBe(fake.control.accounts.default.sub);
    expect(store.saves).toHaveLength(1);
  });

  it('PikPak rotated but the answer was lost: B gets 4126, recovers a pair through onRefreshRejected', async () => {
    const original = { ...pairFrom(fake), expiresAt: 0 };
    const store = memoryStore(original);
    fake.control.faults.add({ kind: 'slow', path: '/v1/auth/token', delayMs: 300, times: 1 });
    const a = makeClient(fake, store, { timeoutMs: 100 });
    expect((await failure(getMe(a))).kind).toBe('timeout');
    // The server finishes the abandoned refresh after the client gave up: the stored refresh token is now dead.
    await until(() => fake.log.last({ path: '/v1/auth/token' })?.status === 200);
    expect(store.pair).toEqual(original);

    const recovered = pairFrom(fake); // e.g. read from an open mypikpak.com tab
    const rejectedSeen: string[] = [];
    const changed: string[] = [];
    const b = makeClient(fake, store, {
      hooks: {
        onRefreshRejected: (rejected) => {
          rejectedSeen.push(rejected.refreshToken);
          return Promise.resolve(recovered);
        },
        onTokensChanged: (tokens) => void changed.push(tokens.accessToken),
      },
    });
    await expect(getMe(b)).resolves.toMatchObject({ sub: original.sub });
    expect(fake.log.last({ path: '/v1/auth/token' })?.status).toBe(400);
    expect(rejectedSeen).toEqual([original.refreshToken]);
    expect(store.pair).toEqual(recovered);
    expect(changed).toEqual([recovered.accessToken]);
    expect(fake.log.last({ path: '/v1/user/me' })?.headers.authorization).toBe(`Bearer ${recovered.accessToken}`);
  });

  it('PikPak rotated but the answer was lost, and nothing can be recovered: signed-out and the store is cleared', async () => {
    const store = memoryStore({ ...pairFrom(fake), expiresAt: 0 });
    fake.control.faults.add({ kind: 'slow', path: '/v1/auth/token', delayMs: 300, times: 1 });
    expect((await failure(getMe(makeClient(fake, store, { timeoutMs: 100 })))).kind).toBe('timeout');
    await until(() => fake.log.last({ path: '/v1/auth/token' })?.status === 200);

    const b = makeClient(fake, store, { hooks: { onRefreshRejected: () => Promise.resolve(undefined) } });
    const error = await failure(getMe(b));
    expect(error).toMatchObject({
      kind: 'signed-out',
      status: 400,
      error: 'invalid_grant',
      code: 4126,
      endpoint: 'POST /v1/auth/token',
    });
    expect(error.detail).not.toMatch(/os\.[A-Za-z0-9_-]{8}/);
    expect(store.pair).toBeUndefined();
    expect(store.clears).toBe(1);
  });

  it('a recovered pair whose access token is stale is refreshed once more', async () => {
    const store = memoryStore({ ...pairFrom(fake), expiresAt: 0 });
    // Burn the stored refresh token the way another refresher would.
    await makeClient(fake, memoryStore(store.pair)).exchangeRefreshToken(store.pair?.refreshToken ?? '');
    const recovered = { ...pairFrom(fake), expiresAt: 0 };
    const client = makeClient(fake, store, { hooks: { onRefreshRejected: () => Promise.resolve(recovered) } });
    fake.log.clear();
    await getMe(client);
    expect(fake.log.filter({ path: '/v1/auth/token' }).map((e) => e.status)).toEqual([400, 200]);
    expect(store.pair?.refreshToken).not.toBe(recovered.refreshToken);
  });
});

describe('refreshSettled', () => {
  it('resolves at once when no refresh is on its way, and only after a refresh on its way was saved', async () => {
    const store = memoryStore(pairFrom(fake));
    const client = makeClient(fake, store);
    await client.refreshSettled();
    expect(store.saves).toHaveLength(0);

    fake.control.expireAccessTokens();
    fake.control.faults.add({ kind: 'slow', host: 'user', path: '/v1/auth/token', delayMs: 300, times: 1 });
    const call = getMe(client);
    await until(() => refreshes() === 1);
    await client.refreshSettled();
    // The rotated pair is in the store by the time refreshSettled resolves (the web app's page relies on it).
    expect(store.saves).toHaveLength(1);
    await call;
  });
});
