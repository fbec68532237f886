import { defineConfig } from 'vitest/config';

// Browser tests: the production dist/ in headless Chromium against the fake PikPak under PikPak's real host
// names. One spec file at a time keeps two Chromiums from fighting over the machine's two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: process.env.CI ? 1 : 0,
  },
});
