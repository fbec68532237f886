import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WEB_CLIENT_ID } from './auth/captcha-sign.ts';
import { startFakePikPak, type FakePikPak, type TokenPair } from './index.ts';
import { call } from './test-helpers.ts';
import type { TokenPairBody } from './test-wire.ts';
import { openWebApp, type PageHandle } from './web-app-harness.ts';

let fake: FakePikPak;
let page: PageHandle | undefined;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
});
afterEach(async () => {
  await page?.close();
  page = undefined;
  fake.control.webApp.refreshEveryMs = null;
});
afterAll(() => fake.close());

const KEY = `credentials_${WEB_CLIENT_ID}`;
const HOUR = 3600 * 1000;

function stored(pair: TokenPair, expiresAtMs: number): string {
  return JSON.stringify({ ...pair, expires_at: new Date(expiresAtMs).toISOString() });
}

describe('the served page', () => {
  it.each(['/', '/drive/all', '/s/VNabc123', '/loading'])(
    'GET %s on mypikpak.com and .net serves the app with injected config',
    async (path) => {
      for (const host of ['mypikpak.com', 'mypikpak.net']) {
        const res = await fake.fetch(`https://${host}${path}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('text/html');
        const html = await res.text();
        expect(html).toContain('role="status"');
        expect(html).toContain('"clientId":"YUMx5nI8ZU8Ap8pm"');
        expect(html).toContain('/v1/auth/token');
        expect(html).toContain("'wdi10.'");
      }
    },
  );

  it('injects the fake clock offset and the refresh schedule', async () => {
    fake.control.webApp.refreshEveryMs = 1234;
    const html = await (await fake.fetch('https://mypikpak.com/')).text();
    expect(html).toContain('"refreshEveryMs":1234');
    expect(html).toMatch(/"clockOffsetMs":-?\d+/);
  });

  it('/__fake/web-signin mints a real session; wrong passwords are refused', async () => {
    const ok = await call<TokenPairBody>(fake, 'POST', 'https://mypikpak.com/__fake/web-signin', {
      json: { email: 'tester@example.com', password: 'correct-horse' },
    });
    expect(ok.body).toMatchObject({ token_type: 'Bearer', expires_in: 7200, sub: 'YgDemoUser000001' });
    const me = await call(fake, 'GET', 'https://user.mypikpak.com/v1/user/me', {
      headers: { authorization: `Bearer ${ok.body.access_token}` },
    });
    expect(me.status).toBe(200);
    const bad = await call(fake, 'POST', 'https://mypikpak.com/__fake/web-signin', {
      json: { email: 'tester@example.com', password: 'nope' },
    });
    expect(bad.body.error).toBe('invalid_account_or_password');
  });
});

describe('session handling in the page (run in happy-dom)', () => {
  it('creates a wdi10 device id once and shows the labelled sign-in form when signed out', async () => {
    page = await openWebApp(fake);
    await vi.waitFor(() => expect(page?.status().text).toBe('Signed out'));
    const raw = page.window.localStorage.getItem('deviceid') ?? '';
    expect(raw).toMatch(/^wdi10\.[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}[0-9a-f]{32}$/);
    const form = page.window.document.getElementById('signin-form');
    expect(form?.hasAttribute('hidden')).toBe(false);
    expect(page.window.document.querySelector('label[for="email"]')?.textContent).toBe('Email');
    expect(page.window.document.querySelector('label[for="password"]')?.textContent).toBe('Password');
    expect(form?.querySelector('button')?.textContent).toBe('Sign in');
  });

  it('signs in through the form and stores credentials_<client id> with a UTC expires_at', async () => {
    page = await openWebApp(fake, { storage: { deviceid: `wdi10.${'a'.repeat(64)}` } });
    await vi.waitFor(() => expect(page?.status().text).toBe('Signed out'));
    const doc = page.window.document;
    (doc.getElementById('email') as unknown as { value: string }).value = 'tester@example.com';
    (doc.getElementById('password') as unknown as { value: string }).value = 'correct-horse';
    doc.getElementById('signin-form')?.dispatchEvent(new page.window.Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(page?.status().text).toBe('Signed in as Tester'));
    const creds = JSON.parse(page.window.localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    expect(Object.keys(creds).sort()).toEqual([
      'access_token',
      'expires_at',
      'expires_in',
      'refresh_token',
      'sub',
      'token_type',
    ]);
    expect(creds['expires_at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(String(creds['expires_at'])) - fake.control.clock.now()).toBeGreaterThan(1.8 * HOUR);
    expect(page.window.localStorage.getItem('deviceid')).toBe(`wdi10.${'a'.repeat(64)}`);
  });

  it('uses a valid stored session without refreshing', async () => {
    fake.log.clear();
    const pair = fake.control.issueSession();
    page = await openWebApp(fake, { storage: { [KEY]: stored(pair, fake.control.clock.now() + HOUR) } });
    await vi.waitFor(() => expect(page?.status().text).toBe('Signed in as Tester'));
    expect(page.status()).toMatchObject({ ok: 0, failed: 0 });
    expect(fake.log.count({ path: '/v1/auth/token' })).toBe(0);
    expect(fake.log.last({ path: '/v1/user/me' })?.headers.origin).toBe('https://mypikpak.com');
  });

  it('refreshes an expired session on load (fake clock) with the refresh token it reads at that moment', async () => {
    const pair = fake.control.issueSession();
    const expiresAt = fake.control.clock.now() + 2 * HOUR - 5 * 60_000;
    fake.control.clock.advance(2 * HOUR);
    page = await openWebApp(fake, { storage: { [KEY]: stored(pair, expiresAt) } });
    await vi.waitFor(() => expect(page?.status()).toMatchObject({ text: 'Signed in as Tester', ok: 1 }));
    const creds = JSON.parse(page.window.localStorage.getItem(KEY) ?? '{}') as Record<string, string>;
    expect(creds['refresh_token']).not.toBe(pair.refresh_token);
    expect(fake.log.last({ path: '/v1/auth/token' })?.body).toMatchObject({
      refresh_token: pair.refresh_token,
      client_id: WEB_CLIENT_ID,
    });
  });

  it('uses a newer pair written into localStorage by someone else', async () => {
    const stale = fake.control.issueSession();
    const rotated = await call<TokenPairBody>(fake, 'POST', 'https://user.mypikpak.com/v1/auth/token', {
      json: { client_id: WEB_CLIENT_ID, grant_type: 'refresh_token', refresh_token: stale.refresh_token },
    });
    const newer: TokenPair = { ...rotated.body, token_type: 'Bearer' };
    page = await openWebApp(fake, { storage: { [KEY]: stored(newer, fake.control.clock.now() - 1000) } });
    await vi.waitFor(() => expect(page?.status()).toMatchObject({ text: 'Signed in as Tester', ok: 1, failed: 0 }));
  });

  it('drops the credentials and shows "Signed out" with the reason when the refresh gets 4126', async () => {
    const pair = fake.control.issueSession();
    // Another refresher (the extension) rotated the token behind the page's back.
    await call(fake, 'POST', 'https://user.mypikpak.com/v1/auth/token', {
      json: { client_id: WEB_CLIENT_ID, grant_type: 'refresh_token', refresh_token: pair.refresh_token },
    });
    page = await openWebApp(fake, { storage: { [KEY]: stored(pair, fake.control.clock.now() - 1000) } });
    await vi.waitFor(() =>
      expect(page?.status()).toMatchObject({ text: 'Signed out', state: 'signed-out', ok: 0, failed: 1 }),
    );
    expect(page.reason()).toContain('refreshed by other process');
    expect(page.window.localStorage.getItem(KEY)).toBeNull();
  });

  it('refreshes on the control.webApp.refreshEveryMs schedule', async () => {
    fake.control.webApp.refreshEveryMs = 30;
    const pair = fake.control.issueSession();
    page = await openWebApp(fake, { storage: { [KEY]: stored(pair, fake.control.clock.now() + HOUR) } });
    await vi.waitFor(() => expect(page?.status().ok).toBeGreaterThanOrEqual(2), { timeout: 2000 });
    expect(page.status().text).toBe('Signed in as Tester');
  });

  it('shows the verified captcha token when the human check lands on /loading', async () => {
    page = await openWebApp(fake, { path: '/loading?captcha_token=ck0.abc.def&state=getcaptcha1' });
    const result = page.window.document.getElementById('captcha-result');
    expect(result?.getAttribute('data-captcha-token')).toBe('ck0.abc.def');
    expect(result?.textContent).toBe('Captcha verified');
  });
});
