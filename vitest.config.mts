import { defineConfig } from 'vitest/config';

/**
 * Files that replace modules (`vi.mock` of electron), stub globals or set process-wide state: each runs in a module
 * graph of its own (Vitest's default isolation). Keep this list in step with such tests.
 */
const NEEDS_ISOLATION = [
  'tests/main/ipcPreloadEntry.test.ts',
  'tests/main/electronMainWiring.test.ts',
  'tests/main/electronPresentWindows.test.ts',
  'tests/main/templateLibrary.test.ts',
  'tests/renderer/storeSlideListRenders.test.tsx',
];
const ALL = ['tests/{shared,main,renderer}/**/*.test.{ts,tsx}'];

/**
 * Unit and integration tests (Node). End-to-end tests live in tests/e2e and run under Playwright.
 * Every other file shares its worker's module graph (`isolate: false`): importing the core, zod schemas, reveal.js
 * and jsdom once per worker instead of once per file took the shared and renderer tests from 68 s to 19 s on a
 * busy two-core machine (Vitest docs, "Improving Performance": isolate).
 */
export default defineConfig({
  test: {
    environment: 'node',
    // Two files at a time, whatever the core count (Vitest's own default is one fewer than the cores: one on these
    // two-core machines). Most files wait on a child process (the built CLI, Chromium, LibreOffice), so a second
    // worker fills the core the first leaves idle.
    maxWorkers: 2,
    // One scratch folder per run, removed at the end (tests/setup/tempRoot.ts).
    globalSetup: ['tests/setup/tempRoot.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      { extends: true, test: { name: 'isolated', include: NEEDS_ISOLATION, isolate: true } },
      { extends: true, test: { name: 'shared-graph', include: ALL, exclude: NEEDS_ISOLATION, isolate: false } },
    ],
  },
});
