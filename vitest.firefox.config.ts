import { defineConfig } from 'vitest/config';

// Firefox smoke tests: the production dist-firefox/ in headless Firefox (puppeteer-core over WebDriver BiDi)
// against the fake PikPak, reached through a PAC and a CONNECT proxy. One file at a time, like the Chromium ones.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: process.env.CI ? 1 : 0,
  },
});
