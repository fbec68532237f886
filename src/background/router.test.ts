import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import type { RequestName } from '../shared/messages.ts';
import { createRouter, type Handlers } from './router.ts';

/**
 * Who may ask the worker what: the router's sender checks. Recording of failed requests is tested with the
 * diagnostics (test/integration/background/recent-errors.test.ts).
 */
const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

const POPUP = { id: EXTENSION_ID, url: `${ORIGIN}src/popup/index.html` } as Runtime.MessageSender;
/** The options page and the file browser are opened in tabs: they have a tab, like a content script. */
const OPTIONS_TAB = {
  id: EXTENSION_ID,
  url: `${ORIGIN}src/options/index.html`,
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
} as Runtime.MessageSender;
/** The session bridge on mypikpak.com: this extension's id, a web page's URL. */
const CONTENT_SCRIPT = {
  id: EXTENSION_ID,
  url: 'https://mypikpak.com/drive/all',
  frameId: 0,
  tab: { id: 9, index: 1, highlighted: true, active: true, pinned: false, incognito: false },
} as Runtime.MessageSender;
const OTHER_EXTENSION = { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: 'chrome-extension://other/' };

const NAMES: readonly RequestName[] = [
  'session.offer',
  'session.captchaVerified',
  'session.status',
  'session.signOut',
  'send.enqueue',
  'send.retry',
  'drive.listFolders',
  'tasks.refresh',
];

/** A router where every handler answers its own name, so a test sees which handler ran. */
function router() {
  const calls: RequestName[] = [];
  const handlers = Object.fromEntries(
    NAMES.map((name) => [
      name,
      (payload: unknown) => {
        calls.push(name);
        return Promise.resolve({ handled: name, payload });
      },
    ]),
  );
  return { route: createRouter(handlers as unknown as Handlers, EXTENSION_ID, ORIGIN), calls };
}

describe('router: who may ask what', () => {
  it('answers extension pages, in a popup or in a tab, with the handler’s value in an envelope', async () => {
    const { route, calls } = router();
    expect(await route({ name: 'tasks.refresh', payload: undefined }, POPUP)).toEqual({
      ok: true,
      value: { handled: 'tasks.refresh', payload: undefined },
    });
    expect(await route({ name: 'send.retry', payload: { id: 'x' } }, OPTIONS_TAB)).toMatchObject({ ok: true });
    expect(calls).toEqual(['tasks.refresh', 'send.retry']);
  });

  it('lets a content script on a PikPak page make only the session bridge’s two requests', async () => {
    const { route, calls } = router();
    expect(await route({ name: 'session.offer', payload: {} }, CONTENT_SCRIPT)).toMatchObject({ ok: true });
    expect(await route({ name: 'session.captchaVerified', payload: {} }, CONTENT_SCRIPT)).toMatchObject({
      ok: true,
    });
    for (const name of ['send.enqueue', 'session.status', 'session.signOut', 'drive.listFolders'] as const) {
      expect(await route({ name, payload: {} }, CONTENT_SCRIPT)).toEqual({
        ok: false,
        error: { kind: 'forbidden', message: `${name} is not available to web pages` },
      });
    }
    expect(calls).toEqual(['session.offer', 'session.captchaVerified']);
  });

  it('refuses other extensions, even for the requests content scripts may make', async () => {
    const { route, calls } = router();
    for (const name of ['session.offer', 'session.status'] as const) {
      expect(await route({ name, payload: {} }, OTHER_EXTENSION)).toEqual({
        ok: false,
        error: { kind: 'forbidden', message: 'Not from this extension' },
      });
    }
    expect(calls).toEqual([]);
  });

  it('does not take a page URL that merely starts like the extension’s for an extension page', async () => {
    const { route, calls } = router();
    const lookalike = { id: EXTENSION_ID, url: `https://evil.example/${ORIGIN}` } as Runtime.MessageSender;
    expect(await route({ name: 'session.status', payload: {} }, lookalike)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(calls).toEqual([]);
  });

  it('answers an unknown request name with bad-request and leaves other messages to other listeners', async () => {
    const { route, calls } = router();
    expect(await route({ name: 'session.nope', payload: undefined }, POPUP)).toEqual({
      ok: false,
      error: { kind: 'bad-request', message: 'Unknown request session.nope' },
    });
    expect(route({ hello: 'world' }, POPUP)).toBeUndefined();
    expect(route('session.status', POPUP)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('wraps a handler’s rejection in an envelope with its kind', async () => {
    const failing = { 'tasks.refresh': vi.fn().mockRejectedValue(Object.assign(new Error('no'), { kind: 'network' })) };
    const route = createRouter(failing as unknown as Handlers, EXTENSION_ID, ORIGIN);
    expect(await route({ name: 'tasks.refresh', payload: undefined }, POPUP)).toEqual({
      ok: false,
      error: { kind: 'network', message: 'no' },
    });
  });
});
