import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT, SHARER_ACCOUNT } from '../fake-pikpak/seeds/builders.ts';
import {
  openToolbarPopup,
  PAGES,
  POPUP_VIEWPORT,
  screenshotBothThemes,
  startSignedInE2E,
  type E2E,
} from './fixtures.ts';

/**
 * The popup's task monitor in the production build against the fake: the `basic` seed has three tasks
 * (RUNNING at 40 %, ERROR "Task timeout", COMPLETE).
 */
let e2e: E2E;
beforeAll(async () => {
  e2e = await startSignedInE2E('basic');
});
afterAll(async () => e2e?.close());

const RUNNING = 'ubuntu-24.04.1-desktop-amd64.iso';
const FAILED = 'debian-12.7.0-amd64-netinst.iso';
const COMPLETE = 'Night of the Living Dead (1968).mp4';

async function worker() {
  return e2e.browser.worker();
}

/** Notifications on screen, by id (as the worker sees them). */
async function notifications(): Promise<string[]> {
  const sw = await worker();
  return sw.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

async function badge(): Promise<string> {
  const sw = await worker();
  return sw.evaluate(() => chrome.action.getBadgeText({}));
}

/** Presses Refresh and waits for the list request it makes to be answered. */
async function refreshAndWait(popup: Page): Promise<void> {
  const polls = e2e.fake.log.filter({ method: 'GET', path: '/drive/v1/tasks' }).length;
  await popup.getByRole('button', { name: 'Refresh downloads' }).click();
  await expect
    .poll(() => e2e.fake.log.filter({ method: 'GET', path: '/drive/v1/tasks' }).length)
    .toBeGreaterThan(polls);
  await popup.getByRole('button', { name: 'Refresh downloads' }).and(popup.locator(':not([aria-busy])')).waitFor();
}

function row(popup: Page, name: string) {
  return popup.getByRole('list', { name: 'Offline downloads' }).getByRole('listitem').filter({ hasText: name });
}

describe('the popup task monitor', () => {
  let popup: Page;

  it('lists the tasks in three phases with progress and the failure message, and the badge counts the running one', async () => {
    const opened = Date.now();
    popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    const downloads = popup.getByRole('region', { name: 'Downloads' });
    await row(popup, RUNNING).waitFor();
    console.info(`tasks listed ${Date.now() - opened} ms after opening the popup (first poll included)`);
    const bar = row(popup, RUNNING).getByRole('progressbar', { name: `Progress of ${RUNNING}` });
    expect(await bar.getAttribute('aria-valuenow')).toBe('40');
    await row(popup, RUNNING).getByText('40%').waitFor();
    await row(popup, FAILED).getByText('Task timeout').waitFor();
    await row(popup, COMPLETE).getByText('Completed').waitFor();
    await downloads.getByText('1 running · 1 failed · 1 completed').waitFor();
    await expect.poll(badge).toBe('1');
    // Tasks that had finished before the extension watched are history: no notification for them.
    expect(await notifications()).toEqual([]);
    await screenshotBothThemes(popup, 'popup-tasks');
  });

  it('shows the running task complete within 10 s of the fake completing it, with exactly one notification', async () => {
    const id = e2e.fake.seedIds.tasks['running'] ?? '';
    e2e.fake.control.tasks.complete(id);
    const started = Date.now();
    await row(popup, RUNNING).getByText('Completed').waitFor({ timeout: 10_000 });
    console.info(`completion shown in the open popup after ${Date.now() - started} ms`);
    await expect.poll(notifications).toEqual([`task-complete:${id}`]);
    await expect.poll(badge).toBe('');
    // Later polls do not report it again.
    await refreshAndWait(popup);
    expect(await notifications()).toEqual([`task-complete:${id}`]);
  });

  it('retries a failed task with POST /drive/v1/task create_type RETRY', async () => {
    const id = e2e.fake.seedIds.tasks['error'] ?? '';
    await row(popup, FAILED)
      .getByRole('button', { name: `Retry ${FAILED}` })
      .click();
    await expect.poll(() => e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/task' }).length).toBe(1);
    expect(e2e.fake.log.last({ method: 'POST', path: '/drive/v1/task' })?.body).toEqual({
      type: 'offline',
      create_type: 'RETRY',
      id,
    });
    await row(popup, FAILED).getByText('Waiting').waitFor();
    await expect.poll(badge).toBe('1');
  });

  it('keeps working across a worker restart: a completion shows within 10 s, notified once', async () => {
    const added = e2e.fake.control.tasks.add({
      name: 'restart-test.mkv',
      phase: 'PHASE_TYPE_RUNNING',
      progress: 10,
      size: 2_000_000_000,
    });
    await row(popup, 'restart-test.mkv').waitFor({ timeout: 10_000 });
    await e2e.browser.stopWorker();
    e2e.fake.control.tasks.complete(added.id);
    const started = Date.now();
    // The popup's port closed with the worker; it connects again, which starts a new worker that polls.
    await row(popup, 'restart-test.mkv').getByText('Completed').waitFor({ timeout: 10_000 });
    console.info(`completion after a worker restart shown after ${Date.now() - started} ms`);
    await expect
      .poll(async () => (await notifications()).filter((n) => n === `task-complete:${added.id}`).length)
      .toBe(1);
    await refreshAndWait(popup);
    expect((await notifications()).filter((n) => n === `task-complete:${added.id}`)).toHaveLength(1);
  });

  it('deletes a task after asking whether its files go too', async () => {
    const id = e2e.fake.seedIds.tasks['complete'] ?? '';
    await row(popup, COMPLETE)
      .getByRole('button', { name: `Delete ${COMPLETE}` })
      .click();
    const dialog = popup.getByRole('dialog', { name: 'Delete this task?' });
    await dialog.getByRole('checkbox', { name: 'Also delete the downloaded files' }).check();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await row(popup, COMPLETE).waitFor({ state: 'detached' });
    const request = e2e.fake.log.last({ method: 'DELETE', path: '/drive/v1/tasks' });
    expect(request?.query).toMatchObject({ task_ids: id, delete_files: 'true' });
    expect(e2e.fake.control.tasks.get(id)).toBeUndefined();
  });

  it('paints the task rows from its cache on the next open, before any answer (the worker stopped)', async () => {
    await expect
      .poll(() => popup.evaluate(() => localStorage.getItem('popupCache')?.includes('task-row') ?? false))
      .toBe(true);
    // The toolbar's popup URL names the account; read before the worker stops (the pre-paint needs no worker).
    const sw = await worker();
    const url = await sw.evaluate(() => chrome.action.getPopup({}));
    expect(url).toMatch(new RegExp(`\\?account=${DEFAULT_ACCOUNT.sub}$`));
    await e2e.browser.stopWorker();
    const again = await e2e.browser.context.newPage();
    await again.setViewportSize(POPUP_VIEWPORT);
    await again.goto(url);
    await row(again, RUNNING).waitFor();
    // The rows were on screen before the app rendered its first list (the `tasks-painted` mark).
    const times = await again.evaluate(async () => {
      const painted = await new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry: (PerformanceEntry & { renderTime?: number }) | undefined = list.getEntries()[0];
          if (entry) resolve(entry.renderTime || entry.startTime);
        }).observe({ type: 'element', buffered: true });
      });
      for (let i = 0; i < 200 && performance.getEntriesByName('tasks-painted').length === 0; i++)
        await new Promise((r) => setTimeout(r, 10));
      return { painted, rendered: performance.getEntriesByName('tasks-painted')[0]?.startTime ?? NaN };
    });
    expect(times.painted).toBeLessThan(times.rendered);
    await again.close();
  });

  it('makes no request once the popup is closed and nothing runs', async () => {
    // The retried task is still pending; finish it so nothing moves.
    e2e.fake.control.tasks.complete(e2e.fake.seedIds.tasks['error'] ?? '');
    await row(popup, FAILED).getByText('Completed').waitFor({ timeout: 10_000 });
    await popup.close();
    const sw = await worker();
    await expect.poll(() => sw.evaluate(async () => (await chrome.alarms.get('task-poll')) ?? null)).toBeNull();
    const count = e2e.fake.log.filter({ host: 'drive' }).length;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(e2e.fake.log.filter({ host: 'drive' }).length).toBe(count);
  });

  it('never paints the cached rows of the account signed in before, after an account change made while closed', async () => {
    const options = await e2e.browser.openPage(`${PAGES.options}#account`);
    // The popup (closed by now) left its cache for this account, in the origin's storage the options page shares.
    expect(await options.evaluate(() => localStorage.getItem('popupCache') ?? '')).toContain(DEFAULT_ACCOUNT.sub);
    await options.getByRole('button', { name: 'Sign out' }).click();
    await options.getByRole('button', { name: 'Sign out' }).last().click();
    await options.getByRole('button', { name: 'Paste token' }).click();
    await options
      .getByLabel('Refresh token')
      .fill(e2e.fake.control.issueSession({ sub: SHARER_ACCOUNT.sub }).refresh_token);
    await options.getByRole('button', { name: 'Use this token' }).click();
    await options.getByRole('region', { name: 'Account' }).getByText(SHARER_ACCOUNT.email).first().waitFor();
    await options.close();
    // Everything #app showed, from the first parse on, recorded before the page's own scripts run.
    const other = await openToolbarPopup(e2e, SHARER_ACCOUNT.sub, () => {
      const shown: string[] = [];
      Object.assign(window, { shown });
      new MutationObserver(() => shown.push(document.getElementById('app')?.textContent ?? '')).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await other.getByRole('region', { name: 'Account' }).getByText(SHARER_ACCOUNT.name).first().waitFor();
    const shown = await other.evaluate(() => (window as unknown as { shown: string[] }).shown);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((text) => text.includes(RUNNING) || text.includes(DEFAULT_ACCOUNT.name))).toEqual([]);
    // The other account's cache was dropped, not kept for later.
    const kept = await other.evaluate(
      (sub) => localStorage.getItem('popupCache')?.includes(sub) ?? false,
      DEFAULT_ACCOUNT.sub,
    );
    expect(kept).toBe(false);
    await other.close();
  });
});
