import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT, type TokenPair } from '../fake-pikpak/index.ts';
import { SHARER_ACCOUNT } from '../fake-pikpak/seeds/builders.ts';
import { PAGES, POPUP_VIEWPORT, screenshotBothThemes, startE2E, type E2E } from './fixtures.ts';

/**
 * The trust rules of the session (ARCHITECTURE.md › The session › Trust), against the production build: what a
 * script on mypikpak.com can write into the web app's storage, and what any website can put in a URL, does not
 * decide which account the extension uses, where links go, or whether a signed-out web app is signed in again.
 */
let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => e2e?.close());

const WEB_APP = 'https://mypikpak.com/drive/all';
const CREDENTIALS_KEY = 'credentials_YUMx5nI8ZU8Ap8pm';
const MAGNET_A = 'magnet:?xt=urn:btih:08ada5a7a6183aae1e09d831df6748d566095a10&dn=Sintel';
const MAGNET_B = 'magnet:?xt=urn:btih:dd8255ecdc7ca55fb0bbf81323d87062db1f6d1c&dn=Tears';

async function signInOnTheWebApp(): Promise<Page> {
  const page = await e2e.browser.context.newPage();
  await page.goto(WEB_APP);
  await page.getByLabel('Email').fill(DEFAULT_ACCOUNT.email);
  await page.getByLabel('Password').fill(DEFAULT_ACCOUNT.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Signed in as ${DEFAULT_ACCOUNT.name}` })
    .waitFor();
  await expect
    .poll(extensionSession, { timeout: 10_000 })
    .toMatchObject({ refreshToken: await pageRefreshToken(page) });
  return page;
}

/** What any script on the page can do: write the web app's credentials item (here, as the web app writes it). */
async function plant(page: Page, pair: TokenPair, sub = pair.sub): Promise<void> {
  const now = e2e.fake.control.clock.now();
  const value = JSON.stringify({
    token_type: 'Bearer',
    access_token: pair.access_token,
    refresh_token: pair.refresh_token,
    expires_in: pair.expires_in,
    sub,
    expires_at: new Date(now + pair.expires_in * 1000 - 300_000).toISOString(),
  });
  await page.evaluate(([key, item]) => localStorage.setItem(key!, item!), [CREDENTIALS_KEY, value]);
}

async function pageRefreshToken(page: Page): Promise<string | undefined> {
  return page.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { refresh_token?: string } | null)?.refresh_token,
    CREDENTIALS_KEY,
  );
}

/** The extension's own session, read inside the worker (it never leaves the extension otherwise). */
async function extensionSession(): Promise<{ refreshToken: string; sub: string; detached?: boolean } | null> {
  const worker = await e2e.browser.worker();
  return worker.evaluate(async () => {
    const { session } = await chrome.storage.local.get<{
      session?: { refreshToken: string; sub: string; detached?: boolean } | null;
    }>('session');
    return session ?? null;
  });
}

async function workerItem(area: 'local' | 'session', key: string): Promise<unknown> {
  const worker = await e2e.browser.worker();
  return worker.evaluate(
    async ([area, key]) => (await chrome.storage[area as 'local' | 'session'].get(key))[key!] ?? null,
    [area, key],
  );
}

async function sendFromPopup(popup: Page, link: string): Promise<void> {
  const created = e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/files', status: 200 }).length;
  await popup.getByLabel('Links').fill(link);
  await popup.getByRole('button', { name: 'Send to PikPak' }).click();
  await expect
    .poll(() => e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/files', status: 200 }).length, {
      timeout: 15_000,
    })
    .toBe(created + 1);
}

const taskUrls = (sub: string) => e2e.fake.control.tasks.list(sub).map((task) => task.url);

describe('a mypikpak.com page offering another account', () => {
  it('does not change the account or where links go until the user agrees in the popup', async () => {
    const web = await signInOnTheWebApp();
    // A script on the page writes another account's (valid) session into the web app's storage.
    await plant(web, e2e.fake.control.issueSession({ sub: SHARER_ACCOUNT.sub }));

    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    const question = popup.getByRole('region', { name: 'Use another PikPak account?' });
    await question
      .getByText(
        `mypikpak.com is signed in as ${SHARER_ACCOUNT.email}. Use that account instead of ${DEFAULT_ACCOUNT.email}?`,
      )
      .waitFor({ timeout: 10_000 });
    await screenshotBothThemes(popup, 'popup-switch-account');
    expect(await extensionSession()).toMatchObject({ sub: DEFAULT_ACCOUNT.sub });
    await popup.getByRole('region', { name: 'Account' }).getByText(DEFAULT_ACCOUNT.name).first().waitFor();

    // Links still go to the account in use.
    await sendFromPopup(popup, MAGNET_A);
    expect(taskUrls(DEFAULT_ACCOUNT.sub)).toContain(MAGNET_A);
    expect(taskUrls(SHARER_ACCOUNT.sub)).not.toContain(MAGNET_A);

    // The user agrees: from now on the extension uses that account.
    await question.getByRole('button', { name: 'Switch' }).click();
    await popup.getByRole('region', { name: 'Account' }).getByText(SHARER_ACCOUNT.name).first().waitFor();
    expect(await extensionSession()).toMatchObject({ sub: SHARER_ACCOUNT.sub });
    expect(await question.count()).toBe(0);
    await sendFromPopup(popup, MAGNET_B);
    expect(taskUrls(SHARER_ACCOUNT.sub)).toContain(MAGNET_B);
    expect(taskUrls(DEFAULT_ACCOUNT.sub)).not.toContain(MAGNET_B);
  });

  it('keeps the account when the user says so, and the question survives a stopped worker', async () => {
    const web = await signInOnTheWebApp();
    await plant(web, e2e.fake.control.issueSession({ sub: SHARER_ACCOUNT.sub }));
    await expect
      .poll(() => workerItem('local', 'sessionQuestion'), { timeout: 10_000 })
      .toMatchObject({
        kind: 'switch-account',
      });
    await e2e.browser.stopWorker();

    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    await popup.getByRole('button', { name: `Keep ${DEFAULT_ACCOUNT.email}` }).click();
    await expect.poll(() => workerItem('local', 'sessionQuestion')).toBeNull();
    expect(await popup.getByRole('region', { name: 'Use another PikPak account?' }).count()).toBe(0);
    expect(await extensionSession()).toMatchObject({ sub: DEFAULT_ACCOUNT.sub });
  });

  it('refuses a forged sub: the extension keeps its session, spends nothing and writes nothing back', async () => {
    const web = await signInOnTheWebApp();
    const before = await extensionSession();
    const spentBefore = await workerItem('local', 'spentRefreshTokens');
    // Another account's session, labelled as the user's own account.
    const other = e2e.fake.control.issueSession({ sub: SHARER_ACCOUNT.sub });
    await plant(web, other, DEFAULT_ACCOUNT.sub);

    // The extension asked PikPak whose it is...
    await expect
      .poll(
        () =>
          e2e.fake.log
            .filter({ path: '/v1/user/me' })
            .filter((entry) => entry.headers.authorization === `Bearer ${other.access_token}`).length,
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    // ...and took nothing.
    expect(await extensionSession()).toEqual(before);
    expect(await workerItem('local', 'spentRefreshTokens')).toEqual(spentBefore);
    expect(await workerItem('local', 'sessionQuestion')).toBeNull();
    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    await popup.getByRole('region', { name: 'Account' }).getByText(DEFAULT_ACCOUNT.name).first().waitFor();
    expect(await popup.getByRole('region', { name: 'Use another PikPak account?' }).count()).toBe(0);
    // The next load of the web app is not handed the user's pair either.
    await web.reload();
    await web.getByRole('status').filter({ hasText: 'Signed in as' }).waitFor();
    expect(await pageRefreshToken(web)).toBe(other.refresh_token);
  });
});

describe('signing out of mypikpak.com', () => {
  it('pauses the borrowed session and says so; "Sign out here too" signs the extension out', async () => {
    const web = await signInOnTheWebApp();
    await web.getByRole('button', { name: 'Sign out' }).click();
    await web.getByRole('status').filter({ hasText: 'Signed out' }).waitFor();
    // The bridge notices within its 2 s look at the page's storage (the web app's own tab gets no storage event).
    await expect
      .poll(() => workerItem('local', 'sessionQuestion'), { timeout: 10_000 })
      .toMatchObject({ kind: 'web-signed-out' });

    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    const question = popup.getByRole('region', { name: 'Session paused' });
    await question
      .getByText('You signed out of mypikpak.com, so the extension paused that session.')
      .waitFor({ timeout: 10_000 });
    await screenshotBothThemes(popup, 'popup-session-paused');
    expect(await extensionSession()).toBeNull();
    // Options says so too.
    const options = await e2e.browser.openPage(`${PAGES.options}#account`);
    await options.getByRole('region', { name: 'Session paused' }).waitFor();
    await screenshotBothThemes(options, 'options-session-paused');
    await options.close();

    await question.getByRole('button', { name: 'Sign out here too' }).click();
    await popup.getByRole('button', { name: /Use my mypikpak\.com session/ }).waitFor();
    await web.reload();
    await web.getByRole('status').filter({ hasText: 'Signed out' }).waitFor();
    expect(await pageRefreshToken(web)).toBeUndefined();
  });

  it('stays signed out after the extension refreshes, even when the page plants the old token', async () => {
    const web = await signInOnTheWebApp();
    const held = await pageRefreshToken(web);
    // The web app drops its session without telling PikPak (site data cleared).
    await web.evaluate((key) => localStorage.removeItem(key), CREDENTIALS_KEY);
    await expect
      .poll(() => workerItem('local', 'sessionQuestion'), { timeout: 10_000 })
      .toMatchObject({ kind: 'web-signed-out' });

    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    await popup.getByRole('button', { name: 'Keep using it' }).click({ timeout: 10_000 });
    await popup.getByRole('region', { name: 'Account' }).getByText(DEFAULT_ACCOUNT.name).first().waitFor();
    expect(await extensionSession()).toMatchObject({ detached: true });
    await popup.close();

    // Every access token expires; the extension's next call refreshes while the signed-out tab is open.
    e2e.fake.control.clock.advance(3 * 60 * 60 * 1000);
    const again = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    await expect.poll(async () => (await extensionSession())?.refreshToken, { timeout: 10_000 }).not.toBe(held);
    await again.getByRole('region', { name: 'Account' }).getByText(DEFAULT_ACCOUNT.name).first().waitFor();
    expect(await pageRefreshToken(web)).toBeUndefined();
    await web.reload();
    await web.getByRole('status').filter({ hasText: 'Signed out' }).waitFor();

    // A script plants the token the extension rotated away: the page is not handed the live pair for it.
    await web.evaluate(
      ([key, token]) =>
        localStorage.setItem(
          key!,
          JSON.stringify({
            access_token: 'x'.repeat(40),
            refresh_token: token,
            sub: 'YgDemoUser000001',
            expires_at: '2000-01-01T00:00:00Z',
            token_type: 'Bearer',
            expires_in: 0,
          }),
        ),
      [CREDENTIALS_KEY, held],
    );
    await web.reload();
    await web.getByRole('status').filter({ hasText: 'Signed out' }).waitFor();
    expect(await pageRefreshToken(web)).toBeUndefined(); // The web app dropped the dead token itself.
    expect(await extensionSession()).toMatchObject({ sub: DEFAULT_ACCOUNT.sub, detached: true });
  });
});

