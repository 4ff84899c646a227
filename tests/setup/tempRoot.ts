import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: one temporary folder for the whole run, made the workers' (and their child processes')
 * `os.tmpdir()` through TMPDIR, and removed when the run ends. Tests make their scratch folders with
 * `mkdtemp(tmpdir())`, and a failing or killed test cannot remove its own, so without this each run left
 * `briefdeck-test-*` folders in /tmp for ever.
 */
export default function setup(): () => void {
  // Vitest runs a global setup once per project (this config has two): the first makes the folder, the others reuse it.
  if (process.env.BRIEFDECK_TEST_TMP) return () => undefined;
  const root = mkdtempSync(join(tmpdir(), 'briefdeck-vitest-'));
  // As /tmp itself is (world-writable, sticky): the tests that write as another user (uid nobody) need to get in.
  chmodSync(root, 0o1777);
  process.env.BRIEFDECK_TEST_TMP = root;
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
