import type { Runtime } from 'webextension-polyfill';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSessionHandlers } from '../../../../src/background/handlers/session.ts';
import { refreshAccount } from '../../../../src/background/session/account.ts';
import { pikpak, pikpakAs } from '../../../../src/background/session/client.ts';
import { storedSession } from '../../../../src/background/session/session-store.ts';
import { ANDROID_CLIENT_ID, startFakePikPak, WEB_CLIENT_ID, type FakePikPak } from '../../../fake-pikpak/index.ts';

/**
 * The worker with a refresh token pasted from PikPak's Android app: the session is stored with platform
 * 'android' and every later call speaks as Android; the web app's session stays web (pikpak-api.md §9.2).
 * Extension storage is @webext-core/fake-browser, PikPak is the fake.
 */

const SECRET = 'dbw2OtmVEeuUvIptb1Coyg';
const EXTENSION_PAGE = {} as Runtime.MessageSender;
const {
  'session.offer': offerSession,
  'session.signOut': signOut,
  'session.useRefreshToken': useRefreshToken,
} = createSessionHandlers({ onCaptchaVerified: () => Promise.resolve() });

let fake: FakePikPak;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  vi.stubGlobal('fetch', fake.fetch);
  // The worker's own logging of expected failures.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await fake.close();
});
afterEach(() => fake.log.clear());

const tokenCalls = () => fake.log.filter({ path: '/v1/auth/token' });

describe('useRefreshToken with an Android token', () => {
  it('exchanges it as Android, stores platform android, and later calls and refreshes speak as Android', async () => {
    const pasted = fake.control.issueSession({ clientId: ANDROID_CLIENT_ID }).refresh_token;
    const state = await useRefreshToken({ refreshToken: ` ${pasted} `, platform: 'android' }, EXTENSION_PAGE);
    expect(state).toMatchObject({ status: 'signed-in', sub: 'YgDemoUser000001', source: 'token', name: 'Tester' });

    const session = await storedSession.get();
    expect(session).toMatchObject({ platform: 'android', source: 'token', sub: 'YgDemoUser000001' });
    expect(session?.refreshToken).not.toBe(pasted);
    expect(tokenCalls().map((e) => e.body)).toEqual([
      { client_id: ANDROID_CLIENT_ID, client_secret: SECRET, grant_type: 'refresh_token', refresh_token: pasted },
    ]);
    // Profile, quota and membership were read as Android, with Android captcha tokens (one per drive action).
    expect(fake.log.filter({ path: '/drive/v1/about' }).map((e) => [e.status, e.headers['x-client-id']])).toEqual([
      [200, ANDROID_CLIENT_ID],
    ]);
    expect(
      fake.log.filter({ path: '/drive/v1/privilege/vip' }).map((e) => [e.status, e.headers['x-client-id']]),
    ).toEqual([[200, ANDROID_CLIENT_ID]]);
    const inits = fake.log
      .filter({ path: '/v1/shield/captcha/init' })
      .map((e) => e.body as { client_id: string; action: string });
    expect(inits.map((b) => [b.action, b.client_id]).sort()).toEqual([
      ['GET:/drive/v1/about', ANDROID_CLIENT_ID],
      ['GET:/drive/v1/privilege/vip', ANDROID_CLIENT_ID],
    ]);

    // One client per identity, and pikpak() picks the stored session's.
    expect(await pikpak()).toBe(pikpakAs('android'));
    expect(pikpakAs('android')).toBe(pikpakAs('android'));
    expect(pikpakAs('web').platform).toBe('web');
    // The web client does not see (so can never spend or clear) the Android session.
    expect(await pikpakAs('web').tokens()).toBeUndefined();

    // The access token dies: the refresh goes out as Android, and the rotated pair is stored as Android.
    fake.log.clear();
    fake.control.expireAccessTokens();
    expect(await refreshAccount()).toMatchObject({ status: 'signed-in', sub: 'YgDemoUser000001' });
    expect(
      tokenCalls().map((e) => [e.status, (e.body as { client_id: string; client_secret?: string }).client_secret]),
    ).toEqual([[200, SECRET]]);
    const after = await storedSession.get();
    expect(after?.platform).toBe('android');
    expect(after?.refreshToken).not.toBe(session?.refreshToken);
  });

  it('an Android token pasted as web is refused (4126) and not stored; pasted as Android it still works', async () => {
    const pasted = fake.control.issueSession({ clientId: ANDROID_CLIENT_ID }).refresh_token;
    await expect(useRefreshToken({ refreshToken: pasted, platform: 'web' }, EXTENSION_PAGE)).rejects.toMatchObject({
      kind: 'signed-out',
      code: 4126,
    });
    expect(await storedSession.get()).toBeNull();
    await expect(useRefreshToken({ refreshToken: pasted, platform: 'android' }, EXTENSION_PAGE)).resolves.toMatchObject(
      { status: 'signed-in' },
    );
  });

  it('a web token pasted as Android is refused (4126)', async () => {
    const pasted = fake.control.issueSession().refresh_token;
    await expect(useRefreshToken({ refreshToken: pasted, platform: 'android' }, EXTENSION_PAGE)).rejects.toMatchObject({
      kind: 'signed-out',
      code: 4126,
    });
    expect(tokenCalls()[0]?.body).toMatchObject({ client_id: ANDROID_CLIENT_ID, client_secret: SECRET });
  });

  it('signing out revokes the Android session as Android', async () => {
    const pasted = fake.control.issueSession({ clientId: ANDROID_CLIENT_ID }).refresh_token;
    await useRefreshToken({ refreshToken: pasted, platform: 'android' }, EXTENSION_PAGE);
    await signOut(undefined, EXTENSION_PAGE);
    expect(fake.log.filter({ path: '/v1/auth/revoke' }).map((e) => [e.status, e.headers['x-client-id']])).toEqual([
      [200, ANDROID_CLIENT_ID],
    ]);
    expect(await storedSession.get()).toBeNull();
  });
});

describe('the web app’s session', () => {
  it('is adopted as web and used with the web identity', async () => {
    const pair = fake.control.issueSession();
    const web = {
      accessToken: pair.access_token,
      refreshToken: pair.refresh_token,
      expiresAt: fake.control.clock.now() + 7_000_000,
      sub: pair.sub,
    };
    await offerSession({ session: web }, { url: 'https://mypikpak.com/drive/all', frameId: 0 });
    expect(await storedSession.get()).toMatchObject({ platform: 'web', source: 'web' });
    expect(await pikpak()).toBe(pikpakAs('web'));
    await vi.waitFor(() => expect(fake.log.count({ path: '/drive/v1/about', status: 200 })).toBe(1));
    expect(fake.log.last({ path: '/drive/v1/about' })?.headers['x-client-id']).toBe(WEB_CLIENT_ID);
  });
});
