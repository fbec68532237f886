import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Fast tests in Node: the API client, the fake PikPak's own tests, parsers, stores and components.
// crx() stays out of here; browser tests have their own config (vitest.e2e.config.ts).
// Where a test goes: ARCHITECTURE.md › Tests.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: {
    // Shipped code imports the polyfill; in Node it is the in-memory fake browser (test/setup/).
    alias: {
      'webextension-polyfill': fileURLToPath(new URL('test/setup/extension-browser.ts', import.meta.url)),
      // React libraries (virtua) run on preact/compat, as @preact/preset-vite aliases them in the build.
      'react-dom': 'preact/compat',
      'react/jsx-runtime': 'preact/jsx-runtime',
      react: 'preact/compat',
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    setupFiles: ['test/setup/reset-browser.ts'],
    testTimeout: 15_000,
    // Processed by Vite rather than loaded by Node, so its `react` imports meet the aliases above.
    server: { deps: { inline: ['virtua'] } },
  },
});
