#!/usr/bin/env node
// Builds the app (the CLI and e2e tests run the built output), then runs every suite (typecheck, lint, vitest,
// Playwright), then prints one line `N passed, N failed` that adds up
// the suites' results. Exits non-zero when any suite fails. Used by `npm test` and by .ci/run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'build', cmd: 'npx', args: ['electron-vite', 'build'] },
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-b'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.'] },
  { name: 'unit', cmd: 'npx', args: ['vitest', 'run'], report: 'test-results/vitest.json', kind: 'vitest' },
  { name: 'e2e', cmd: 'npx', args: ['playwright', 'test'], report: 'test-results/playwright.json', kind: 'playwright' },
];

let passed = 0;
let failed = 0;
let skipped = 0;
let anyFailed = false;
for (const step of steps) {
  if (step.report) rmSync(step.report, { force: true });
  console.log(`\n=== ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  const r = spawnSync(step.cmd, step.args, { stdio: 'inherit' });
  const ok = r.status === 0;
  if (!ok) anyFailed = true;
  if (step.report && existsSync(step.report)) {
    const json = JSON.parse(readFileSync(step.report, 'utf8'));
    if (step.kind === 'vitest') {
      passed += json.numPassedTests ?? 0;
      failed += json.numFailedTests ?? 0;
      skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
      if (!ok && (json.numFailedTests ?? 0) === 0) failed += 1; // a suite that failed to load
    } else {
      const s = json.stats ?? {};
      passed += (s.expected ?? 0) + (s.flaky ?? 0);
      failed += s.unexpected ?? 0;
      skipped += s.skipped ?? 0;
      if (!ok && (s.unexpected ?? 0) === 0) failed += 1;
    }
  } else if (!ok) {
    failed += 1; // build, typecheck or lint failed: counted as one failure, but a clean step is not a test
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? ` (${skipped} skipped)` : ''}`);
process.exit(anyFailed ? 1 : 0);
