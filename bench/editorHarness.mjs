/* global window */
// A small stand-in for the e2e harness, for the editor benchmark (plain Node, no TypeScript loader): serves the built
// renderer (out/renderer) on 127.0.0.1 and gives the page a `window.api` whose deck calls are answered from Node
// through one Playwright binding. Only the channels the benchmark touches do real work; the rest resolve `{ ok: true }`
// or empty lists. The e2e tests use the real handler table (tests/e2e/harness); this file measures renderer speed.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Serves `root` on an ephemeral 127.0.0.1 port. Resolves { origin, close }. */
export async function serveRenderer(root) {
  const server = createServer(async (req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(root + sep) && path !== root) return void res.writeHead(403).end();
    try {
      const file = path.endsWith(sep) || path === root ? join(path, 'index.html') : path;
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Installs `window.api` in every page of `context`. `decks` maps a path to a deck object: `openDeckPath({path})`
 * answers `{ path, deck, hash, readOnly: false, warnings: [] }`. Returns `emit(page, event, payload)` to send
 * main -> renderer events (e.g. a `menu:command` open-path).
 */
export async function installBenchApi(context, decks) {
  // The result crosses as one JSON string and is parsed in the page: Playwright's own argument serialisation walks
  // every object and takes seconds for a 1000-slide deck, far from Electron's structured-clone IPC.
  const json = new Map([...decks].map(([path, deck]) => [path, JSON.stringify({ path, deck, hash: '0'.repeat(64), readOnly: false, warnings: [] })]));
  await context.exposeBinding('__benchOpen', (_source, path) => json.get(path) ?? JSON.stringify({ error: { code: 'not-found', message: `no such deck: ${path}` } }));
  await context.addInitScript(() => {
    const listeners = new Map();
    const ok = async () => ({ ok: true });
    window.api = {
      listTemplates: async () => ({ templates: [] }),
      listArgumentMaps: async () => ({ maps: [] }),
      listRecovery: async () => ({ entries: [] }),
      listRecent: async () => ({ files: [] }),
      openDeckPath: async ({ path }) => JSON.parse(await window.__benchOpen(path)),
      openDeck: async () => ({ canceled: true }),
      saveDeck: async () => ({ canceled: true }),
      writeRecovery: ok, discardRecovery: ok, setTitle: ok, setDirty: ok, setUndoLabels: ok, closeWindow: ok,
      on(event, cb) {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event).add(cb);
        return () => listeners.get(event).delete(cb);
      },
      pathForFile: () => '',
    };
    window.__benchEmit = (event, payload) => listeners.get(event)?.forEach((cb) => cb(payload));
  });
  return (page, event, payload) => page.evaluate(([e, p]) => window.__benchEmit(e, p), [event, payload]);
}
