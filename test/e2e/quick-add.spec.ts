import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, POPUP_VIEWPORT, screenshotBothThemes, startE2E, type E2E, signInWithPastedToken } from './fixtures.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E('empty');
});
afterAll(async () => e2e?.close());

const MAGNET = 'magnet:?xt=urn:btih:08ada5a7a6183aae1e09d831df6748d566095a10&dn=Sintel';
const ED2K = 'ed2k://|file|The_Two_Towers-The_Purist_Edit-Trailer.avi|14997504|965c013e991ee246d63d45ea71954c4d|/';
const HTTP = 'https://releases.ubuntu.com/24.04/ubuntu-24.04-desktop-amd64.iso';
const BARE_HASH = 'dd8255ecdc7ca55fb0bbf81323d87062db1f6d1c';

describe('quick add in the popup', () => {
  it('sends exactly the valid lines to PikPak, and names the bad one', async () => {
    const options = await signInWithPastedToken(e2e);
    await options.close();

    e2e.fake.log.clear();
    const popup = await e2e.browser.openPage(PAGES.popup, POPUP_VIEWPORT);
    await popup.getByLabel('Links').fill([MAGNET, ED2K, 'this is not a link', HTTP, BARE_HASH].join('\n'));
    await popup
      .getByRole('list', { name: 'Lines that will not be sent' })
      .getByText(/Line 3/)
      .waitFor();
    // The check is also spoken: the summary is a live region that names the line.
    await popup
      .getByRole('status', { name: 'Line check' })
      .filter({ hasText: /1 line will not be sent: Line 3/ })
      .waitFor();
    await popup.getByRole('button', { name: 'Send to PikPak' }).click();
    await popup
      .getByRole('status')
      .filter({ hasText: /4 links queued/ })
      .waitFor();

    await expect
      .poll(() => e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/files', status: 200 }).length, {
        timeout: 15_000,
      })
      .toBe(4);
    const creates = e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/files' });
    expect(creates).toHaveLength(4);
    const bodies = creates.map(
      (entry) => entry.body as { upload_type: string; url: { url: string }; folder_type?: string; parent_id?: string },
    );
    expect(bodies.map((body) => body.url.url).sort()).toEqual(
      // ed2k hashes are sent in their usual upper case; a bare info hash becomes a magnet.
      [
        MAGNET,
        ED2K.replace('965c013e991ee246d63d45ea71954c4d', '965C013E991EE246D63D45EA71954C4D'),
        HTTP,
        `magnet:?xt=urn:btih:${BARE_HASH}`,
      ].sort(),
    );
    for (const body of bodies) {
      expect(body.upload_type).toBe('UPLOAD_TYPE_URL');
      // No folder chosen: PikPak's "My Pack" (pikpak-api.md §5).
      expect(body.folder_type).toBe('DOWNLOAD');
      expect(body.parent_id ?? '').toBe('');
    }
    // The bad line stays for the user to fix, now as line 1; the sent ones left the box.
    expect(await popup.getByLabel('Links').inputValue()).toBe('this is not a link');
    await popup.getByText('Line 1: not a magnet, ed2k or web link', { exact: true }).waitFor();
    await screenshotBothThemes(popup, 'popup-quick-add');
  });
});
