// ESLint flat config with the layer rules of docs/architecture.md:
// - src-shared imports nothing of ours outside src-shared, and nothing of DOM, Node or Electron;
// - src-renderer never imports src-main;
// - `electron` is imported only under src-main/electron/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'net', 'stream', 'util', 'worker_threads'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/artifacts/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      // `paths` matches the bare module name only, so tests may import our own pure modules under src-main/electron/.
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: '`electron` is imported only under src-main/electron/.' }],
        patterns: [{ group: ['electron/*'], message: '`electron` is imported only under src-main/electron/.' }],
      }],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'react', 'react-dom', ...nodeBuiltins], message: 'src-shared is pure: no DOM, Node, Electron or React.' },
          { group: ['**/src-main/**', '**/src-renderer/**', '../../src-main/*', '../../src-renderer/*'], message: 'src-shared imports nothing of ours outside src-shared.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', ...nodeBuiltins], message: 'The renderer has no Node or Electron; use src-renderer/api.' },
          { group: ['**/src-main/**'], message: 'src-renderer never imports src-main.' },
        ],
      }],
    },
  },
  {
    files: ['src-main/electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-main/**/*.ts', 'tests/**/*.{ts,tsx}', 'bench/**/*.{ts,mjs,js}', 'scripts/**/*.{mjs,js}', '*.config.{ts,mts,mjs,cjs}', 'bin/**/*.cjs', 'scripts/**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/e2e/electron-smoke.spec.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['bin/**/*.cjs', 'scripts/**/*.cjs', '*.config.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
