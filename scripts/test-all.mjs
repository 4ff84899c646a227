#!/usr/bin/env node
// Builds the app (the CLI and e2e tests run the built output), then runs every suite (typecheck and lint side by
// side, as each uses one core; then vitest; then Playwright), then prints one line `N passed, N failed` that adds up
// the suites' results, and each step's time. Exits non-zero when any suite fails. Used by `npm test` and by .ci/run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'build', cmd: 'npx', args: ['electron-vite', 'build'] },
  {
    name: 'typecheck + lint',
    parallel: [
      { name: 'typecheck', cmd: 'npx', args: ['tsc', '-b'] },
      { name: 'lint', cmd: 'npx', args: ['eslint', '--cache', '--cache-location', 'node_modules/.cache/eslint/', '.'] },
    ],
  },
  { name: 'unit', cmd: 'npx', args: ['vitest', 'run'], report: 'test-results/vitest.json', kind: 'vitest' },
  { name: 'e2e', cmd: 'npx', args: ['playwright', 'test'], report: 'test-results/playwright.json', kind: 'playwright' },
];

let passed = 0;
let failed = 0;
let skipped = 0;
let anyFailed = false;
const times = [];

/** Runs commands side by side, each with its output buffered and printed whole when it ends; resolves to statuses. */
function runTogether(commands) {
  return Promise.all(
    commands.map(
      (c) =>
        new Promise((resolve) => {
          const child = spawn(c.cmd, c.args, { stdio: ['ignore', 'pipe', 'pipe'] });
          let out = '';
          child.stdout.on('data', (d) => (out += d));
          child.stderr.on('data', (d) => (out += d));
          child.on('close', (status) => {
            console.log(`--- ${c.name}: ${c.cmd} ${c.args.join(' ')} (exit ${status})${out ? `\n${out.trimEnd()}` : ''}`);
            resolve(status);
          });
        }),
    ),
  );
}

for (const step of steps) {
  if (step.report) rmSync(step.report, { force: true });
  const started = Date.now();
  let ok;
  if (step.parallel) {
    console.log(`\n=== ${step.name}`);
    ok = (await runTogether(step.parallel)).every((status) => status === 0);
  } else {
    console.log(`\n=== ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
    ok = spawnSync(step.cmd, step.args, { stdio: 'inherit' }).status === 0;
  }
  times.push(`${step.name} ${((Date.now() - started) / 1000).toFixed(0)} s`);
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
console.log(`\ntimes: ${times.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? ` (${skipped} skipped)` : ''}`);
process.exit(anyFailed ? 1 : 0);
