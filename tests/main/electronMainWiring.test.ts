/**
 * The Electron main process wired against a fake `electron` module (the binary cannot run here): what main.ts
 * registers and creates at start-up, with the real services, handler table, gate and policies behind it. This checks
 * the adapter's wiring; the `_electron` smoke spec checks the real thing where the binary exists.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../src-shared/ipc';
import { PRIVILEGED_SCHEMES } from '../../src-main/electron/appProtocol';
import { REQUIRED_WEB_PREFERENCES } from './requiredWebPreferences';

const fake = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter: EE } = require('node:events') as typeof import('node:events');
  class FakeWebContents extends EE {
    send = vi.fn();
    windowOpenHandler?: (d: { url: string }) => unknown;
    isDestroyed = () => false;
    setWindowOpenHandler(fn: (d: { url: string }) => unknown) {
      this.windowOpenHandler = fn;
    }
  }
  const app = Object.assign(new EE(), {
    whenReady: () => Promise.resolve(),
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    getPath: vi.fn(() => ''),
    getVersion: () => '0.1.0',
    isPackaged: false,
  });
  class BrowserWindow extends EE {
    static instances: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.instances.filter((w) => !w.destroyed);
    webContents = new FakeWebContents();
    destroyed = false;
    title = '';
    url = '';
    setDocumentEdited = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.instances.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL = vi.fn(async (url: string) => {
      this.url = url;
      this.webContents.emit('did-finish-load');
    });
    setTitle(t: string) {
      this.title = t;
    }
    getTitle = () => this.title;
    close() {
      const e = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
      this.emit('close', e);
      if (!e.defaultPrevented) {
        this.destroyed = true;
        this.emit('closed');
      }
    }
    isDestroyed = () => this.destroyed;
    getNormalBounds = () => ({ x: 10, y: 10, width: 1280, height: 800 });
    getBounds = () => ({ x: 10, y: 10, width: 1280, height: 800 });
    isMaximized = () => false;
    isMinimized = () => false;
    maximize = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    setFullScreen = vi.fn();
  }
  const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const electron = {
    app,
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() }, fromPartition: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 2 })), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn() },
    screen: { getAllDisplays: () => [display], getDisplayMatching: () => display, getPrimaryDisplay: () => display },
  };
  return { electron, BrowserWindow, app };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

type Handle = (event: unknown, args: unknown) => Promise<unknown>;
const handlerFor = (channel: string): Handle => fake.electron.ipcMain.handle.mock.calls.find((c) => c[0] === channel)![1] as Handle;
const mainWindow = () => fake.BrowserWindow.instances[0];

beforeAll(async () => {
  fake.app.getPath.mockReturnValue(mkdtempSync(join(tmpdir(), 'briefdeck-main-')));
  await import('../../src-main/electron/main');
  await vi.waitFor(() => expect(mainWindow()?.loadURL).toHaveBeenCalled());
});
afterAll(() => vi.restoreAllMocks());

describe('Electron main wiring (fake electron module)', () => {
  it('registers app:// as privileged before ready and serves it through resolveAppRequest', async () => {
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith(PRIVILEGED_SCHEMES);
    const [scheme, serve] = fake.electron.protocol.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await serve(new Request('app://elsewhere/index.html'))).status).toBe(404);
    // Run from source, out/renderer is not next to main.ts: the handler answers an error status, never a file.
    for (const url of ['app://briefdeck/%2e%2e/%2e%2e/package.json', 'app://briefdeck/index.html', 'app://briefdeck/..%5c..%5cpackage.json']) {
      const r = await serve(new Request(url));
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(await r.text()).not.toContain('"name"');
    }
  });

  it('opens the editor window from app://briefdeck with the secure web preferences and the preload', () => {
    const win = mainWindow();
    expect(win.url).toBe('app://briefdeck/index.html');
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject(REQUIRED_WEB_PREFERENCES);
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('denies every permission and registers exactly the contract channels', () => {
    const s = fake.electron.session.defaultSession;
    const cb = vi.fn();
    (s.setPermissionRequestHandler.mock.calls[0][0] as (w: unknown, p: string, c: (g: boolean) => void) => void)(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect((s.setPermissionCheckHandler.mock.calls[0][0] as () => boolean)()).toBe(false);
    expect(fake.electron.ipcMain.handle.mock.calls.map((c) => c[0]).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('hardens the window: navigation away and new windows are refused', () => {
    const wc = mainWindow().webContents;
    const nav = { url: 'https://example.com/', preventDefault: vi.fn() };
    wc.emit('will-navigate', nav);
    expect(nav.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    wc.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(wc.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
  });

  it('answers IPC from the editor main frame and refuses a child frame', async () => {
    const wc = mainWindow().webContents;
    const setDirty = handlerFor('app:setDirty');
    expect(await setDirty({ sender: wc, senderFrame: { url: 'app://briefdeck/index.html', parent: null } }, { dirty: true })).toEqual({ ok: true });
    expect(mainWindow().setDocumentEdited).toHaveBeenCalledWith(true);
    const child = await setDirty({ sender: wc, senderFrame: { url: 'app://briefdeck/slide-frame.html', parent: {} } }, { dirty: false });
    expect(child).toMatchObject({ error: { code: 'forbidden-sender' } });
    const templates = (await handlerFor('templates:list')({ sender: wc, senderFrame: { url: 'app://briefdeck/index.html', parent: null } }, {})) as { templates: unknown[] };
    expect(templates.templates.length).toBeGreaterThan(0);
  });

  it('opens a deck given by a second instance', () => {
    fake.app.emit('second-instance', {}, ['/usr/bin/briefdeck', 'brief.briefdeck'], '/home/analyst');
    expect(mainWindow().webContents.send).toHaveBeenCalledWith('menu:command', { command: 'open-path', path: '/home/analyst/brief.briefdeck' });
  });

  it('builds the native menu', () => {
    const template = fake.electron.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as { label?: string }[];
    expect(template.map((m) => m.label).filter(Boolean)).toEqual(['File', 'Edit', 'View']);
  });

  it('asks before closing with unsaved changes (Cancel keeps the window)', async () => {
    const win = mainWindow();
    const frame = { sender: win.webContents, senderFrame: { url: 'app://briefdeck/index.html', parent: null } };
    expect(await handlerFor('app:setDirty')(frame, { dirty: true })).toEqual({ ok: true });
    win.close();
    await vi.waitFor(() => expect(fake.electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(win.destroyed).toBe(false);
    const options = (fake.electron.dialog.showMessageBox.mock.calls.at(-1) as unknown[]).at(-1) as { buttons: string[] };
    expect(options.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    // After the renderer saved (or the user chose Don't Save), app:closeWindow closes it without asking again.
    expect(await handlerFor('app:closeWindow')(frame, {})).toEqual({ ok: true });
    expect(win.destroyed).toBe(true);
  });
});

