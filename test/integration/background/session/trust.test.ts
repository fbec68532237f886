import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionHandlers } from '../../../../src/background/handlers/session.ts';
import {
  declinedWebAccounts,
  parkedSession,
  spentRefreshTokens,
  storedSession,
} from '../../../../src/background/session/session-store.ts';
import { takeNewerFromTabs } from '../../../../src/background/session/tab-recovery.ts';
import { verifyPair } from '../../../../src/background/session/verify.ts';
import { digest } from '../../../../src/shared/session-items.ts';
import { accountState } from '../../../../src/shared/account.ts';
import { pendingHumanCheck } from '../../../../src/shared/human-check.ts';
import { verifiedCaptcha } from '../../../../src/shared/verified-captcha.ts';
import { sessionQuestion } from '../../../../src/shared/session-question.ts';
import type { WebSession } from '../../../../src/shared/web-session.ts';
import { DEFAULT_ACCOUNT, startFakePikPak, type FakePikPak } from '../../../fake-pikpak/index.ts';
import { SHARER_ACCOUNT } from '../../../fake-pikpak/seeds/builders.ts';

/**
 * The trust rules of the session handlers against the fake PikPak: a page's pair is taken only after
 * GET /v1/user/me confirmed whose it is, never by spending its refresh token; another account is asked about;
 * a web app that signed out parks the borrowed session; a captcha token only for a check the extension opened.
 */
const DEVICE = '00112233445566778899aabbccddeeff';
const WEB_PAGE = { url: 'https://mypikpak.com/drive/all', frameId: 0 } as Runtime.MessageSender;
const LOADING = { url: 'https://mypikpak.com/loading?captcha_token=x', frameId: 0 } as Runtime.MessageSender;
const EXTENSION_PAGE = {} as Runtime.MessageSender;

let fake: FakePikPak;
const onCaptchaVerified = vi.fn(() => Promise.resolve());
const handlers = createSessionHandlers({ onCaptchaVerified });

beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  vi.stubGlobal('fetch', fake.fetch);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await fake.close();
});
beforeEach(() => {
  // No mypikpak.com tabs are open in these tests.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(() => Promise.resolve([]) as never);
  onCaptchaVerified.mockClear();
});
afterEach(() => {
  fake.log.clear();
  fake.control.captcha.mode = 'auto';
});

function pairOf(sub: string = DEFAULT_ACCOUNT.sub): WebSession {
  const wire = fake.control.issueSession({ sub });
  return {
    accessToken: wire.access_token,
    refreshToken: wire.refresh_token,
    expiresAt: fake.control.clock.now() + wire.expires_in * 1000,
    sub: wire.sub,
  };
}

const offer = (session: WebSession | undefined, extra: Record<string, unknown> = {}) =>
  handlers['session.offer']({ ...(session ? { session } : {}), deviceId: DEVICE, ...extra }, WEB_PAGE);
const calls = (path: string) => fake.log.filter({ path }).length;

describe('verifyPair: whose is this pair?', () => {
  it('asks GET /v1/user/me once and confirms the sub PikPak answers', async () => {
    const verdict = await verifyPair(pairOf(), DEVICE);
    expect(verdict).toMatchObject({ kind: 'verified', profile: { sub: DEFAULT_ACCOUNT.sub } });
    expect(fake.log.filter({}).map((e) => `${e.method} ${e.path}`)).toEqual(['GET /v1/user/me']);
  });

  it('calls a pair with a forged sub what it is', async () => {
    const forged = { ...pairOf(SHARER_ACCOUNT.sub), sub: DEFAULT_ACCOUNT.sub };
    expect(await verifyPair(forged, DEVICE)).toEqual({ kind: 'forged', actualSub: SHARER_ACCOUNT.sub });
  });

  it('never spends the refresh token of a pair whose access token is dead', async () => {
    const pair = pairOf();
    fake.control.expireAccessTokens();
    expect(await verifyPair(pair, DEVICE)).toMatchObject({ kind: 'unverifiable', why: 'signed-out' });
    expect(calls('/v1/auth/token')).toBe(0);
    // Its owner can still refresh it.
    const refreshed = await fake.fetch('https://user.mypikpak.com/v1/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: 'YUMx5nI8ZU8Ap8pm',
        grant_type: 'refresh_token',
        refresh_token: pair.refreshToken,
      }),
    });
    expect(refreshed.status).toBe(200);
  });
});

