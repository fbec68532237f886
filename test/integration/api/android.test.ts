import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getAbout, getFile, getMe, listFiles, refreshWith } from '../../../src/api/endpoints/index.ts';
import {
  ANDROID_CLIENT_ID,
  computeCaptchaSign,
  PROFILE_ANDROID_1_53_2,
  startFakePikPak,
  WEB_CLIENT_ID,
  type FakePikPak,
  SIGN_PROFILE_NAMES,
} from '../../fake-pikpak/index.ts';
import { captchaInits, DEVICE, failure, makeClient, memoryStore, pairFrom } from './helpers.ts';

/**
 * A session from PikPak's Android app: the client speaks as Android for everything (X-Client-Id, captcha init
 * and sign, refresh with client_secret) and never mixes identities (pikpak-api.md §2.1, §2.3, §3.2, §9.2).
 */

const SECRET = 'dbw2OtmVEeuUvIptb1Coyg';

let fake: FakePikPak;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
});
afterAll(() => fake.close());
afterEach(() => {
  fake.control.faults.clear();
  fake.control.captcha.requireOnAllDriveCalls = false;
  fake.control.captcha.acceptedProfiles = SIGN_PROFILE_NAMES;
  fake.log.clear();
});

const androidPair = () => pairFrom(fake, fake.control.issueSession({ clientId: ANDROID_CLIENT_ID }));
const refreshes = () => fake.log.filter({ path: '/v1/auth/token' });

describe('drive calls as the Android app', () => {
  it('send the Android client id and a captcha token minted with the Android 1.53.2 sign', async () => {
    fake.control.captcha.requireOnAllDriveCalls = true;
    const store = memoryStore(androidPair());
    const client = makeClient(fake, store, { platform: 'android' });
    expect(client).toMatchObject({ platform: 'android', clientId: ANDROID_CLIENT_ID });

    const page = await listFiles(client, { parentId: '' });
    const file = page.items.find((item) => item.kind === 'file');
    if (!file) throw new Error('seed has a file in the root');
    expect((await getFile(client, file.id)).id).toBe(file.id);
    await getAbout(client);

    const drive = fake.log.filter({ host: 'drive' });
    expect(drive.map((e) => e.status)).toEqual([200, 200, 200]);
    for (const entry of drive) {
      expect(entry.headers).toMatchObject({
        authorization: `Bearer ${store.pair?.accessToken}`,
        'x-device-id': DEVICE,
        'x-client-id': ANDROID_CLIENT_ID,
        'x-captcha-token': expect.stringMatching(/^ck0\./) as unknown,
      });
    }

    // The file's detail shares the listing's token (actions leave ids out, §12): two actions, two inits.
    const inits = fake.log.filter({ path: '/v1/shield/captcha/init' });
    expect(inits.map((e) => e.status)).toEqual([200, 200]);
    for (const init of inits) {
      const body = init.body as {
        client_id: string;
        meta: {
          captcha_sign: string;
          client_version: string;
          package_name: string;
          user_id: string;
          timestamp: string;
        };
      };
      expect(init.headers['x-client-id']).toBe(ANDROID_CLIENT_ID);
      expect(body).toMatchObject({
        client_id: ANDROID_CLIENT_ID,
        device_id: DEVICE,
        meta: { client_version: '1.53.2', package_name: 'com.pikcloud.pikpak', user_id: store.pair?.sub },
      });
      expect(body.meta.captcha_sign).toBe(computeCaptchaSign(PROFILE_ANDROID_1_53_2, DEVICE, body.meta.timestamp));
    }
  });

  it('do not fall back to a web profile when PikPak refuses the Android sign', async () => {
    fake.control.captcha.acceptedProfiles = ['W2', 'WU'];
    const client = makeClient(fake, memoryStore(androidPair()), { platform: 'android' });
    const error = await failure(getAbout(client));
    expect(error).toMatchObject({ kind: 'captcha-needed', endpoint: 'POST /v1/shield/captcha/init', code: 3 });
    expect(captchaInits(fake).map((i) => i.clientVersion)).toEqual(['1.53.2']);
    expect(fake.log.count({ host: 'drive' })).toBe(0);
  });

  it('refuses signing profiles of another identity', () => {
    expect(() => makeClient(fake, memoryStore(), { platform: 'android', captchaProfiles: ['WU'] })).toThrow(
      /not android profiles/,
    );
    expect(() => makeClient(fake, memoryStore(), { captchaProfiles: ['Android 1.53.2'] })).toThrow(/not web profiles/);
  });
});

