import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../src-main/services/export/pdf/chromiumPrinter';

/** Repository root and the built CLI entry (bin/briefdeck.cjs runs out/main/cli.js). */
export const ROOT = resolve(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'briefdeck.cjs');

/** Builds the CLI once if out/main/cli.js is missing (CI runs `npm run build` before the tests). */
export function ensureBuiltCli(): void {
  if (!existsSync(join(ROOT, 'out', 'main', 'cli.js'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

/** Runs `briefdeck …` and returns its exit status and output. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 180_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder for a test's outputs, under tests/artifacts (git-ignored), kept for inspection. */
export function artifactDir(name: string): string {
  const base = join(ROOT, 'tests', 'artifacts');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${name}-`));
}

/** A temp folder outside the repository. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'briefdeck-test-'));
}

/** Headless Chromium with the flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** Runs a poppler tool (pdfinfo, pdftotext, pdffonts) and returns its stdout. */
export function poppler(tool: 'pdfinfo' | 'pdftotext' | 'pdffonts', args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}