describe('session.offer', () => {
  it('adopts a confirmed session when it has none: one extra request (GET /v1/user/me) per adoption', async () => {
    const pair = pairOf();
    await offer(pair);
    expect(await storedSession.get()).toMatchObject({ refreshToken: pair.refreshToken, source: 'web' });
    expect(fake.log.filter({}).map((e) => e.path)[0]).toBe('/v1/user/me');

    // The web app refreshed by itself: the newer pair of the same account costs one request, no more.
    await vi.waitFor(() => expect(calls('/drive/v1/about')).toBe(1)); // The account read for a new account.
    fake.log.clear();
    const newer = pairOf();
    await offer(newer);
    expect(await storedSession.get()).toMatchObject({ refreshToken: newer.refreshToken });
    expect(fake.log.filter({}).map((e) => `${e.method} ${e.path}`)).toEqual(['GET /v1/user/me']);
  });

  it('does not adopt a pair it cannot confirm, and spends nothing to try', async () => {
    const pair = pairOf();
    fake.control.expireAccessTokens();
    await offer(pair);
    expect(await storedSession.get()).toBeNull();
    expect(calls('/v1/auth/token')).toBe(0);
  });

  it('refuses shapeless tokens before asking anyone', async () => {
    await offer({ ...pairOf(), refreshToken: 'os.has space' });
    await offer({ ...pairOf(), accessToken: 'x'.repeat(9000) });
    expect(await storedSession.get()).toBeNull();
    expect(calls('/v1/user/me')).toBe(0);
  });

  it('refuses a forged sub: the session, its spent list and the account stay as they were', async () => {
    const mine = pairOf();
    await offer(mine);
    const spentBefore = await spentRefreshTokens.get();
    const forged = { ...pairOf(SHARER_ACCOUNT.sub), sub: DEFAULT_ACCOUNT.sub };
    expect(await offer(forged)).toEqual({});
    expect(await storedSession.get()).toMatchObject({ refreshToken: mine.refreshToken, sub: DEFAULT_ACCOUNT.sub });
    expect(await spentRefreshTokens.get()).toEqual(spentBefore);
    expect(await sessionQuestion.get()).toBeNull();
  });

  it('keeps its account when offered another, asks naming the email, and does not ask again once declined', async () => {
    const mine = pairOf();
    await offer(mine);
    await vi.waitFor(async () => expect(await accountState.get()).toMatchObject({ email: DEFAULT_ACCOUNT.email }));
    await offer(pairOf(SHARER_ACCOUNT.sub));
    expect(await storedSession.get()).toMatchObject({ refreshToken: mine.refreshToken });
    expect(await sessionQuestion.get()).toMatchObject({
      kind: 'switch-account',
      offered: { sub: SHARER_ACCOUNT.sub, email: SHARER_ACCOUNT.email },
      current: { sub: DEFAULT_ACCOUNT.sub, email: DEFAULT_ACCOUNT.email },
    });
    // An answer about another account than asked changes nothing.
    await expect(
      handlers['session.answerQuestion'](
        { kind: 'switch-account', sub: 'YgSomeoneElse', choice: 'switch' },
        EXTENSION_PAGE,
      ),
    ).rejects.toMatchObject({ kind: 'bad-request' });
    await handlers['session.answerQuestion'](
      { kind: 'switch-account', sub: SHARER_ACCOUNT.sub, choice: 'keep' },
      EXTENSION_PAGE,
    );
    expect(await sessionQuestion.get()).toBeNull();
    expect(await declinedWebAccounts.get()).toEqual([SHARER_ACCOUNT.sub]);
    fake.log.clear();
    await offer(pairOf(SHARER_ACCOUNT.sub));
    expect(await sessionQuestion.get()).toBeNull();
    expect(calls('/v1/user/me')).toBe(0);
  });

  it('parks the session when the web app that lent it signs out; "keep using it" keeps it out of every tab', async () => {
    const mine = pairOf();
    await offer(mine);
    await offer(undefined, { left: DEFAULT_ACCOUNT.sub });
    expect(await storedSession.get()).toBeNull();
    expect(await parkedSession.get()).toMatchObject({ refreshToken: mine.refreshToken });
    expect(await sessionQuestion.get()).toMatchObject({
      kind: 'web-signed-out',
      account: { sub: DEFAULT_ACCOUNT.sub },
    });
    expect(await accountState.get()).toMatchObject({ status: 'signed-out' });

    const state = await handlers['session.answerQuestion'](
      { kind: 'web-signed-out', choice: 'keep-using' },
      EXTENSION_PAGE,
    );
    expect(state).toMatchObject({ status: 'signed-in', sub: DEFAULT_ACCOUNT.sub });
    expect(await storedSession.get()).toMatchObject({ refreshToken: mine.refreshToken, detached: true });
    // A page planting the old token gets nothing back, and no page's session replaces this one.
    expect(await offer({ ...mine, refreshToken: 'os.planted-old-token' })).toEqual({});
    expect(await offer(pairOf())).toEqual({});
    expect(await storedSession.get()).toMatchObject({ refreshToken: mine.refreshToken });
  });

  it('"sign out here too" revokes the parked session and waits to be asked before taking a web session', async () => {
    await offer(pairOf());
    await offer(undefined, { left: DEFAULT_ACCOUNT.sub });
    fake.log.clear();
    const state = await handlers['session.answerQuestion'](
      { kind: 'web-signed-out', choice: 'sign-out' },
      EXTENSION_PAGE,
    );
    expect(state).toEqual({ status: 'signed-out', webSessionPaused: true });
    expect(fake.log.filter({ path: '/v1/auth/revoke' }).map((e) => e.status)).toEqual([200]);
    expect(await parkedSession.get()).toBeNull();
    await offer(pairOf());
    expect(await storedSession.get()).toBeNull();
  });
});

