/**
 * The harness itself: `window.api` has the preload's shape, calls from a child frame are refused, requests are
 * validated, events reach subscribers with the payload only, and requests leaving the app origin are refused.
 */
import { INVOKE_METHODS } from '../../src-shared/ipc';
import { guardNetwork } from './harness/networkGuard';
import './harness/windowApi';
import { expect, test } from './harness/fixture';

test('window.api has one frozen function per invoke channel, plus on and pathForFile', async ({ app }) => {
  const shape = await app.page.evaluate(() => {
    const api = window.api as unknown as Record<string, unknown>;
    return { keys: Object.keys(api).sort(), frozen: Object.isFrozen(api), types: Object.values(api).map((v) => typeof v) };
  });
  expect(shape.keys).toEqual([...Object.values(INVOKE_METHODS), 'on', 'pathForFile'].sort());
  expect(shape.frozen).toBe(true);
  expect(new Set(shape.types)).toEqual(new Set(['function']));
  expect(app.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});

test('requests are validated at the boundary and failures come back as plain data', async ({ app }) => {
  const results = await app.page.evaluate(async () => {
    const api = window.api!;
    const invoke = (window as unknown as { __briefdeckInvoke(c: string, r: unknown): Promise<unknown> }).__briefdeckInvoke;
    return {
      unknown: await invoke('fs:readFile', { path: '/etc/passwd' }),
      proto: await invoke('__proto__', {}),
      invalid: await api.setDirty({ dirty: 'yes' as unknown as boolean }),
      extraKey: await api.setTitle({ title: 'x', evil: 1 } as unknown as { title: string }),
      ok: await api.setDirty({ dirty: true }),
    };
  });
  expect(results.unknown).toMatchObject({ error: { code: 'unknown-channel' } });
  expect(results.proto).toMatchObject({ error: { code: 'unknown-channel' } });
  expect(results.invalid).toMatchObject({ error: { code: 'invalid-request' } });
  expect(results.extraKey).toMatchObject({ error: { code: 'invalid-request' } });
  expect(results.ok).toEqual({ ok: true });
  expect(app.shell.state('main').dirty).toBe(true);
});

test('a child frame cannot call the handlers and gets no window.api', async ({ app }) => {
  await app.page.evaluate(async (src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  }, `${app.origin}/index.html?child`);
  const child = app.page.frames().find((f) => f !== app.page.mainFrame() && f.url().includes('?child'));
  expect(child).toBeDefined();
  const result = await child!.evaluate(async () => ({
    api: typeof (window as { api?: unknown }).api,
    call: await (window as unknown as { __briefdeckInvoke(c: string, r: unknown): Promise<unknown> }).__briefdeckInvoke('app:setDirty', { dirty: true }),
  }));
  expect(result.api).toBe('undefined');
  expect(result.call).toMatchObject({ error: { code: 'forbidden-sender' } });
  expect(app.shell.state('main').dirty).toBe(false);
});

test('events reach subscribers with the payload only, and unsubscribe stops them', async ({ app }) => {
  await app.page.evaluate(() => {
    const seen: unknown[][] = [];
    (window as unknown as { seen: unknown[][] }).seen = seen;
    const off = window.api!.on('menu:command', (...args: unknown[]) => {
      seen.push(args);
      off();
    });
  });
  await app.menu({ command: 'open-recent', path: '/tmp/a.briefdeck' });
  await app.menu({ command: 'save' });
  const seen = await app.page.evaluate(() => (window as unknown as { seen: unknown[][] }).seen);
  expect(seen).toEqual([[{ command: 'open-recent', path: '/tmp/a.briefdeck' }]]);
});

test('the network guard refuses and records any request that leaves the app origin', async ({ harnessBrowser, appServer }) => {
  const context = await harnessBrowser.newContext();
  const refused = await guardNetwork(context, appServer.origin);
  const page = await context.newPage();
  await page.goto(`${appServer.origin}/index.html`);
  await page.goto('http://198.51.100.7/tracker.png').catch(() => undefined);
  await context.close();
  expect(refused).toEqual(['http://198.51.100.7/tracker.png']);
});

test('a dropped file reports its real path through window.api.pathForFile', async ({ app }) => {
  const path = await app.writeFile('dropped.briefdeck', '{}');
  await app.page.evaluate(() => {
    (window as unknown as { dropped: string[] }).dropped = [];
    document.addEventListener('drop', (e) => {
      for (const f of Array.from(e.dataTransfer?.files ?? [])) (window as unknown as { dropped: string[] }).dropped.push(window.api!.pathForFile(f));
    });
  });
  await app.dropFile(path);
  expect(await app.page.evaluate(() => (window as unknown as { dropped: string[] }).dropped)).toEqual([path]);
  expect(await app.page.evaluate(() => window.api!.pathForFile(new File(['x'], 'other.briefdeck')))).toBe('');
});

test('relaunch keeps the user-data folder: a recovery copy written before is offered after', async ({ app }) => {
  const deck = { schemaVersion: 2, title: 'Unsaved analysis', slides: [{ id: 's1', layout: 'title', title: 'Draft' }] };
  expect(await app.page.evaluate((d) => window.api!.writeRecovery({ key: 'doc-1', deck: d as never }), deck)).toEqual({ ok: true });
  const page = await app.relaunch();
  expect(page).toBe(app.page);
  const listed = await page.evaluate(() => window.api!.listRecovery());
  expect(listed).toMatchObject({ entries: [{ key: 'doc-1', title: 'Unsaved analysis', newerThanFile: true }] });
});
