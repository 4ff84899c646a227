/**
 * The one IPC gate of the Electron adapter, with plain event objects shaped like IpcMainInvokeEvent: it refuses a
 * foreign origin, a child frame, a destroyed frame, a webContents that is not ours, unknown channels and invalid
 * requests; only a trusted, valid call reaches the handler. Also the registration and the preload's window.api.
 */
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, INVOKE_METHODS } from '../../src-shared/ipc';
import { createMemoryShell } from '../../src-main/services/ports/appShell';
import { createHandlers } from '../../src-main/handlers/handlers';
import { createServices } from '../../src-main/services/services';
import { createInvokeGate, registerIpc } from '../../src-main/electron/ipcRegistration';
import { buildPreloadApi } from '../../src-main/electron/preloadApi';
import { APP_ORIGIN } from '../../src-main/electron/appProtocol';
import { createQueuedDialogs } from '../e2e/harness/queuedDialogs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ourContents = { id: 1 };
const strangerContents = { id: 2 };
const mainFrame = { url: 'app://briefdeck/index.html#/editor', parent: null };

function setup() {
  const shell = createMemoryShell();
  const services = createServices({
    templatesDir: resolve(__dirname, '../../templates'),
    userDataDir: mkdtempSync(join(tmpdir(), 'briefdeck-ipc-')),
    dialogs: createQueuedDialogs(),
    shell,
  });
  const handlers = createHandlers(services);
  const send = vi.fn();
  const gate = createInvokeGate({ handlers, origin: APP_ORIGIN, windowIdOf: (wc) => (wc === ourContents ? 'main' : undefined), send });
  return { gate, shell, send };
}

