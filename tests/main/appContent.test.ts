import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP, resolveAppRequest, safeSegments } from '../../src-main/services/appContent';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'briefdeck-appcontent-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>BriefDeck</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export const x = 1;');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(join(root, 'assets', 'noto.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(base, 'secret.txt'), 'SECRET');
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link-out.txt'));
  await symlink(base, join(root, 'up'));
  await writeFile(join(root, 'assets', 'inside.txt'), 'inside');
  await symlink(join(root, 'assets', 'inside.txt'), join(root, 'link-in.txt'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('resolveAppRequest', () => {
  it('serves index.html for / with the app CSP', async () => {
    const r = await resolveAppRequest('/', root);
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain('<title>BriefDeck</title>');
    expect(r.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(r.headers['Content-Security-Policy']).toBe(APP_CSP);
    expect(APP_CSP).toContain("default-src 'none'");
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).not.toContain('unsafe-eval');
  });

  it('gives module scripts, styles and fonts their MIME type and CORS for the sandboxed slide frame', async () => {
    const js = await resolveAppRequest('/assets/index-abc.js?v=1', root);
    expect(js.status).toBe(200);
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['Access-Control-Allow-Origin']).toBe('*');
    expect((await resolveAppRequest('/assets/app.css', root)).headers['Content-Type']).toBe('text/css; charset=utf-8');
    expect((await resolveAppRequest('/assets/noto.woff2', root)).headers['Content-Type']).toBe('font/woff2');
    expect((await resolveAppRequest('/index.html', root)).headers['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '//etc/passwd',
    '/C:/Windows/win.ini',
    '/index.html%00.js',
    '/%E0%A4%A',
    'relative/index.html',
  ])('refuses traversal attempt %s', async (path) => {
    const r = await resolveAppRequest(path, root);
    expect(r.status).toBe(400);
    expect(r.body.toString()).not.toContain('SECRET');
  });

  it('refuses symlinks that leave the root, and serves symlinks that stay inside', async () => {
    const out = await resolveAppRequest('/assets/link-out.txt', root);
    expect(out.status).toBe(404);
    expect(out.body.toString()).not.toContain('SECRET');
    expect((await resolveAppRequest('/up/secret.txt', root)).status).toBe(404);
    const inside = await resolveAppRequest('/link-in.txt', root);
    expect(inside.status).toBe(200);
    expect(inside.body.toString()).toBe('inside');
  });

  it('answers 404 for missing files and folders, with the CSP still set', async () => {
    const missing = await resolveAppRequest('/nope.js', root);
    expect(missing.status).toBe(404);
    expect(missing.headers['Content-Security-Policy']).toBe(APP_CSP);
    expect((await resolveAppRequest('/assets', root)).status).toBe(404);
    expect((await resolveAppRequest('/assets/', root)).status).toBe(404);
  });

  it('decodes ordinary escapes once (a double-encoded dot-dot is a literal name)', () => {
    expect(safeSegments('/assets/my%20file.js')).toEqual(['assets', 'my file.js']);
    expect(safeSegments('/%252e%252e/x')).toEqual(['%2e%2e', 'x']);
  });
});
