import { pageStorage, readPopupCache } from './popup-cache.ts';

/**
 * Runs before the popup's bundle (its own small script, first in index.html): puts the last rendered popup on
 * screen from the synchronous cache, so the task rows paint before any module of the app has loaded or any
 * asynchronous read has answered. main.tsx then renders over it. The markup was the popup's own rendering (text
 * escaped by Preact) and the page's CSP allows no inline script.
 */
const app = document.getElementById('app');
const cache = readPopupCache(pageStorage());
if (app && cache && app.childElementCount === 0) {
  app.innerHTML = cache.html;
  app.dataset.cached = '';
}
