// @ts-check
/**
 * The popup's pre-paint (see src/popup/popup-cache.ts). A classic script placed right after `<div id="app">`: it runs
 * during the parse, with the page's inlined stylesheet (light and dark) already applied and before the module graph
 * (Preact, the polyfill, the stores) has loaded, and puts the markup the popup last rendered into `#app`, so the
 * first frame already has the task rows. Plain JavaScript in public/ because Vite copies it as is (a module would run
 * only after the whole parse and its imports), and a file because MV3's CSP runs no inline script.
 *
 * Painted only when the cache belongs to the account in the popup's URL: the worker points the toolbar button at
 * `index.html?account=<sub>` whenever the stored account changes (`popupPagePath`), so a cache saved for another
 * account, or with nobody signed in, is never shown; it is dropped instead. The markup is what Preact rendered and
 * the browser serialized (task names escaped); it is parsed inert, no script runs from it.
 */
(() => {
  const KEY = 'popupCache';
  const VERSION = 1;
  const app = document.getElementById('app');
  const account = new URLSearchParams(location.search).get('account');
  try {
    const text = localStorage.getItem(KEY);
    if (app === null || text === null) return;
    /** @type {unknown} */
    const cache = JSON.parse(text);
    if (!isCache(cache) || account === null || cache.account.sub !== account) {
      // Another account's, or nobody's now: never painted, and not kept for a later open either.
      if (account !== null) localStorage.removeItem(KEY);
      return;
    }
    app.innerHTML = cache.html;
    // Read by start.tsx (which cache the screen shows); busy until the app has taken over, so assistive technology
    // does not announce the inert copy and then the live one.
    app.dataset.cached = cache.account.sub;
    app.setAttribute('aria-busy', 'true');
  } catch (error) {
    console.warn('Ignoring the popup cache', error);
  }

  /**
   * @param {unknown} value
   * @returns {value is { v: number, html: string, account: { sub: string }, tasks: { sub: string } }}
   */
  function isCache(value) {
    const cache = record(value);
    const sub = record(cache?.account)?.sub;
    return (
      cache?.v === VERSION &&
      typeof cache.html === 'string' &&
      typeof sub === 'string' &&
      sub !== '' &&
      record(cache.tasks)?.sub === sub
    );
  }

  /** @param {unknown} value */
  function record(value) {
    return typeof value === 'object' && value !== null ? /** @type {Record<string, unknown>} */ (value) : undefined;
  }
})();
