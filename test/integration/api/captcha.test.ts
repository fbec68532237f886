import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryCaptchaCache } from '../../../src/api/client.ts';
import { getAbout, getFile, listFiles, listTasks } from '../../../src/api/endpoints/index.ts';
import { SIGN_PROFILE_NAMES, startFakePikPak, type FakePikPak } from '../../fake-pikpak/index.ts';
import { captchaInits, DEVICE, failure, makeClient, memoryStore, pairFrom } from './helpers.ts';

/** Captcha tokens on drive calls (pikpak-api.md §3.4, §3.5, §11). */

let fake: FakePikPak;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
});
afterAll(() => fake.close());
afterEach(() => {
  fake.control.faults.clear();
  fake.control.captcha.mode = 'auto';
  fake.control.captcha.bindAction = false;
  fake.control.captcha.requireOnAllDriveCalls = false;
  fake.control.captcha.acceptedProfiles = SIGN_PROFILE_NAMES;
  fake.log.clear();
});

describe('every drive call carries the web identity and a captcha token', () => {
  it('sends Authorization, X-Device-Id, X-Client-Id and X-Captcha-Token', async () => {
    const store = memoryStore(pairFrom(fake));
    await getAbout(makeClient(fake, store));
    const call = fake.log.last({ path: '/drive/v1/about' });
    expect(call?.headers).toMatchObject({
      authorization: `Bearer ${store.pair?.accessToken}`,
      'x-device-id': DEVICE,
      'x-client-id': 'YUMx5nI8ZU8Ap8pm',
      'x-captcha-token': expect.stringMatching(/^ck0\./) as unknown,
    });
  });

  it('mints with the WU profile first and the §3.4 meta', async () => {
    const store = memoryStore(pairFrom(fake));
    await getAbout(makeClient(fake, store));
    const init = fake.log.last({ path: '/v1/shield/captcha/init' });
    expect(init?.body).toMatchObject({
      client_id: 'YUMx5nI8ZU8Ap8pm',
      action: 'GET:/drive/v1/about',
      device_id: DEVICE,
      meta: {
        captcha_sign: expect.stringMatching(/^1\.[0-9a-f]{32}$/) as unknown,
        client_version: 'undefined',
        package_name: 'drive.mypikpak.com',
        user_id: store.pair?.sub,
        timestamp: expect.stringMatching(/^\d{13}$/) as unknown,
      },
    });
  });

  it('keeps one token per action and reuses it until ~30 s before expiry', async () => {
    const client = makeClient(fake, memoryStore(pairFrom(fake)));
    await getAbout(client);
    await getAbout(client);
    await listTasks(client);
    await listFiles(client);
    await listFiles(client, { parentId: '' });
    expect(captchaInits(fake).map((i) => i.action)).toEqual([
      'GET:/drive/v1/about',
      'GET:/drive/v1/tasks',
      'GET:/drive/v1/files',
    ]);
    fake.control.clock.advance(265_000); // 35 s left: still used
    await getAbout(client);
    expect(captchaInits(fake)).toHaveLength(3);
    fake.control.clock.advance(10_000); // 25 s left: renewed
    await getAbout(client);
    expect(captchaInits(fake)).toHaveLength(4);
  });

  it('works when PikPak binds tokens to their action and checks every call', async () => {
    fake.control.captcha.bindAction = true;
    fake.control.captcha.requireOnAllDriveCalls = true;
    const client = makeClient(fake, memoryStore(pairFrom(fake)));
    const page = await listFiles(client, { parentId: '' });
    const file = page.items.find((item) => item.kind === 'file');
    if (!file) throw new Error('seed has a file in the root');
    await getAbout(client);
    const detail = await getFile(client, file.id);
    expect(detail.id).toBe(file.id);
    // The detail's token is the listing's: actions leave the id out (§12).
    expect(captchaInits(fake).map((i) => i.action)).toEqual(['GET:/drive/v1/files', 'GET:/drive/v1/about']);
    expect(fake.log.last({ path: `/drive/v1/files/${file.id}` })?.headers['x-captcha-token']).toBe(
      fake.log.last({ path: '/drive/v1/files' })?.headers['x-captcha-token'],
    );
    expect(fake.log.count({ host: 'drive', status: 403 })).toBe(0);
  });
});

