import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { PikPakError } from '../../../src/api/errors.ts';
import { createDiagnosticsHandlers } from '../../../src/background/handlers/diagnostics.ts';
import { recordError, safeEndpoint } from '../../../src/background/diagnostics.ts';
import { createRouter, type Handlers } from '../../../src/background/router.ts';
import { MAX_RECENT_ERRORS, recentErrors } from '../../../src/shared/diagnostics.ts';
import { RequestError, type RequestName } from '../../../src/shared/messages.ts';

/**
 * Options › Diagnostics › Recent API errors: what the background keeps of a failed request. Extension storage
 * is @webext-core/fake-browser.
 */
import { fakeBrowser } from '@webext-core/fake-browser';

const REFRESH_TOKEN = 'os.ZmFrZS1yZWZyZXNoLXRva2VuLXRoYXQtbXVzdC1zdGF5LXNlY3JldA';
const ACCESS_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJZZ0RlbW8ifQ.c2lnbmF0dXJl';

/** PikPak's 4126 answer echoes the refresh token in its description (pikpak-api.md §3.2). */
const deadToken = () =>
  new PikPakError({
    kind: 'signed-out',
    endpoint: 'POST /v1/auth/token',
    status: 400,
    error: 'invalid_grant',
    code: 4126,
    detail: `refresh token ${REFRESH_TOKEN} is invalid; Bearer ${ACCESS_TOKEN}`,
  });

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('recordError', () => {
  it('keeps the kind, the request, the endpoint and the status, and nothing of the description or message', async () => {
    await recordError(deadToken(), 'session.useRefreshToken', 1_700_000_000_000);

    expect(await recentErrors.get()).toEqual([
      {
        at: 1_700_000_000_000,
        kind: 'signed-out',
        request: 'session.useRefreshToken',
        endpoint: 'POST /v1/auth/token',
        status: 400,
      },
    ]);
    const raw = JSON.stringify(await fakeBrowser.storage.local.get(null));
    for (const secret of [REFRESH_TOKEN, 'os.', ACCESS_TOKEN, 'Bearer', 'invalid_grant', '4126', 'is invalid']) {
      expect(raw).not.toContain(secret);
    }
  });

  it('keeps the last 20, newest first', async () => {
    for (let i = 1; i <= 25; i++) {
      await recordError(
        new PikPakError({ kind: 'server', endpoint: `GET /drive/v1/files/${i}`, status: 502 }),
        'files.list',
        i,
      );
    }
    const list = await recentErrors.get();
    expect(list).toHaveLength(MAX_RECENT_ERRORS);
    expect(list[0]).toMatchObject({ at: 25, endpoint: 'GET /drive/v1/files/25' });
    expect(list.at(-1)).toMatchObject({ at: 6, endpoint: 'GET /drive/v1/files/6' });
  });

  it('loses none of several errors recorded at once', async () => {
    await Promise.all(
      ['network', 'timeout', 'server', 'rate-limited'].map((kind, i) =>
        recordError(new PikPakError({ kind: kind as 'network', endpoint: 'GET /drive/v1/about' }), 'session.status', i),
      ),
    );
    expect((await recentErrors.get()).map((entry) => entry.kind).sort()).toEqual([
      'network',
      'rate-limited',
      'server',
      'timeout',
    ]);
  });

  it('stores no query, fragment or host of an endpoint, and no status PikPak did not send', async () => {
    const error = new PikPakError({
      kind: 'network',
      endpoint: `GET https://api-drive.mypikpak.com/drive/v1/files?filters=%7B%7D&refresh_token=${REFRESH_TOKEN}#x`,
    });
    await recordError(error, 'session.status', 1);
    expect(await recentErrors.get()).toEqual([
      { at: 1, kind: 'network', request: 'session.status', endpoint: 'GET /drive/v1/files' },
    ]);

    expect(safeEndpoint('GET /drive/v1/about?thumbnail_size=SIZE_LARGE')).toBe('GET /drive/v1/about');
    expect(safeEndpoint(`POST /v1/auth/${REFRESH_TOKEN}`)).toBe('POST /v1/auth/os.[redacted]');
    expect(safeEndpoint('not an endpoint')).toBeUndefined();
  });

  it("skips the handlers' own refusals and errors without a kind, but keeps PikPak's 400s", async () => {
    await recordError(new RequestError('bad-request', 'Paste a refresh token first'), 'session.useRefreshToken', 1);
    await recordError(new RequestError('forbidden', 'Only mypikpak.com may offer a session'), 'session.offer', 2);
    await recordError(new TypeError(`cannot read ${REFRESH_TOKEN}`), 'session.status', 3);
    await recordError('a string', 'session.status', 4);
    expect(await recentErrors.get()).toEqual([]);

    await recordError(
      new PikPakError({ kind: 'bad-request', endpoint: 'POST /drive/v1/task', status: 400 }),
      'session.status',
      5,
    );
    await recordError(new RequestError('timeout', 'No answer'), 'session.signIn', 6);
    expect(await recentErrors.get()).toEqual([
      { at: 6, kind: 'timeout', request: 'session.signIn' },
      { at: 5, kind: 'bad-request', request: 'session.status', endpoint: 'POST /drive/v1/task', status: 400 },
    ]);
  });

  it('starts a new list over a corrupt stored one', async () => {
    await fakeBrowser.storage.local.set({ recentErrors: [{ at: 'yesterday', kind: 'server' }] });
    await recordError(
      new PikPakError({ kind: 'server', endpoint: 'GET /drive/v1/about', status: 503 }),
      'session.status',
      7,
    );
    expect(await recentErrors.get()).toEqual([
      { at: 7, kind: 'server', request: 'session.status', endpoint: 'GET /drive/v1/about', status: 503 },
    ]);
  });

  it('never rejects: a failed write is logged with the kind only', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(`quota exceeded near ${REFRESH_TOKEN}`));
    await expect(recordError(deadToken(), 'session.status')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith('Could not record a signed-out error');
    expect(JSON.stringify(warn.mock.calls)).not.toContain(REFRESH_TOKEN);
  });
});