describe('refreshing an Android session', () => {
  it('sends the Android client id with its client_secret (§3.2) and keeps the rotated pair', async () => {
    const stale = { ...androidPair(), expiresAt: 0 };
    const store = memoryStore(stale);
    const me = await getMe(makeClient(fake, store, { platform: 'android' }));
    expect(me.sub).toBe(stale.sub);
    const [entry] = refreshes();
    expect(refreshes()).toHaveLength(1);
    expect(entry?.status).toBe(200);
    expect(entry?.body).toEqual({
      client_id: ANDROID_CLIENT_ID,
      client_secret: SECRET,
      grant_type: 'refresh_token',
      refresh_token: stale.refreshToken,
    });
    expect(entry?.headers['x-client-id']).toBe(ANDROID_CLIENT_ID);
    expect(entry?.headers['x-captcha-token']).toBeUndefined();
    expect(store.pair?.refreshToken).not.toBe(stale.refreshToken);
  });

  it('refreshes after a 401 and retries the call', async () => {
    const store = memoryStore(androidPair());
    const client = makeClient(fake, store, { platform: 'android' });
    fake.control.expireAccessTokens();
    await getAbout(client);
    expect(fake.log.filter({ path: '/drive/v1/about' }).map((e) => e.status)).toEqual([401, 200]);
    expect(refreshes().map((e) => e.status)).toEqual([200]);
  });

  it('an Android session refreshed by a web client is rejected with 4126 (signed-out), and the web client sends no secret', async () => {
    const store = memoryStore({ ...androidPair(), expiresAt: 0 });
    const error = await failure(getMe(makeClient(fake, store)));
    expect(error).toMatchObject({ kind: 'signed-out', status: 400, error: 'invalid_grant', code: 4126 });
    expect(refreshes()[0]?.body).toEqual({
      client_id: WEB_CLIENT_ID,
      grant_type: 'refresh_token',
      refresh_token: expect.stringMatching(/^os\./) as unknown,
    });
    expect(store.clears).toBe(1);
  });

  it('a web session refreshed by an Android client is rejected with 4126 (signed-out)', async () => {
    const store = memoryStore({ ...pairFrom(fake), expiresAt: 0 });
    const error = await failure(getMe(makeClient(fake, store, { platform: 'android' })));
    expect(error).toMatchObject({ kind: 'signed-out', status: 400, error: 'invalid_grant', code: 4126 });
    expect(store.clears).toBe(1);
  });
});

describe('pasting an Android refresh token (refreshWith)', () => {
  it('exchanges it as Android; as web it fails with 4126 and the token survives', async () => {
    const pasted = fake.control.issueSession({ clientId: ANDROID_CLIENT_ID }).refresh_token;
    const asWeb = await failure(refreshWith(makeClient(fake, memoryStore()), pasted));
    expect(asWeb).toMatchObject({ kind: 'signed-out', code: 4126 });

    const store = memoryStore();
    const android = makeClient(fake, store, { platform: 'android' });
    const tokens = await refreshWith(android, `  ${pasted}\n`);
    expect(tokens.refreshToken).not.toBe(pasted);
    expect(tokens.sub).toBe('YgDemoUser000001');
    // Nothing is saved by the exchange: the caller stores the pair (with its platform).
    expect(store.saves).toHaveLength(0);
    await store.save(tokens);
    await expect(getAbout(android)).resolves.toBeDefined();
  });
});
