import { afterEach, describe, expect, it, vi } from 'vitest';
import { findBrowser, missingBrowserMessage, requireBrowser } from '../support/find-browsers.ts';

describe('finding the browsers the tests drive', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('takes CHROME_BIN / FIREFOX_BIN as named', () => {
    vi.stubEnv('CHROME_BIN', process.execPath);
    vi.stubEnv('FIREFOX_BIN', process.execPath);
    expect(findBrowser('chrome')).toBe(process.execPath);
    expect(findBrowser('firefox')).toBe(process.execPath);
    expect(missingBrowserMessage('chrome')).toBeUndefined();
  });

  it('says in one sentence that a named browser does not exist', () => {
    vi.stubEnv('CHROME_BIN', '/nowhere/chrome');
    const message = missingBrowserMessage('chrome');
    expect(message).toBe('CHROME_BIN names /nowhere/chrome, which does not exist.');
  });

  it('says what to install when no usual place has the browser', () => {
    vi.stubEnv('FIREFOX_BIN', '');
    vi.stubEnv('PATH', '');
    const found = findBrowser('firefox');
    const message = missingBrowserMessage('firefox');
    if (found === undefined) {
      expect(message).toMatch(/^No Firefox was found: install .*Firefox.*\.$/);
      expect(message?.split('. ').length).toBe(1);
      expect(() => requireBrowser('firefox')).toThrow(message);
    } else {
      // This machine has Firefox in a usual place: it is found and nothing is missing.
      expect(message).toBeUndefined();
      expect(requireBrowser('firefox')).toBe(found);
    }
  });
});
