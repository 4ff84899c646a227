import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH), driven through the harness that
 * binds the same IPC handler table that Electron registers. Never run `playwright install` here.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  workers: 2,
  fullyParallel: false,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright',
});
