/**
 * The harness's http server on 127.0.0.1 (an ephemeral port): serves the built renderer through the same
 * `resolveAppRequest` that Electron's `app://` protocol handler uses (path containment, MIME types, CSP).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
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

/** Starts the server. GET and HEAD only; anything else is 405. */
export async function startAppServer(rootDir: string): Promise<AppServer> {
  assertRendererBuilt(rootDir);
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
