import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH), driven through the harness that
 * binds the same IPC handler table that Electron registers. Never run `playwright install` here.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 180_000,
  // Every assertion waits for the state it checks, for at most this long. Playwright's default (5 s) is shorter than
  // a first reveal.js layout in the preview frame, or a PDF export, takes when other work keeps both cores busy; a
  // longer bound costs a passing assertion nothing, since it returns as soon as the state is there.
  expect: { timeout: 30_000 },
  workers: 2,
  fullyParallel: false,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright',
});