describe('a captcha token arriving at mypikpak.com/loading', () => {
  it('is ignored with no human check pending, and taken once for the check the extension opened', async () => {
    const stray = await e2e.browser.context.newPage();
    await stray.goto('https://mypikpak.com/loading?captcha_token=ck0.from-some-website&state=getcaptcha1');
    await stray.getByText('Captcha verified').waitFor(); // The (fake) web app's own page loaded, bridge and all.
    await stray.waitForTimeout(1000);
    expect(await workerItem('session', 'verifiedCaptcha')).toBeNull();

    // A real check, from the options page's password sign-in.
    e2e.fake.control.captcha.mode = 'human-check';
    const options = await e2e.browser.openPage(`${PAGES.options}#account`);
    await options.getByRole('button', { name: 'Use password' }).click();
    await options.getByLabel('Email or phone').fill(DEFAULT_ACCOUNT.email);
    await options.getByLabel('Password', { exact: true }).fill(DEFAULT_ACCOUNT.password);
    const checkTab = e2e.browser.context.waitForEvent('page');
    await options.getByRole('button', { name: 'Sign in', exact: true }).click();
    const puzzle = await checkTab;
    await puzzle.waitForURL(/user\.mypikpak\.com\/captcha\//);

    // While it is pending, a token for another check is still ignored.
    await stray.goto('https://mypikpak.com/loading?captcha_token=ck0.another-check&state=getcaptcha2');
    await stray.waitForTimeout(1000);
    expect(await workerItem('session', 'verifiedCaptcha')).toBeNull();
    await options.getByText('Waiting for you to finish PikPak’s check in the other tab…').waitFor();

    await puzzle.getByRole('button', { name: 'Verify' }).click();
    e2e.fake.control.captcha.mode = 'auto';
    await puzzle.waitForURL(/mypikpak\.com\/loading\?/);
    await options.getByRole('region', { name: 'Account' }).getByText(DEFAULT_ACCOUNT.email).first().waitFor();
    expect(e2e.fake.log.filter({ path: '/v1/auth/signin', status: 200 })).toHaveLength(1);

    // The same answer again is not taken a second time.
    await stray.goto(puzzle.url());
    await stray.waitForTimeout(1000);
    expect(await workerItem('session', 'verifiedCaptcha')).toBeNull();
    expect(await workerItem('session', 'pendingHumanCheck')).toBeNull();
  });
});