describe('re-making a rejected captcha token', () => {
  it('re-makes it once and retries once on captcha_invalid', async () => {
    const client = makeClient(fake, memoryStore(pairFrom(fake)));
    await getAbout(client);
    fake.control.faults.add({ kind: 'captcha-required', host: 'drive', path: '/drive/v1/about', times: 1 });
    await expect(getAbout(client)).resolves.toBeDefined();
    expect(fake.log.filter({ path: '/drive/v1/about' }).map((e) => e.status)).toEqual([200, 403, 200]);
    const tokens = fake.log.filter({ path: '/drive/v1/about' }).map((e) => e.headers['x-captcha-token']);
    expect(tokens[1]).toBe(tokens[0]);
    expect(tokens[2]).not.toBe(tokens[1]);
    expect(captchaInits(fake)).toHaveLength(2);
  });

  it('gives up with captcha-needed when the new token is rejected too', async () => {
    const client = makeClient(fake, memoryStore(pairFrom(fake)));
    fake.control.faults.add({ kind: 'captcha-required', host: 'drive', path: '/drive/v1/about', times: 2 });
    const error = await failure(getAbout(client));
    expect(error).toMatchObject({
      kind: 'captcha-needed',
      status: 403,
      error: 'captcha_invalid',
      code: 9,
      endpoint: 'GET /drive/v1/about',
    });
    expect(fake.log.count({ path: '/drive/v1/about' })).toBe(2);
  });

  it('a token PikPak considers expired is replaced (getFile, which always checks it, §3.5)', async () => {
    // The client's clock stands still, PikPak's moves on: the cached token looks fresh but is not.
    const frozen = fake.control.clock.now();
    const client = makeClient(fake, memoryStore(pairFrom(fake)), { now: () => frozen });
    const page = await listFiles(client, { parentId: '' });
    const file = page.items.find((item) => item.kind === 'file');
    if (!file) throw new Error('seed has a file in the root');
    await getFile(client, file.id);
    fake.control.clock.advance(310_000);
    const detail = await getFile(client, file.id);
    expect(detail.download?.url).toMatch(/^https:\/\/dl-/);
    expect(fake.log.filter({ path: `/drive/v1/files/${file.id}` }).map((e) => e.status)).toEqual([200, 403, 200]);
  });
});

