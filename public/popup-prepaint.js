// @ts-check
// The popup's pre-paint (ARCHITECTURE.md, Task monitor › Popup): run during the parse, after the inlined CSS, it puts
// the markup the popup last rendered (src/popup/popup-cache.ts, same key and version) into #app for the first frame,
// only when that cache is the account the worker named in the popup's URL. The markup is Preact's output as the
// browser serialized it (text escaped) and is parsed inert. A file in public/: MV3 runs no inline script.
(() => {
  const KEY = 'popupCache';
  const app = document.getElementById('app');
  const account = new URLSearchParams(location.search).get('account');
  try {
    const text = localStorage.getItem(KEY);
    if (app === null || text === null) return;
    /** @type {unknown} */
    const cache = JSON.parse(text);
    const { v, sub, html } =
      typeof cache === 'object' && cache !== null ? /** @type {Record<string, unknown>} */ (cache) : {};
    if (v !== 2 || typeof html !== 'string' || typeof sub !== 'string' || account === null || sub !== account) {
      // Another account's (or not valid): never painted, nor kept. Without an account in the URL, left to the app.
      if (account !== null) localStorage.removeItem(KEY);
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
})();
