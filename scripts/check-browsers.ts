/**
 * `tsx scripts/check-browsers.ts chrome [firefox]`: exits with one sentence per missing browser, before a script
 * builds anything (used by `npm run demo`, `bench` and `test:firefox`; `npm test` checks the same in test-all.ts).
 */
import { exitUnlessBrowsersFound, type BrowserName } from '../test/support/find-browsers.ts';

exitUnlessBrowsersFound(
  process.argv.slice(2).filter((name): name is BrowserName => name === 'chrome' || name === 'firefox'),
);