describe('IPC gate', () => {
  it('runs a valid call from our main frame', async () => {
    const { gate, shell } = setup();
    expect(await gate({ senderFrame: mainFrame, sender: ourContents }, 'app:setDirty', { dirty: true })).toEqual({ ok: true });
    expect(shell.state('main').dirty).toBe(true);
  });

  it.each([
    ['a foreign origin', { url: 'https://evil.example/index.html', parent: null }],
    ['a look-alike host', { url: 'app://briefdeck.evil/index.html', parent: null }],
    ['credentials in the URL', { url: 'app://briefdeck@evil/index.html', parent: null }],
    ['a file: page', { url: 'file:///work/main/out/renderer/index.html', parent: null }],
    ['a child frame of our origin', { url: 'app://briefdeck/slide-frame.html', parent: { url: 'app://briefdeck/index.html' } }],
    ['an opaque (sandboxed srcdoc) frame', { url: 'about:srcdoc', parent: { url: 'app://briefdeck/index.html' } }],
    ['a destroyed frame', null],
  ])('refuses %s and runs no handler', async (_name, senderFrame) => {
    const { gate, shell } = setup();
    const r = await gate({ senderFrame, sender: ourContents }, 'app:setDirty', { dirty: true });
    expect(r).toMatchObject({ error: { code: 'forbidden-sender' } });
    expect(shell.state('main').dirty).toBe(false);
  });

  it('refuses a webContents that is not one of our windows', async () => {
    const { gate, shell } = setup();
    const r = await gate({ senderFrame: mainFrame, sender: strangerContents }, 'app:setDirty', { dirty: true });
    expect(r).toMatchObject({ error: { code: 'forbidden-sender' } });
    expect(shell.state('main').dirty).toBe(false);
  });

  it('refuses unknown channels and invalid requests', async () => {
    const { gate } = setup();
    const event = { senderFrame: mainFrame, sender: ourContents };
    expect(await gate(event, 'shell:openExternal', { url: 'file:///etc/passwd' })).toMatchObject({ error: { code: 'unknown-channel' } });
    expect(await gate(event, 'hasOwnProperty', {})).toMatchObject({ error: { code: 'unknown-channel' } });
    expect(await gate(event, 'deck:openPath', { path: 42 })).toMatchObject({ error: { code: 'invalid-request' } });
    expect(await gate(event, 'recovery:read', { key: '../../../etc/shadow' })).toMatchObject({ error: { code: 'invalid-request' } });
    expect(await gate(event, 'deck:save', { deck: { schemaVersion: 2, title: 'x', slides: [{ id: 'a', layout: 'bogus' }] } })).toMatchObject({
      error: { code: 'invalid-request' },
    });
  });

  it('sends handler events to the calling webContents only', async () => {
    const { gate, send } = setup();
    const deck = { schemaVersion: 2, title: 'x', slides: [{ id: 'a', layout: 'title' }] };
    // Export with no queued save dialog answer: canceled before any work, so no progress is sent.
    expect(await gate({ senderFrame: mainFrame, sender: ourContents }, 'export:run', { deck, options: { format: 'md' } })).toEqual({ canceled: true });
    expect(send).not.toHaveBeenCalled();
  });

  it('registers exactly the contract channels on ipcMain, and removes them', () => {
    const handled = new Map<string, unknown>();
    const ipcMain = { handle: (c: string, fn: unknown) => void handled.set(c, fn), removeHandler: (c: string) => void handled.delete(c) };
    const { gate: _g, ...rest } = setup();
    void rest;
    const off = registerIpc(ipcMain as never, { handlers: {} as never, origin: APP_ORIGIN, windowIdOf: () => 'main', send: () => undefined });
    expect([...handled.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    off();
    expect(handled.size).toBe(0);
  });
});

describe('preload window.api', () => {
  function fakeIpc() {
    const listeners = new Map<string, Set<(e: unknown, ...a: unknown[]) => void>>();
    return {
      invoked: [] as [string, unknown][],
      invoke(channel: string, arg: unknown) {
        this.invoked.push([channel, arg]);
        return Promise.resolve({ ok: true });
      },
      on(channel: string, l: (e: unknown, ...a: unknown[]) => void) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(l);
      },
      removeListener(channel: string, l: (e: unknown, ...a: unknown[]) => void) {
        listeners.get(channel)?.delete(l);
      },
      fire(channel: string, payload: unknown) {
        for (const l of listeners.get(channel) ?? []) l({ sender: 'ipcRenderer internals', ports: [] }, payload);
      },
    };
  }

  it('has one function per channel, on and pathForFile, and nothing else', () => {
    const api = buildPreloadApi(fakeIpc(), () => '');
    expect(Object.keys(api).sort()).toEqual([...Object.values(INVOKE_METHODS), 'on', 'pathForFile'].sort());
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('invokes the channel of each method with one request object', async () => {
    const ipc = fakeIpc();
    const api = buildPreloadApi(ipc, () => '') as Record<string, (r?: unknown) => Promise<unknown>>;
    await api.listTemplates();
    await api.openDeckPath({ path: '/d/x.briefdeck' });
    expect(ipc.invoked).toEqual([
      ['templates:list', {}],
      ['deck:openPath', { path: '/d/x.briefdeck' }],
    ]);
  });

  it('hands subscribers the payload only, never the event object, and unsubscribes', () => {
    const ipc = fakeIpc();
    const api = buildPreloadApi(ipc, () => '') as { on(e: string, cb: (...a: unknown[]) => void): () => void };
    const seen: unknown[][] = [];
    const off = api.on('menu:command', (...args) => seen.push(args));
    ipc.fire('menu:command', { command: 'save' });
    off();
    ipc.fire('menu:command', { command: 'open' });
    expect(seen).toEqual([[{ command: 'save' }]]);
    expect(() => api.on('ipc:anything', () => undefined)).toThrow(/unknown event/);
  });

  it('answers the dropped file path from webUtils, or an empty string', () => {
    const api = buildPreloadApi(fakeIpc(), ((f: { name: string }) => (f.name === 'a.briefdeck' ? '/home/u/a.briefdeck' : '')) as never) as {
      pathForFile(f: unknown): string;
    };
    expect(api.pathForFile({ name: 'a.briefdeck' })).toBe('/home/u/a.briefdeck');
    const throwing = buildPreloadApi(fakeIpc(), (() => {
      throw new Error('not a File');
    }) as never) as { pathForFile(f: unknown): string };
    expect(throwing.pathForFile({})).toBe('');
  });
});
