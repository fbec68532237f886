import '../ui/styles/base.css';
import './popup.css';
import './tasks.css';
import { pageStorage, readPopupCache } from './popup-cache.ts';

/**
 * The popup's entry: small on purpose. It paints the last rendered popup from the synchronous cache (popup-cache.ts)
 * as soon as it runs, before the app's modules (Preact, the polyfill, the stores) have loaded, then loads the app,
 * which renders over the cached markup from the same cached data until `browser.storage` answers.
 */
const storage = pageStorage();
const cached = readPopupCache(storage);
const app = document.getElementById('app');
if (app && cached) {
  // The popup's own earlier rendering (text escaped by Preact); the page's CSP runs no inline script.
  app.innerHTML = cached.html;
  app.dataset.cached = '';
}
const start = () => void import('./start.tsx').then(({ startPopup }) => startPopup(storage, cached));
// Loading the app keeps the page busy enough that Chrome would not paint the cached markup before it: the app waits
// for that frame (a frame's wait, against the whole app's load before anything showed).
if (cached) requestAnimationFrame(() => setTimeout(start, 0));
else start();
