import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, POPUP_VIEWPORT, startE2E, type E2E } from './fixtures.ts';

// A Taiwanese browser (--lang=zh-TW) gets the zh_TW catalogue, in Taiwan's words, and Intl writes for Taiwan.
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E('basic', { lang: 'zh-TW' });
});
afterAll(async () => e2e?.close());

describe('a zh-TW browser', () => {
  it('shows the popup in Traditional Chinese', async () => {
    const page = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('PikPak 助手');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    await page.getByRole('heading', { name: '登入 PikPak' }).waitFor();
    await page.getByRole('link', { name: /開啟 mypikpak\.com 登入/ }).waitFor();
    await page.getByRole('button', { name: '開啟檔案瀏覽器' }).waitFor();
    await page.getByRole('button', { name: '設定' }).waitFor();
    const text = (await page.locator('body').innerText()).trim();
    // Neither English nor Simplified Chinese.
    expect(text).not.toMatch(/Sign in to PikPak|登录|设置|打开/);
    await page.close();
  });

  it('shows the options page in Traditional Chinese, with dates written for Taiwan', async () => {
    const page = await e2e.browser.openPage(`${PAGES.options}#diagnostics`);
    const nav = page.getByRole('navigation', { name: '設定分類' });
    for (const section of ['帳號', '下載', '通知', '診斷', '關於']) {
      await nav.getByRole('link', { name: section, exact: true }).waitFor();
      await page.getByRole('heading', { name: section, level: 2, exact: true }).waitFor();
    }
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');

    await page.getByRole('button', { name: '檢查連線' }).click();
    const status = page.getByRole('status').filter({ hasText: 'api-drive.mypikpak.com' });
    await expect
      .poll(() => status.textContent())
      .toMatch(/可以連線到 api-drive\.mypikpak\.com（HTTP 4\d\d，\d+ 毫秒）/);
    // The check's time, from Intl.RelativeTimeFormat('zh-TW'): "現在" (zh-CN writes "现在", English "now").
    await page.getByText('上次檢查：現在').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/Account|Downloads|账号|设置|下载任务|现在/);
    await page.close();
  });
});
