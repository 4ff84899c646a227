/**
 * Serves the built renderer (`out/renderer`) to Electron's `app://briefdeck/` protocol handler and to the test
 * harness's http server alike: path containment (no `..`, encoded traversal, backslashes, absolute or drive paths,
 * NUL bytes, or symlinks that leave the root), MIME types, and the app's Content-Security-Policy on every response
 * (docs/security.md items 7 and 18).
 */
import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

/**
 * The app's CSP. `style-src 'unsafe-inline'` is for reveal.js's inline layout styles; `img-src data: blob:` for
 * embedded slide images; `frame-src 'self'` for the sandboxed slide frame. Nothing may reach the network.
 */
export const APP_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

/** Content types by extension. Anything else is served as application/octet-stream. */
export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Extensions that also get `Access-Control-Allow-Origin: *`: the slide frame is a sandboxed iframe
 * (`sandbox="allow-scripts"`, an opaque origin), and module scripts, stylesheets and fonts load in CORS mode.
 */
const CORS_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.woff', '.woff2', '.ttf', '.otf', '.map']);

/** A response: status, headers and body bytes (empty for errors). */
export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function refuse(status: 400 | 403 | 404 | 405, reason: string): AppResponse {
  return {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': APP_CSP, 'X-Content-Type-Options': 'nosniff' },
    body: Buffer.from(reason, 'utf8'),
  };
}

/**
 * The decoded, root-relative path segments of a URL path, or null when the path tries to leave the root. Strips the
 * query and fragment, percent-decodes once, and refuses: malformed escapes, NUL, backslashes, `..` segments (also
 * `%2e%2e`, decoded), empty segments (`//host`), and drive letters (`C:`). "/" maps to index.html.
 */
export function safeSegments(urlPath: string): string[] | null {
  const pathOnly = urlPath.split(/[?#]/, 1)[0] ?? '';
  if (!pathOnly.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOnly);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.length === 1 && segments[0] === '') return ['index.html'];
  for (const [i, s] of segments.entries()) {
    if (s === '..' || s === '.' || /^[A-Za-z]:/.test(s)) return null;
    if (s === '' && i !== segments.length - 1) return null;
  }
  if (segments[segments.length - 1] === '') segments[segments.length - 1] = 'index.html';
  return segments;
}

/**
 * Resolves `urlPath` (the path part of `app://briefdeck/<path>` or of the harness's http URL) against `rootDir`.
 * 200 with the file; 400 for a refused path; 404 when missing, a folder, or a symlink that leaves `rootDir`.
 * Never throws for a bad path; I/O errors other than "not found" propagate.
 */
export async function resolveAppRequest(urlPath: string, rootDir: string): Promise<AppResponse> {
  const segments = safeSegments(urlPath);
  if (!segments) return refuse(400, 'bad path');
  const realRoot = await realpath(rootDir);
  let real: string;
  try {
    real = await realpath(join(realRoot, ...segments));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return refuse(404, 'not found');
    throw err;
  }
  if (!real.startsWith(realRoot + sep)) return refuse(404, 'not found');
  if (!(await stat(real)).isFile()) return refuse(404, 'not found');
  const ext = extname(real).toLowerCase();
  const headers: Record<string, string> = {
    'Content-Type': MIME_TYPES[ext] ?? 'application/octet-stream',
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
  if (CORS_EXTENSIONS.has(ext)) headers['Access-Control-Allow-Origin'] = '*';
  return { status: 200, headers, body: await readFile(real) };
}
