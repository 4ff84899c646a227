/**
 * `npm start` (after the build): starts the Electron app (`electron .`) when its runtime is installed, and
 * otherwise prints one plain message saying what is missing and what works without it, and exits 1.
 * This replaces `electron .` directly, whose missing-binary path tries a download and prints two stack traces.
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { findElectronRuntime } from './electronRuntime';

const root = resolve(__dirname, '..', '..');
let electronDir: string;
try {
  electronDir = dirname(require.resolve('electron/package.json', { paths: [root] }));
} catch {
  electronDir = join(root, 'node_modules', 'electron');
}
const runtime = findElectronRuntime(electronDir);
if (runtime.kind === 'missing') {
  process.stderr.write(`${runtime.message}\n`);
  process.exit(1);
}
const child = spawn(runtime.executable, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