describe('the router records the errors handlers reject with', () => {
  const EXTENSION_ID = 'extension-id';
  const ORIGIN = 'chrome-extension://extension-id/';
  const PAGE = { id: EXTENSION_ID, url: `${ORIGIN}src/options/index.html` } as Runtime.MessageSender;

  /** A router whose handler for `name` is `handler`; the others are not called here. */
  function routerWith(name: RequestName, handler: () => Promise<unknown>) {
    const handlers = Object.fromEntries(NAMES.map((each) => [each, each === name ? handler : vi.fn()]));
    return createRouter(handlers as unknown as Handlers, EXTENSION_ID, ORIGIN);
  }
  const NAMES: readonly RequestName[] = [
    'diagnostics.checkConnection',
    'diagnostics.clearErrors',
    'session.offer',
    'session.captchaVerified',
    'session.status',
    'session.useRefreshToken',
    'session.signIn',
    'session.signOut',
    'session.useWebSession',
  ];

  it('answers with the error and records it under the request name', async () => {
    const route = routerWith('session.status', () => Promise.reject(deadToken()));
    const answer = await route({ name: 'session.status', payload: { refresh: true } }, PAGE);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'signed-out' } });
    await vi.waitFor(async () =>
      expect(await recentErrors.get()).toEqual([
        expect.objectContaining({
          kind: 'signed-out',
          request: 'session.status',
          endpoint: 'POST /v1/auth/token',
          status: 400,
        }),
      ]),
    );
  });

  it('does not wait for the write', async () => {
    // Storage that has not answered yet: the page gets its answer first.
    let answerStorage: (items: Record<string, unknown>) => void = () => undefined;
    const stalled = new Promise<Record<string, unknown>>((resolve) => (answerStorage = resolve));
    // fake-browser types `get` with chrome's callback overload too; the promise form is the one used.
    const read = vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValueOnce(stalled as never);
    const route = routerWith('session.signIn', () =>
      Promise.reject(new PikPakError({ kind: 'network', endpoint: 'POST /v1/auth/signin' })),
    );
    await expect(
      route({ name: 'session.signIn', payload: { username: 'a', password: 'b' } }, PAGE),
    ).resolves.toMatchObject({
      ok: false,
      error: { kind: 'network' },
    });
    expect(read).toHaveBeenCalledTimes(1);

    answerStorage({});
    await vi.waitFor(async () =>
      expect(await recentErrors.get()).toMatchObject([{ kind: 'network', request: 'session.signIn' }]),
    );
  });

  it("records nothing for the router's own refusals", async () => {
    const route = routerWith('session.status', () => Promise.reject(deadToken()));
    expect(await route({ name: 'session.nope', payload: undefined }, PAGE)).toMatchObject({
      ok: false,
      error: { kind: 'bad-request' },
    });
    expect(await route({ name: 'session.status', payload: {} }, { ...PAGE, id: 'other' })).toMatchObject({
      error: { kind: 'forbidden' },
    });
    expect(
      await route({ name: 'session.status', payload: {} }, { id: EXTENSION_ID, url: 'https://example.com/' }),
    ).toMatchObject({
      error: { kind: 'forbidden' },
    });
    expect(await recentErrors.get()).toEqual([]);
  });
});

describe('diagnostics.clearErrors', () => {
  it('empties the list, after a record still being written', async () => {
    await recordError(deadToken(), 'session.status', 1);
    const pending = recordError(
      new PikPakError({ kind: 'server', endpoint: 'GET /drive/v1/about', status: 500 }),
      'session.status',
      2,
    );
    await createDiagnosticsHandlers()['diagnostics.clearErrors'](undefined, {});
    await pending;
    expect(await recentErrors.get()).toEqual([]);
  });
});