describe('signing profiles: WU first, W2 when PikPak rejects WU (§11, §12)', () => {
  it('falls back when init refuses the sign with invalid_argument 3, and goes to W2 directly from then on', async () => {
    fake.control.captcha.acceptedProfiles = ['W2'];
    const client = makeClient(fake, memoryStore(pairFrom(fake)));
    await getAbout(client);
    const refused = fake.log.filter({ path: '/v1/shield/captcha/init' })[0];
    expect(refused?.status).toBe(400);
    expect(refused?.body).toMatchObject({ meta: { client_version: 'undefined' } });

    await listTasks(client);
    await listFiles(client);
    const perProfile = (version: string) => captchaInits(fake).filter((i) => i.clientVersion === version).length;
    // One refused WU init; then a W2 init per action, WU never again.
    expect(perProfile('undefined')).toBe(1);
    expect(perProfile('2.0.0')).toBe(3);
    expect(fake.log.filter({ path: '/v1/shield/captcha/init' }).map((e) => e.status)).toEqual([400, 200, 200, 200]);
  });

  it('falls back to W2 and remembers it', async () => {
    fake.control.captcha.acceptedProfiles = ['W2'];
    const cache = memoryCaptchaCache();
    const client = makeClient(fake, memoryStore(pairFrom(fake)), { captchaCache: cache });
    await getAbout(client);
    await listTasks(client);
    expect(captchaInits(fake).map((i) => i.clientVersion)).toEqual(['undefined', '2.0.0', '2.0.0']);
    expect(fake.log.filter({ path: '/v1/shield/captcha/init' }).map((e) => e.status)).toEqual([400, 200, 200]);
    expect(await cache.getProfile?.()).toBe('W2');

    // A restarted worker with the same (storage-backed) cache starts with W2.
    fake.log.clear();
    const restarted = makeClient(fake, memoryStore(pairFrom(fake)), { captchaCache: cache });
    await listFiles(restarted);
    expect(captchaInits(fake).map((i) => i.clientVersion)).toEqual(['2.0.0']);
  });

  it('falls back on the older answer too: captcha_invalid from init', async () => {
    fake.control.faults.add({ kind: 'captcha-required', path: '/v1/shield/captcha/init', times: 1 });
    const cache = memoryCaptchaCache();
    await getAbout(makeClient(fake, memoryStore(pairFrom(fake)), { captchaCache: cache }));
    expect(captchaInits(fake).map((i) => i.clientVersion)).toEqual(['undefined', '2.0.0']);
    expect(fake.log.filter({ path: '/v1/shield/captcha/init' }).map((e) => e.status)).toEqual([403, 200]);
    expect(await cache.getProfile?.()).toBe('W2');
  });

  it('reports captcha-needed when every profile is rejected', async () => {
    fake.control.captcha.acceptedProfiles = ['W2'];
    const client = makeClient(fake, memoryStore(pairFrom(fake)), { captchaProfiles: ['WU'] });
    const error = await failure(getAbout(client));
    expect(error).toMatchObject({
      kind: 'captcha-needed',
      endpoint: 'POST /v1/shield/captcha/init',
      error: 'invalid_argument',
      code: 3,
      detail: 'invalid captcha_sign',
    });
    expect(fake.log.count({ path: '/drive/v1/about' })).toBe(0);
  });

  it('does not switch profiles when init says "too frequent"', async () => {
    fake.control.faults.add({ kind: 'too-frequent', path: '/v1/shield/captcha/init', times: 1 });
    const error = await failure(getAbout(makeClient(fake, memoryStore(pairFrom(fake)))));
    expect(error.kind).toBe('too-frequent');
    expect(fake.log.count({ path: '/v1/shield/captcha/init' })).toBe(1);
  });
});

describe('human check', () => {
  it('surfaces PikPak’s puzzle URL, and a verified token gets the call through', async () => {
    fake.control.captcha.mode = 'human-check';
    const client = makeClient(fake, memoryStore(pairFrom(fake)));
    const error = await failure(getAbout(client));
    expect(error.kind).toBe('human-check');
    const url = new URL(error.humanCheckUrl ?? '');
    expect(url.pathname).toBe('/captcha/v2/spritePuzzle.html');
    expect(url.searchParams.get('action')).toBe('GET:/drive/v1/about');
    expect(fake.log.count({ path: '/drive/v1/about' })).toBe(0);

    // The user solves it; PikPak redirects to mypikpak.com/loading with a verified token (§3.4).
    const verify = new URL('/captcha/v2/verify', url);
    for (const name of ['captcha_token', 'redirect_uri', 'state'])
      verify.searchParams.set(name, url.searchParams.get(name) ?? '');
    const redirect = await fake.fetch(verify, { redirect: 'manual' });
    const verified = new URL(redirect.headers.get('location') ?? '').searchParams.get('captcha_token') ?? '';
    expect(verified).toMatch(/^ck0\./);

    client.provideVerifiedCaptcha(verified);
    await expect(getAbout(client)).resolves.toBeDefined();
    expect(captchaInits(fake).at(-1)?.captchaToken).toBe(verified);
  });
});
