import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, runCli, tempDir } from './exportTestKit';

/** Every failure is one line on stderr, starting "briefdeck: ", and a non-zero exit. */
function expectOneLineFailure(r: { status: number | null; stderr: string }, pattern: RegExp, status = 1): void {
  expect(r.status).toBe(status);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^briefdeck: /);
  expect(lines[0]).toMatch(pattern);
}

beforeAll(() => ensureBuiltCli(), 120_000);

describe('briefdeck CLI', () => {
  test('templates lists the built-in templates by id', () => {
    const r = runCli(['templates']);
    expect(r.status).toBe(0);
    const ids = r.stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual(expect.arrayContaining(['full-briefing', 'five-minute-bluf']));
    expect(ids.length).toBeGreaterThanOrEqual(6);
  });

  test('new writes a deck that validate accepts; it never overwrites without --force', () => {
    const dir = tempDir();
    const file = join(dir, 'brief.briefdeck');
    const r = runCli(['new', '--template', 'full-briefing', '--out', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*brief\.briefdeck \(\d+ slides, template full-briefing\)\n$/);
    const v = runCli(['validate', file]);
    expect(v.status).toBe(0);
    expect(v.stdout).toMatch(/valid deck ".+", \d+ slides \(\d+ visible\)/);
    writeFileSync(file, '{"mine": true}');
    expectOneLineFailure(runCli(['new', '--template', 'full-briefing', '--out', file]), /already exists .*--force/);
    expect(readFileSync(file, 'utf8')).toBe('{"mine": true}');
    expect(runCli(['new', '--template', 'full-briefing', '--out', file, '--force']).status).toBe(0);
  });

  test('validate reports a bad deck file in one line naming the problem', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.briefdeck');
    writeFileSync(bad, '{"schemaVersion": 2, "title": 5, "slides": []}');
    expectOneLineFailure(runCli(['validate', bad]), /bad\.briefdeck: .*title/);
    writeFileSync(bad, '{"schemaVersion": 2, "title": "x", ');
    expectOneLineFailure(runCli(['validate', bad]), /line 1/);
    expectOneLineFailure(runCli(['validate', join(dir, 'missing.briefdeck')]), /cannot read .*missing\.briefdeck/);
  });

  test('usage errors exit 2 with one line', () => {
    expectOneLineFailure(runCli(['frobnicate']), /unknown command "frobnicate"/, 2);
    expectOneLineFailure(runCli(['export', '--template', 'full-briefing', '--format', 'docx', '--out', '/tmp/x']), /unknown format "docx"/, 2);
    expectOneLineFailure(runCli(['export', '--format', 'pdf', '--out', '/tmp/x']), /either a deck FILE or --template/, 2);
    expectOneLineFailure(runCli(['new', '--template', 'full-briefing', '--bogus']), /bogus/, 2);
    expectOneLineFailure(runCli(['export', '--template', 'no-such', '--format', 'html', '--out', join(tempDir(), 'x.html')]), /unknown template "no-such" \(known: .*full-briefing/);
    expect(runCli(['help']).stdout).toContain('Usage: briefdeck');
  });

  test('a failed export leaves no partial file and never replaces an existing one', () => {
    const dir = tempDir();
    const out = join(dir, 'keep.pdf');
    writeFileSync(out, 'previous export');
    expectOneLineFailure(runCli(['export', '--template', 'full-briefing', '--format', 'pdf', '--out', out], { CHROMIUM_PATH: '/nonexistent/chromium' }), /No Chromium found .*CHROMIUM_PATH/);
    expect(readFileSync(out, 'utf8')).toBe('previous export');
    expect(readdirSync(dir)).toEqual(['keep.pdf']);
    expectOneLineFailure(runCli(['export', '--template', 'full-briefing', '--format', 'html', '--out', join(dir, 'no', 'such', 'dir.html')]), /ENOENT/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  test('exporting a deck file never modifies it', () => {
    const dir = tempDir();
    const file = join(dir, 'deck.briefdeck');
    expect(runCli(['new', '--template', 'five-minute-bluf', '--out', file]).status).toBe(0);
    const before = readFileSync(file);
    const r = runCli(['export', file, '--format', 'html', '--out', join(dir, 'deck.html'), '--include-hidden']);
    expect(r.status).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readFileSync(join(dir, 'deck.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});
