import { runInContext, createContext } from 'node:vm';
import { Window } from 'happy-dom';
import type { FakePikPak } from './index.ts';

/**
 * Runs the fake web app's page in happy-dom for Node tests: the HTML is fetched from the fake, the
 * inline script runs in a vm context whose `fetch` goes to the fake (adding the page's Origin, as a
 * browser would). happy-dom's own script execution stays off; it only provides DOM and localStorage.
 */
export interface PageHandle {
  window: Window;
  status(): { text: string; state: string; ok: number; failed: number };
  reason(): string;
  close(): Promise<void>;
}

export async function openWebApp(
  fake: FakePikPak,
  options: { path?: string; origin?: string; storage?: Record<string, string> } = {},
): Promise<PageHandle> {
  const origin = options.origin ?? 'https://mypikpak.com';
  const url = `${origin}${options.path ?? '/'}`;
  const html = await (await fake.fetch(url)).text();
  const window = new Window({ url });
  for (const [key, value] of Object.entries(options.storage ?? {})) window.localStorage.setItem(key, value);
  window.document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*/i, '');
  const script =
    [...window.document.querySelectorAll('script')].find((s) => !s.getAttribute('type'))?.textContent ?? '';

  const timers: ReturnType<typeof setInterval>[] = [];
  // Calls still running, so close() can let the page finish before its DOM goes away.
  const inFlight = new Set<Promise<unknown>>();
  const pageFetch = (input: string | URL, init: RequestInit = {}): Promise<Response> => {
    const target = new URL(String(input), url);
    const headers = new Headers(init.headers);
    if (target.origin !== origin) headers.set('origin', origin);
    const pending = fake.fetch(target, { ...init, headers });
    inFlight.add(pending);
    void pending.finally(() => inFlight.delete(pending)).catch(() => undefined);
    return pending;
  };
  const context = createContext({
    document: window.document,
    localStorage: window.localStorage,
    location: window.location,
    window: {},
    fetch: pageFetch,
    crypto: globalThis.crypto,
    URLSearchParams,
    Date,
    setInterval: (fn: () => void, ms: number) => {
      const id = setInterval(fn, ms);
      timers.push(id);
      return id;
    },
  });
  runInContext(script, context);

  const statusEl = () => window.document.getElementById('session-status');
  return {
    window,
    status() {
      const el = statusEl();
      return {
        text: el?.textContent ?? '',
        state: el?.getAttribute('data-state') ?? '',
        ok: Number(el?.getAttribute('data-refresh-ok')),
        failed: Number(el?.getAttribute('data-refresh-failed')),
      };
    },
    reason: () => window.document.getElementById('session-reason')?.textContent ?? '',
    async close() {
      for (const id of timers) clearInterval(id);
      do {
        await Promise.allSettled([...inFlight]);
        // Let the page's promise chains (body reads, DOM updates, follow-up calls) run.
        await new Promise((resolve) => setTimeout(resolve, 5));
      } while (inFlight.size > 0);
      await window.happyDOM.close();
    },
  };
}
