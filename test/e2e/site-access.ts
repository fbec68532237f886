import type { ExtensionBrowser } from './browser.ts';

/**
 * Grants the extension an optional host permission the way a user does under its Site access on
 * chrome://extensions (`developerPrivate.addHostPermission`). Headless Chromium never settles
 * `permissions.request()` (its prompt cannot be shown); once the origin is granted this way, the extension's own
 * request for it resolves `true` at once, so the page's Save and Test run their real code path.
 */
export async function grantSiteAccess(browser: ExtensionBrowser, pattern: string): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto('chrome://extensions/');
    await page.evaluate(
      async ([id, host]) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
          .developerPrivate;
        await api.addHostPermission(id, host);
      },
      [browser.extensionId, pattern] as const,
    );
  } finally {
    await page.close();
  }
}

interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
}
