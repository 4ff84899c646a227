/**
 * The AppWindows port in Electron (createElectronWindows → createPresentWindow/closePresentWindow) against a fake
 * `electron` module (the binary cannot run here): where the presenting windows go, when they are registered, made
 * fullscreen and shown, and that closing one gives the focus back to the editor.
 */
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY } from '../../src-main/electron/appProtocol';
import { createElectronWindows } from '../../src-main/electron/electronWindows';
import { REQUIRED_WEB_PREFERENCES } from './requiredWebPreferences';
import { createWindowRegistry } from '../../src-main/electron/windowRegistry';
import { PRESENT_ROUTES } from '../../src-main/services/presentation/presentationSession';

const fake = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter: EE } = require('node:events') as typeof import('node:events');
  const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, internal: true };
  const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, internal: false };
  class BrowserWindow extends EE {
    static instances: BrowserWindow[] = [];
    /** Called when a page starts loading (the test looks at the registry then). */
    static onLoad: () => void = () => undefined;
    webContents = Object.assign(new EE(), { send: vi.fn(), isDestroyed: () => false });
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.instances.push(this);
    }
    loadURL = vi.fn(async () => BrowserWindow.onLoad());
    getBounds = () => laptop.bounds;
    isDestroyed = () => this.destroyed;
    setBounds = vi.fn();
    setFullScreen = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    close = vi.fn(() => {
      this.destroyed = true;
      this.emit('closed');
    });
  }
  const screen = { getAllDisplays: () => [laptop, projector], getPrimaryDisplay: () => laptop, getDisplayMatching: () => laptop };
  return { BrowserWindow, screen, laptop, projector };
});
// A development build (`app.isPackaged` false): DevTools stay on, as secureWebPreferences gives them.
vi.mock('electron', () => ({ BrowserWindow: fake.BrowserWindow, screen: fake.screen, app: { isPackaged: false }, default: fake }));

type FakeWindow = InstanceType<typeof fake.BrowserWindow>;

function setUp() {
  fake.BrowserWindow.instances.length = 0;
  const registry = createWindowRegistry();
  const editor = new fake.BrowserWindow({});
  registry.add('main', editor as never);
  const windows = createElectronWindows(registry, '/app/out/preload/index.cjs');
  return { registry, editor, windows, last: () => fake.BrowserWindow.instances.at(-1) as FakeWindow };
}

describe('presenting windows in Electron (fake electron module)', () => {
  it('opens the audience window on the external display, registered before its page loads, fullscreen once ready', async () => {
    const { registry, windows, last } = setUp();
    const idsAtLoad: string[][] = [];
    fake.BrowserWindow.onLoad = () => void idsAtLoad.push(registry.ids());
    const id = await windows.open({ role: 'audience', route: PRESENT_ROUTES.audience, fullscreen: true, preferExternalDisplay: true });
    const win = last();
    expect(id).toBe('audience-1');
    expect(idsAtLoad).toEqual([['main', 'audience-1']]);
    expect(win.loadURL).toHaveBeenCalledWith(`${APP_ENTRY}#/present/audience`);
    expect(win.options).toMatchObject({ show: false, x: 1440 + 96, y: 54, width: 1728, height: 972 });
    expect(win.options.webPreferences).toMatchObject({ ...REQUIRED_WEB_PREFERENCES, preload: '/app/out/preload/index.cjs' });
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.setBounds).toHaveBeenCalledWith(fake.projector.bounds);
    expect(win.setFullScreen).toHaveBeenCalledWith(true);
    expect(win.show).toHaveBeenCalled();
    expect(windows.list()).toEqual(['main', 'audience-1']);
  });

  it('opens the presenter view windowed on the primary display', async () => {
    const { windows, last } = setUp();
    const id = await windows.open({ role: 'presenter', route: PRESENT_ROUTES.presenter, fullscreen: false, preferExternalDisplay: false });
    const win = last();
    win.emit('ready-to-show');
    expect(id).toBe('presenter-1');
    expect(win.options).toMatchObject({ x: 72, y: 45, width: 1296, height: 810 });
    expect(win.setFullScreen).not.toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });

  it('closing a presenting window (Esc ends the show) focuses the editor; an unknown id is a no-op', async () => {
    const { editor, windows, last } = setUp();
    const closed = vi.fn();
    windows.onClosed(closed);
    const id = await windows.open({ role: 'audience', route: PRESENT_ROUTES.audience, fullscreen: true, preferExternalDisplay: true });
    const win = last();
    await windows.close(id);
    expect(win.close).toHaveBeenCalled();
    expect(editor.focus).toHaveBeenCalled();
    expect(closed).toHaveBeenCalledWith(id);
    expect(windows.list()).toEqual(['main']);
    await windows.close('audience-9');
    expect(editor.focus).toHaveBeenCalledTimes(1);
  });
});
