import { defineConfig } from 'vitest/config';

/** Unit and integration tests (Node). End-to-end tests live in tests/e2e and run under Playwright. */
export default defineConfig({
  test: {
    include: ['tests/{shared,main,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
