/**
 * The harness's http server on 127.0.0.1 (an ephemeral port): serves the built renderer through the same
 * `resolveAppRequest` that Electron's `app://` protocol handler uses (path containment, MIME types, CSP).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { resolveAppRequest } from '../../../src-main/services/appContent';

export interface AppServer {
  /** e.g. "http://127.0.0.1:43117" */
  origin: string;
  close(): Promise<void>;
}

/** Throws a clear error when `npm run build` has not produced `<rootDir>/index.html`. */
export function assertRendererBuilt(rootDir: string): void {
  if (!existsSync(join(rootDir, 'index.html'))) {
    throw new Error(`${join(rootDir, 'index.html')} is missing: run \`npm run build\` (electron-vite build) before the e2e tests`);
  }
}

/** The newest modification time (ms) of the files under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Warns (once per call) when renderer or shared sources changed after the build: the e2e tests would run old code. */
export function warnIfRendererStale(rootDir: string): void {
  const repo = dirname(dirname(rootDir));
  const built = statSync(join(rootDir, 'index.html')).mtimeMs;
  const source = Math.max(newestMtime(join(repo, 'src-renderer')), newestMtime(join(repo, 'src-shared')));
  if (source > built) console.warn(`[harness] ${rootDir} is older than src-renderer/ or src-shared/: run \`npm run build\` to test the current code`);
}

/** Starts the server. GET and HEAD only; anything else is 405. */
export async function startAppServer(rootDir: string): Promise<AppServer> {
  assertRendererBuilt(rootDir);
  warnIfRendererStale(rootDir);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    resolveAppRequest(req.url ?? '/', rootDir).then(
      (r) => res.writeHead(r.status, r.headers).end(req.method === 'HEAD' ? undefined : r.body),
      (err: unknown) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(err)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
