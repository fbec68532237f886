// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import patterns a context must not use, so the contexts stay apart (see ARCHITECTURE.md). */
const forbid = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});
const PAGES = ['**/popup/**', '**/options/**', '**/files/**', '**/confirm/**', '**/player/**', '**/offscreen/**'];
const notTests = ['**/test/**', '**/*.test.ts', '**/*.test.tsx'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', 'test-results/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**'],
    rules: {
      ...forbid([notTests, 'Shipped code never imports test code.']),
      // Firefox is a target: extension APIs go through webextension-polyfill's `browser`.
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use browser from webextension-polyfill.' }],
    },
  },
  {
    files: ['src/popup/**', 'src/options/**', 'src/files/**', 'src/confirm/**', 'src/player/**', 'src/ui/**'],
    rules: forbid(
      [
        ['**/background/**', '**/api/**'],
        'Pages ask the background through shared/messages.ts; only it talks to PikPak.',
      ],
      [['**/shared/session-items*'], 'Tokens are for the background and the session bridge only.'],
      [notTests, 'Shipped code never imports test code.'],
    ),
  },
  {
    files: ['src/content/**'],
    rules: forbid(
      [['**/background/**', '**/api/**', '**/ui/**', ...PAGES], 'The content script may import shared/ only.'],
      [notTests, 'Shipped code never imports test code.'],
    ),
  },
  {
    files: ['src/api/**'],
    rules: {
      ...forbid(
        [
          ['webextension-polyfill', '**/background/**', '**/ui/**', '**/content/**', ...PAGES],
          'The API client runs unchanged in Node: no browser API, no other context.',
        ],
        [notTests, 'Shipped code never imports test code.'],
      ),
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'The API client uses no browser API.' },
        { name: 'browser', message: 'The API client uses no browser API.' },
      ],
    },
  },
  {
    files: ['src/background/**'],
    rules: forbid(
      [['**/ui/**', '**/content/**', ...PAGES], 'The background never imports page or content-script code.'],
      [notTests, 'Shipped code never imports test code.'],
    ),
  },
  // Tests beside the code may use test helpers; page tests still may not reach into the background or the API.
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/**/test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/{popup,options,files,confirm,player,ui}/**/*.test.{ts,tsx}', 'src/ui/test/**'],
    rules: forbid([['**/background/**', '**/api/**'], 'Pages ask the background through shared/messages.ts.']),
  },
);
