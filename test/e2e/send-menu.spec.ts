import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotBothThemes, startSignedInE2E, type E2E } from './fixtures.ts';
import { clickMenu as clickMenuIn, openServedPage as servePage, type MenuClickInfo } from './page-actions.ts';

/**
 * "Send to PikPak" from the context menu. Headless Chromium cannot open a real context menu, so the test fires
 * the worker's own `contextMenus.onClicked` event with the data Chrome would pass (the event object's
 * `dispatch`): the registered handler runs inside the production worker exactly as on a click.
 */

let e2e: E2E;
beforeAll(async () => {
  e2e = await startSignedInE2E('basic');
});
afterAll(async () => e2e?.close());

const MAGNET = 'magnet:?xt=urn:btih:08ada5a7a6183aae1e09d831df6748d566095a10&dn=Sintel';

const clickMenu = (info: MenuClickInfo) => clickMenuIn(e2e.browser, info);
const openServedPage = (url: string, html: string) => servePage(e2e.browser, url, html);

const creates = () => e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/files', status: 200 });
const createdUrls = () => creates().map((entry) => (entry.body as { url: { url: string } }).url.url);

describe('Send to PikPak from the context menu', () => {
  it('builds the menu at install: Send to PikPak with My Pack as the default destination', async () => {
    // Chrome offers no way to list menu items; creating one with the same id fails when it exists.
    const worker = await e2e.browser.worker();
    const duplicate = await worker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          chrome.contextMenus.create({ id: 'send:my-pack', title: 'x', contexts: ['link'] }, () =>
            resolve(chrome.runtime.lastError?.message ?? 'created'),
          );
        }),
    );
    expect(duplicate).toMatch(/duplicate id/i);
  });

  it('a right-clicked magnet link becomes exactly one offline task in My Pack, with a notification', async () => {
    e2e.fake.log.clear();
    const page = await openServedPage('https://example.test/links', `<a href="${MAGNET}">Sintel</a>`);
    await clickMenu({ menuItemId: 'send:my-pack', linkUrl: MAGNET, pageUrl: page.url() });
    await expect.poll(createdUrls, { timeout: 15_000 }).toEqual([MAGNET]);
    const body = creates()[0]?.body as { upload_type: string; folder_type: string };
    expect(body.upload_type).toBe('UPLOAD_TYPE_URL');
    expect(body.folder_type).toBe('DOWNLOAD');
    const worker = await e2e.browser.worker();
    await expect
      .poll(() => worker.evaluate(() => chrome.notifications.getAll()), { timeout: 10_000 })
      .toHaveProperty('send-sent');
    await page.close();
  });

  it('a link PikPak cannot take is refused with the reason, and nothing is sent', async () => {
    e2e.fake.log.clear();
    const page = await openServedPage('https://example.test/bad', '<a href="ftp://example.test/file">ftp</a>');
    await clickMenu({ menuItemId: 'send:my-pack', linkUrl: 'ftp://example.test/file', pageUrl: page.url() });
    const worker = await e2e.browser.worker();
    await expect
      .poll(() => worker.evaluate(() => chrome.notifications.getAll()), { timeout: 10_000 })
      .toHaveProperty('send-nothing');
    expect(creates()).toHaveLength(0);
    await page.close();
  });

  it('a selection of 1,000 links (text and anchors) opens the confirm window and every link arrives once', async () => {
    e2e.fake.log.clear();
    const hashes = Array.from({ length: 1000 }, (_, index) => `b${index.toString(16).padStart(39, '0')}`);
    // Half as text, half behind anchors whose text is no link at all.
    const html = hashes
      .map((hash, index) =>
        index % 2 === 0
          ? `<p>magnet:?xt=urn:btih:${hash}&amp;dn=file-${index}</p>`
          : `<p><a href="magnet:?xt=urn:btih:${hash}&amp;dn=file-${index}">Download ${index}</a></p>`,
      )
      .join('\n');
    // On mypikpak.com the extension may read the page (host permission), as `activeTab` allows on a real click.
    const page = await openServedPage('https://mypikpak.com/links-test', `<main>${html}</main>`);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('main')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const confirmWindow = e2e.browser.context.waitForEvent('page', {
      predicate: (opened) => opened.url().includes('src/confirm/'),
    });
    // Chrome flattens and may cut `selectionText`; the handler reads the page itself.
    await clickMenu({
      menuItemId: 'send:my-pack',
      selectionText: 'magnet:?xt=urn:btih:' + hashes[0],
      pageUrl: page.url(),
    });
    const confirm = await confirmWindow;
    // The size the worker opens the window at.
    await confirm.setViewportSize({ width: 460, height: 620 });
    await confirm.getByRole('heading', { name: '1000 links found' }).waitFor();
    await confirm.getByText('1000 of 1000 selected').waitFor();
    await screenshotBothThemes(confirm, 'confirm-selection');

    const started = Date.now();
    await confirm.getByRole('button', { name: 'Send 1000 links' }).click();
    await expect.poll(() => creates().length, { timeout: 120_000, interval: 500 }).toBe(1000);
    const seconds = (Date.now() - started) / 1000;
    const urls = createdUrls();
    expect(new Set(urls).size).toBe(1000);
    for (const hash of hashes) expect(urls).toContain(`magnet:?xt=urn:btih:${hash}&dn=file-${hashes.indexOf(hash)}`);
    // Nothing twice, and nothing left behind in the queue.
    const all = e2e.fake.log.filter({ method: 'POST', path: '/drive/v1/files' });
    expect(all).toHaveLength(1000);
    console.info(
      `1000-link selection: all created in ${seconds.toFixed(1)} s (${(1000 / seconds).toFixed(1)} creates/s)`,
    );
    await page.close();
  }, 180_000);

  it('a selection on a page the extension may not read falls back to the selected text; untick to leave links out', async () => {
    e2e.fake.log.clear();
    const links = ['https://example.test/a.iso', 'https://example.test/b.iso', 'https://example.test/c.iso'];
    const page = await openServedPage('https://example.test/plain', `<p>${links.join(' ')}</p>`);
    const confirmWindow = e2e.browser.context.waitForEvent('page', {
      predicate: (opened) => opened.url().includes('src/confirm/'),
    });
    await clickMenu({ menuItemId: 'send:my-pack', selectionText: links.join(' '), pageUrl: page.url() });
    const confirm = await confirmWindow;
    await confirm.getByRole('heading', { name: '3 links found' }).waitFor();
    await confirm.getByRole('checkbox', { name: /b\.iso/ }).uncheck();
    await confirm.getByText('2 of 3 selected').waitFor();
    await confirm.getByRole('button', { name: 'Send 2 links' }).click();
    await expect.poll(() => createdUrls().sort(), { timeout: 15_000 }).toEqual([links[0], links[2]]);
    await page.close();
  });

  it('the keyboard shortcut sends the selection to the default folder', async () => {
    e2e.fake.log.clear();
    const movies = e2e.fake.seedIds.folders['movies'];
    const worker = await e2e.browser.worker();
    await worker.evaluate(
      async (id) =>
        chrome.storage.local.set({ settings: { defaultDestination: { kind: 'folder', id, name: 'Movies' } } }),
      movies,
    );
    const page = await openServedPage(
      'https://mypikpak.com/shortcut-test',
      `<p id="one">${MAGNET}</p><p>not selected: magnet:?xt=urn:btih:${'e'.repeat(40)}</p>`,
    );
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('one')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      (chrome.commands.onCommand as unknown as { dispatch(command: string, tab: unknown): void }).dispatch(
        'send-selection',
        tab,
      );
    });
    await expect.poll(createdUrls, { timeout: 15_000 }).toEqual([MAGNET]);
    expect(creates()[0]?.body).toMatchObject({ parent_id: movies, folder_type: '' });
    await worker.evaluate(() => chrome.storage.local.remove('settings'));
    await page.close();
  });

  it('a folder from the destination submenu gets the link, and Open on the notification shows that folder', async () => {
    e2e.fake.log.clear();
    const movies = e2e.fake.seedIds.folders['movies'] ?? '';
    // Movies is a recent folder (links went there before), so the submenu offers it.
    const before = await e2e.browser.worker();
    await before.evaluate(
      (id) => chrome.storage.local.set({ recentFolders: [{ kind: 'folder', id, name: 'Movies' }] }),
      movies,
    );
    const page = await openServedPage('https://example.test/folder', `<a href="${MAGNET}">Sintel</a>`);
    await clickMenu({ menuItemId: `send:folder:${movies}`, linkUrl: MAGNET, pageUrl: page.url() });
    await expect.poll(createdUrls, { timeout: 15_000 }).toEqual([MAGNET]);
    expect(creates()[0]?.body).toMatchObject({ parent_id: movies, folder_type: '' });
    const worker = await e2e.browser.worker();
    // Still the one recent destination (quick add and the menu offer it), not added twice.
    expect(await worker.evaluate(async () => (await chrome.storage.local.get('recentFolders')).recentFolders)).toEqual([
      { kind: 'folder', id: movies, name: 'Movies' },
    ]);
    // A burst's notification is redrawn at most once a second: wait for the one that names this send.
    await expect
      .poll(
        () =>
          worker.evaluate(async () => {
            const { notificationActions } = await chrome.storage.session.get('notificationActions');
            return (notificationActions as Record<string, { buttons: { folderId?: string }[] }> | undefined)?.[
              'send-sent'
            ]?.buttons[0]?.folderId;
          }),
        { timeout: 10_000 },
      )
      .toBe(movies);
    const opened = e2e.browser.context.waitForEvent('page', { predicate: (tab) => tab.url().includes('src/files/') });
    await worker.evaluate(() =>
      (chrome.notifications.onButtonClicked as unknown as { dispatch(id: string, index: number): void }).dispatch(
        'send-sent',
        0,
      ),
    );
    const openedPage = await opened;
    await openedPage.waitForLoadState();
    expect(openedPage.url()).toContain(`#folder=${movies}`);
    await page.close();
  });
});
