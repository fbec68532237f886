import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { popupLoad, POPUP_BUDGET_BYTES, sizeOf } from '../../scripts/bundle-size.ts';

/**
 * The popup's JS+CSS budget (40 KB gzip), over the production build when there is one (`npm run build`; the bench
 * prints the same figure). Without dist/ there is nothing to measure, and the test says so rather than passing blind.
 */
const DIST = path.resolve(import.meta.dirname, '../../dist');
const POPUP = 'src/popup/index.html';
const built = existsSync(path.join(DIST, POPUP));

describe('the popup budget', () => {
  it.skipIf(!built)('loads at most 40 KB gzip of page, CSS and scripts on opening', () => {
    const { first, app } = popupLoad(DIST, POPUP);
    // The pre-paint is a classic script loaded before the module; the app (start-*.js) follows the first paint.
    expect(first).toContain('popup-prepaint.js');
    expect(app.some((file) => /start-[\w-]+\.js$/.test(file))).toBe(true);
    // Parts loaded on first use stay out of the opening load.
    expect([...first, ...app].filter((file) => /(?:DeleteTaskDialog|quick-add-lines|SignInPanel)-/.test(file))).toEqual(
      [],
    );
    const total = sizeOf(DIST, first).gzip + sizeOf(DIST, app).gzip;
    expect(POPUP_BUDGET_BYTES).toBe(40 * 1024);
    expect(total).toBeLessThanOrEqual(POPUP_BUDGET_BYTES);
  });
});
