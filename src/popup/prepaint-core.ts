/**
 * The popup's pre-paint (ARCHITECTURE.md, Task monitor › Popup), run by prepaint.ts: during the parse, after the
 * inlined stylesheet, it puts the markup the popup last rendered (popup-cache.ts) into `#app` for the first frame,
 * only when that cache is the account the worker named in the popup's URL (`popupPagePath`). The markup is Preact's
 * output as the browser serialized it (text escaped) and is parsed inert. It imports nothing: the build emits it as a
 * classic script (scripts/popup-html-plugin.ts), which cannot import.
 */

/** popup-cache.ts's key and version (popup-cache.test.ts checks they agree). */
export const PREPAINT_KEY = 'popupCache';
export const PREPAINT_VERSION = 2;

export interface PrepaintPage {
  app: Pick<HTMLElement, 'innerHTML' | 'dataset' | 'setAttribute'> | null;
  /** The page URL's query (`?account=<sub>`). */
  search: string;
  storage: Pick<Storage, 'getItem' | 'removeItem'>;
}

export function prepaint({ app, search, storage }: PrepaintPage): void {
  const account = new URLSearchParams(search).get('account');
  try {
    const text = storage.getItem(PREPAINT_KEY);
    if (app === null || text === null) return;
    const cache: unknown = JSON.parse(text);
    const { v, sub, html } = typeof cache === 'object' && cache !== null ? (cache as Record<string, unknown>) : {};
    if (
      v !== PREPAINT_VERSION ||
      typeof html !== 'string' ||
      typeof sub !== 'string' ||
      account === null ||
      sub !== account
    ) {
      // Another account's (or not valid): never painted, nor kept. Without an account in the URL, left to the app.
      if (account !== null) storage.removeItem(PREPAINT_KEY);
      return;
    }
    app.innerHTML = html;
    // start.tsx reads which account's markup is shown; busy until it takes over, so assistive technology does not
    // present the inert copy and then the live one.
    app.dataset.cached = sub;
    app.setAttribute('aria-busy', 'true');
  } catch (error) {
    console.warn('Ignoring the popup cache', error);
  }
}
