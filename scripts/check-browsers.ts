/**
 * `tsx scripts/check-browsers.ts chrome [firefox]`: exits with one sentence per missing browser, before a script
 * builds anything (used by `npm run demo` and `npm run bench`; `npm test` checks the same in scripts/test-all.ts).
 */
import { missingBrowserMessage, type BrowserName } from '../test/support/find-browsers.ts';

const names = process.argv.slice(2).filter((name): name is BrowserName => name === 'chrome' || name === 'firefox');
const missing = names.map(missingBrowserMessage).filter((message) => message !== undefined);
for (const message of missing) console.error(message);
process.exit(missing.length > 0 ? 1 : 0);
