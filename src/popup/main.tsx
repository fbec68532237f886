import '../ui/styles/base.css';
import './popup.css';
import './tasks.css';

/**
 * The popup's entry: the stylesheets (inlined into the page by the build, scripts/popup-html-plugin.ts) and a loader,
 * nothing else on purpose: whatever it imports statically is fetched and run before the first frame. When
 * the pre-paint (prepaint-core.ts) has put the cached markup in `#app`, the app (start.tsx: Preact, the polyfill, the
 * stores) is imported after that frame, since loading it keeps the page too busy for Chrome to paint first.
 */
const start = () => void import('./start.tsx').then(({ startPopup }) => startPopup());
if (document.getElementById('app')?.dataset.cached !== undefined) requestAnimationFrame(() => setTimeout(start, 0));
else start();
