import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, startE2E, type E2E } from './fixtures.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

describe('the worker reaches PikPak', () => {
  it('checks the drive host from Options › Diagnostics, over HTTPS under the real host name', async () => {
    e2e.fake.log.clear();
    const page = await e2e.browser.openPage(`${PAGES.options}#diagnostics`);
    await page.getByRole('button', { name: 'Check connection' }).click();
    const status = page.getByRole('status').filter({ hasText: 'api-drive.mypikpak.com' });
    await expect.poll(() => status.textContent()).toMatch(/api-drive\.mypikpak\.com reachable \(HTTP 4\d\d, \d+ ms\)/);

    const requests = e2e.fake.log.filter({ host: 'api-drive.mypikpak.com', method: 'GET', path: '/drive/v1/about' });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.status).toBeGreaterThanOrEqual(400);
    expect(requests[0]?.status).toBeLessThan(500);
    await page.close();
  });

  it('shows the stored result after a reload and checks again after the worker was stopped', async () => {
    await e2e.browser.stopWorker();
    const page = await e2e.browser.openPage(`${PAGES.options}#diagnostics`);
    await page.getByText(/Last checked:/).waitFor();

    e2e.fake.log.clear();
    await page.getByRole('button', { name: 'Check connection' }).click();
    await expect.poll(() => e2e.fake.log.filter({ path: '/drive/v1/about' }).length).toBe(1);
    await page.close();
  });

  it('says so when PikPak answers with a server error', async () => {
    e2e.fake.control.faults.add({
      kind: 'server-error',
      host: 'drive',
      path: '/drive/v1/about',
      times: 1,
      status: 503,
    });
    const page = await e2e.browser.openPage(`${PAGES.options}#diagnostics`);
    await page.getByRole('button', { name: 'Check connection' }).click();
    await page.getByText('api-drive.mypikpak.com answered with a server error (HTTP 503)').waitFor();
    await page.close();
  });
});
