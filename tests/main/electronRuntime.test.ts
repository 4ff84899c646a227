/**
 * `npm start` without the Electron runtime: one plain message, no stack trace, and the app starts when the runtime
 * is there. The built launcher is run as `npm start` runs it (after the build); this machine has no Electron binary.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ELECTRON_MISSING_MESSAGE, findElectronRuntime } from '../../src-main/launch/electronRuntime';
import { ensureBuiltCli, ROOT } from './exportTestKit';

function electronPackage(withBinary: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-electron-'));
  writeFileSync(join(dir, 'path.txt'), 'electron');
  if (withBinary) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '#!/bin/sh\n');
    chmodSync(join(dir, 'dist', 'electron'), 0o755);
  }
  return dir;
}

describe('findElectronRuntime', () => {
  it('finds the binary that path.txt names under dist/', () => {
    const dir = electronPackage(true);
    expect(findElectronRuntime(dir, {})).toEqual({ kind: 'ready', executable: join(dir, 'dist', 'electron') });
  });

  it('says the runtime is missing when the download never happened (no path.txt) or dist/ is gone', () => {
    const never = mkdtempSync(join(tmpdir(), 'briefdeck-electron-'));
    expect(findElectronRuntime(never, {})).toEqual({ kind: 'missing', message: ELECTRON_MISSING_MESSAGE });
    expect(findElectronRuntime(electronPackage(false), {}).kind).toBe('missing');
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const dir = electronPackage(true);
    const bare = electronPackage(false);
    expect(findElectronRuntime(bare, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'dist') })).toEqual({ kind: 'ready', executable: join(dir, 'dist', 'electron') });
  });

  it('the message names what the window needs and what works without it', () => {
    expect(ELECTRON_MISSING_MESSAGE).toMatch(/Electron runtime is not installed/);
    expect(ELECTRON_MISSING_MESSAGE).toMatch(/npx briefdeck help/);
    expect(ELECTRON_MISSING_MESSAGE).toMatch(/npm test/);
    expect(ELECTRON_MISSING_MESSAGE.split('\n').length).toBeLessThanOrEqual(3);
  });
});

describe('the built launcher (npm start after the build)', () => {
  beforeAll(() => ensureBuiltCli());
  const installed = findElectronRuntime(join(ROOT, 'node_modules', 'electron')).kind === 'ready';

  it.skipIf(installed)('without the Electron binary: exit 1, the message alone on stderr, no stack trace, no download attempt', () => {
    expect(existsSync(join(ROOT, 'out', 'main', 'start.js'))).toBe(true);
    const r = spawnSync(process.execPath, [join(ROOT, 'out', 'main', 'start.js')], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(ELECTRON_MISSING_MESSAGE);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
