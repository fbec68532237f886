import { defineConfig } from 'vitest/config';

// Fast tests in Node: the API client, the fake PikPak's own tests, parsers, stores and components.
// crx() stays out of here; browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 15_000,
  },
});
