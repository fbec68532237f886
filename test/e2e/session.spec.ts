import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT } from '../fake-pikpak/index.ts';
import { PAGES, POPUP_VIEWPORT, startE2E, type E2E } from './fixtures.ts';

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => e2e?.close());

const WEB_APP = 'https://mypikpak.com/drive/all';
const CREDENTIALS_KEY = 'credentials_YUMx5nI8ZU8Ap8pm';

async function signInOnTheWebApp(): Promise<Page> {
  const page = await e2e.browser.context.newPage();
  await page.goto(WEB_APP);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(DEFAULT_ACCOUNT.email);
  await page.getByLabel('Password').fill(DEFAULT_ACCOUNT.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Signed in as ${DEFAULT_ACCOUNT.name}` })
    .waitFor();
  return page;
}

async function storedRefreshToken(page: Page): Promise<string> {
  return page.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { refresh_token: string }).refresh_token,
    CREDENTIALS_KEY,
  );
}

/** The extension's own session, read inside the worker (it never leaves the extension otherwise). */
async function extensionRefreshToken(): Promise<string | undefined> {
  const worker = await e2e.browser.worker();
  return worker.evaluate(async () => {
    const { session } = await chrome.storage.local.get<{ session?: { refreshToken: string } }>('session');
    return session?.refreshToken;
  });
}

/** Both sides end up holding the same, live refresh token (either side may have refreshed last). */
async function expectInStep(web: Page): Promise<void> {
  await expect
    .poll(async () => (await storedRefreshToken(web)) === (await extensionRefreshToken()), { timeout: 10_000 })
    .toBe(true);
}

/** Opens the popup, which reads the profile and quota from PikPak: an authenticated call by the extension. */
async function openPopupAndSeeAccount(): Promise<Page> {
  const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
  await popup.getByRole('region', { name: 'Account' }).getByText(DEFAULT_ACCOUNT.name).first().waitFor();
  return popup;
}

describe('the session from mypikpak.com', () => {
  it('is adopted after a visit: the popup names the account and calls carry the page device id', async () => {
    const web = await signInOnTheWebApp();
    const deviceId = await web.evaluate(() => localStorage.getItem('deviceid')!.split('.').pop()!.slice(0, 32));
    await expect.poll(extensionRefreshToken, { timeout: 10_000 }).toBe(await storedRefreshToken(web));
    e2e.fake.log.clear();

    const popup = await openPopupAndSeeAccount();
    const driveCalls = e2e.fake.log.filter({ host: 'api-drive.mypikpak.com' });
    expect(driveCalls.length).toBeGreaterThan(0);
    for (const call of driveCalls) expect(call.headers['x-device-id']).toBe(deviceId);
    await popup.close();
  });

  it('survives a stopped worker: the restarted worker still holds the session and calls PikPak with it', async () => {
    const web = await signInOnTheWebApp();
    await expect.poll(extensionRefreshToken, { timeout: 10_000 }).toBe(await storedRefreshToken(web));
    await web.close();
    await e2e.browser.stopWorker();

    e2e.fake.log.clear();
    const popup = await openPopupAndSeeAccount();
    await expect
      .poll(() => e2e.fake.log.filter({ host: 'api-drive.mypikpak.com', path: '/drive/v1/about', status: 200 }).length)
      .toBe(1);
    expect(await extensionRefreshToken()).toBeDefined();
    await popup.close();
  });

  it('reaches the web app after the extension refreshed: its next load holds a token the server accepts', async () => {
    const web = await signInOnTheWebApp();
    await expect.poll(extensionRefreshToken, { timeout: 10_000 }).toBe(await storedRefreshToken(web));
    await web.close();

    // Both access tokens expire; the extension's next call refreshes (rotates) while no PikPak tab is open.
    e2e.fake.control.clock.advance(3 * 60 * 60 * 1000);
    const before = await extensionRefreshToken();
    const popup = await openPopupAndSeeAccount();
    await expect.poll(extensionRefreshToken, { timeout: 10_000 }).not.toBe(before);
    await popup.close();

    // The web app loads with an expired access token and refreshes at once: with the pair the bridge wrote.
    e2e.fake.log.clear();
    const again = await e2e.browser.context.newPage();
    await again.goto(WEB_APP);
    await again
      .getByRole('status')
      .filter({ hasText: `Signed in as ${DEFAULT_ACCOUNT.name}` })
      .waitFor({ timeout: 8000 });
    expect(e2e.fake.log.filter({ path: '/v1/auth/token', status: 400 })).toHaveLength(0);
    // The web app refreshed once more on load (its clock says expired); the extension follows it.
    await expectInStep(again);
  });

  it('follows the web app when it refreshed first: the next call succeeds with no user action', async () => {
    const web = await signInOnTheWebApp();
    await expect.poll(extensionRefreshToken, { timeout: 10_000 }).toBe(await storedRefreshToken(web));

    e2e.fake.control.clock.advance(3 * 60 * 60 * 1000);
    await web.reload(); // The web app refreshes on load, rotating the token the extension holds.
    await web
      .getByRole('status')
      .filter({ hasText: `Signed in as ${DEFAULT_ACCOUNT.name}` })
      .waitFor();
    const webToken = await storedRefreshToken(web);

    const popup = await openPopupAndSeeAccount();
    await expectInStep(web);
    // The extension took the web app's pair instead of refreshing its own dead one: nobody was refused.
    expect(await extensionRefreshToken()).toBe(webToken);
    expect(e2e.fake.log.filter({ path: '/v1/auth/token', status: 400 })).toHaveLength(0);
    await popup.close();
  });
});

describe('the extension and the web app side by side', () => {
  it('stay signed in through many refresh cycles on both sides, and the server accepts both', async () => {
    e2e.fake.control.webApp.refreshEveryMs = 700;
    const web = await signInOnTheWebApp();
    await expect.poll(extensionRefreshToken, { timeout: 10_000 }).toBeDefined();
    const options = await e2e.browser.openPage(PAGES.options);
    const CYCLES = 12;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      // Time passes: every access token expires. The extension must refresh or take the web app's newer pair.
      e2e.fake.control.clock.advance(3 * 60 * 60 * 1000);
      const state = await options.evaluate(async () => {
        const answer = await chrome.runtime.sendMessage<
          unknown,
          { ok: boolean; value?: { status: string; problem?: string } }
        >({
          name: 'session.status',
          payload: { refresh: true },
        });
        return answer.value;
      });
      expect(state, `cycle ${cycle}`).toMatchObject({ status: 'signed-in' });
      expect(state?.problem, `cycle ${cycle}`).toBeUndefined();
      await web.waitForTimeout(150 + ((cycle * 211) % 600));
    }
    const webStatus = web.getByRole('status');
    // One more web refresh after the last clock jump, so the page holds a live access token too.
    const refreshed = Number(await webStatus.getAttribute('data-refresh-ok'));
    await expect.poll(async () => Number(await webStatus.getAttribute('data-refresh-ok'))).toBeGreaterThan(refreshed);
    expect(await webStatus.textContent()).toBe(`Signed in as ${DEFAULT_ACCOUNT.name}`);
    expect(Number(await webStatus.getAttribute('data-refresh-ok'))).toBeGreaterThan(3);
    expect(await webStatus.getAttribute('data-refresh-failed')).toBe('0');

    // The server accepts each side's current access token.
    const webAccess = await web.evaluate(
      (key) => (JSON.parse(localStorage.getItem(key)!) as { access_token: string }).access_token,
      CREDENTIALS_KEY,
    );
    const worker = await e2e.browser.worker();
    const extensionAccess = await worker.evaluate(
      async () => (await chrome.storage.local.get<{ session: { accessToken: string } }>('session')).session.accessToken,
    );
    for (const token of [webAccess, extensionAccess]) {
      const me = await e2e.fake.fetch('https://user.mypikpak.com/v1/user/me', {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.status).toBe(200);
    }
    expect(e2e.fake.log.filter({ path: '/v1/auth/token', status: 400 })).toHaveLength(0);
  });
});
