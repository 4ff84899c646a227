import { copyFileSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, runCli, tempDir } from './exportTestKit';

/**
 * The CLI reads deck files with the app's openDeckFile, so it refuses the same files the same way: over the 200 MB
 * cap (refused after stat, before reading) or not a valid deck. One line on stderr, exit 1, the file untouched.
 */
beforeAll(() => ensureBuiltCli(), 120_000);

function expectRefused(r: { status: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^briefdeck: /);
  expect(lines[0]).toMatch(pattern);
}

describe('briefdeck CLI with a bad deck file', () => {
  test('a file over the 200 MB cap is refused by size, as in the app; validate and export leave it untouched', () => {
    const dir = tempDir();
    const huge = join(dir, 'huge.briefdeck');
    writeFileSync(huge, '{');
    truncateSync(huge, 201 * 1024 * 1024); // sparse: no real disk use
    const before = statSync(huge);
    expectRefused(runCli(['validate', huge]), /huge\.briefdeck.*201\.0 MB, over the 200 MB limit for a deck file/);
    expectRefused(runCli(['export', huge, '--format', 'html', '--out', join(dir, 'huge.html')]), /201\.0 MB, over the 200 MB limit/);
    const after = statSync(huge);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(readdirSync(dir)).toEqual(['huge.briefdeck']);
  });

  test('an invalid deck (a __proto__ key) names the file and the JSON path; the file is byte-identical, no output', () => {
    const dir = tempDir();
    const bad = join(dir, 'proto-key.briefdeck');
    copyFileSync(new URL('../fixtures/bad-decks/proto-key.briefdeck', import.meta.url), bad);
    const before = readFileSync(bad);
    const mtime = statSync(bad).mtimeMs;
    expectRefused(runCli(['validate', bad]), /proto-key\.briefdeck: .*slides\[2\]\.__proto__/);
    expectRefused(runCli(['export', bad, '--format', 'pdf', '--out', join(dir, 'out.pdf')]), /proto-key\.briefdeck: .*__proto__/);
    expect(readFileSync(bad).equals(before)).toBe(true);
    expect(statSync(bad).mtimeMs).toBe(mtime);
    expect(readdirSync(dir)).toEqual(['proto-key.briefdeck']);
  });
});