describe('taking a newer pair from a tab (before a refresh, and after PikPak refused ours)', () => {
  /** One open mypikpak.com tab whose bridge answers `snapshot` and records what it is told to write. */
  function oneTab(session: WebSession) {
    const commands: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(
      () => Promise.resolve([{ id: 7, status: 'complete' }]) as never,
    );
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((_tab: number, command: { type: string }) => {
      commands.push(command.type);
      return Promise.resolve(command.type.endsWith('read-session') ? { session, deviceId: DEVICE } : true);
    }) as never);
    return commands;
  }

  it('skips a pair under the account’s sub that PikPak says is another account’s, spending nothing', async () => {
    const mine = pairOf();
    await offer(mine);
    oneTab({ ...pairOf(SHARER_ACCOUNT.sub), sub: DEFAULT_ACCOUNT.sub });
    fake.log.clear();
    expect(await takeNewerFromTabs(mine)).toBeUndefined();
    expect(await storedSession.get()).toMatchObject({ refreshToken: mine.refreshToken });
    expect(calls('/v1/auth/token')).toBe(0);
  });

  it('refreshes an unconfirmable pair of the same account only after its own was refused, and hands it back', async () => {
    const mine = pairOf();
    await offer(mine);
    const tabs = pairOf(); // The web app's newer pair (another session of the same account, for the fake).
    fake.control.expireAccessTokens();
    const commands = oneTab(tabs);
    fake.log.clear();
    const taken = await takeNewerFromTabs(mine);
    expect(taken?.sub).toBe(DEFAULT_ACCOUNT.sub);
    // The pair's check and the one refresh, in that order. (The account refresh that followed the first offer may
    // still be on its way on a busy machine: its /me 200, about and vip calls are not this test's business.)
    const checks = fake.log
      .filter({})
      .map((e) => `${e.path} ${e.status}`)
      .filter((line) => line === '/v1/user/me 401' || line.startsWith('/v1/auth/token'));
    expect(checks).toEqual(['/v1/user/me 401', '/v1/auth/token 200']);
    expect(await storedSession.get()).toMatchObject({ refreshToken: taken?.refreshToken });
    // The tab's token is recorded as spent, so its bridge takes the new pair (write-back rule).
    expect(await spentRefreshTokens.get()).toContain(await digest(tabs.refreshToken));
    expect(commands).toContain('pikpak-companion/write-session');
  });

  it('never stores what an unconfirmable pair with a forged sub refreshes to', async () => {
    const mine = pairOf();
    await offer(mine);
    const planted = { ...pairOf(SHARER_ACCOUNT.sub), sub: DEFAULT_ACCOUNT.sub };
    fake.control.expireAccessTokens();
    oneTab(planted);
    expect(await takeNewerFromTabs(mine)).toBeUndefined();
    expect(await storedSession.get()).toMatchObject({ refreshToken: mine.refreshToken, sub: DEFAULT_ACCOUNT.sub });
    expect(await spentRefreshTokens.get()).not.toContain(await digest(mine.refreshToken));
  });
});

describe('session.captchaVerified', () => {
  const solve = (captchaToken: string, state?: string) =>
    handlers['session.captchaVerified']({ captchaToken, ...(state ? { state } : {}) }, LOADING);

  it('ignores a token when the extension opened no human check', async () => {
    await solve('ck0.forged-by-some-website', 'getcaptcha1');
    expect(await verifiedCaptcha.get()).toBeNull();
    expect(onCaptchaVerified).not.toHaveBeenCalled();
  });

  it('takes the token of the check sign-in opened, once', async () => {
    fake.control.captcha.mode = 'human-check';
    const answer = await handlers['session.signIn'](
      { username: DEFAULT_ACCOUNT.email, password: DEFAULT_ACCOUNT.password },
      EXTENSION_PAGE,
    );
    expect(answer).toHaveProperty('humanCheckUrl');
    const state = new URL((answer as { humanCheckUrl: string }).humanCheckUrl).searchParams.get('state')!;
    expect(await pendingHumanCheck.get()).toMatchObject({ state });

    await solve('ck0.for-another-check', 'getcaptcha0');
    expect(await verifiedCaptcha.get()).toBeNull();
    await solve('ck0.verified', state);
    expect(await verifiedCaptcha.get()).toMatchObject({ token: 'ck0.verified' });
    expect(onCaptchaVerified).toHaveBeenCalledTimes(1);
    await solve('ck0.second', state);
    expect(await verifiedCaptcha.get()).toMatchObject({ token: 'ck0.verified' });
    expect(onCaptchaVerified).toHaveBeenCalledTimes(1);
  });

  it('is refused outside mypikpak.com’s top frame', async () => {
    await expect(
      handlers['session.captchaVerified']({ captchaToken: 'ck0.x' }, { url: 'https://evil.example/', frameId: 0 }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
