/**
 * The Electron adapter's decisions as plain functions (Electron cannot run here): window options, navigation (parsed
 * URLs), permissions, openExternal, webview, the native menu, window state, the close guard, argv and display choice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY, isAppUrl, PRIVILEGED_SCHEMES } from '../../src-main/electron/appProtocol';
import { decideClose } from '../../src-main/electron/closeGuard';
import { deckPathFromArgv } from '../../src-main/electron/deckArgs';
import { buildMenuTemplate } from '../../src-main/electron/menuTemplate';
import { allowChildFrameNavigation, allowMainFrameNavigation, allowWebviewAttach, windowOpenAction } from '../../src-main/electron/navigationPolicy';
import { externalUrlAllowed, openExternalAfterConfirm } from '../../src-main/electron/openExternalPolicy';
import { devicePermissionHandler, permissionCheckHandler, permissionRequestHandler } from '../../src-main/electron/permissionPolicy';
import { devToolsAllowed, secureWebPreferences } from '../../src-main/electron/secureWebPreferences';
import { fitWindowState } from '../../src-main/electron/windowState';

/** The Electron adapter's sources, read as text where a rule is about how every window is built. */
const ELECTRON_DIR = join(__dirname, '../../src-main/electron');

/** Electron's MenuItemConstructorOptions, without importing `electron` into a test. */
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

describe('window options', () => {
  it('every window is isolated, sandboxed, without Node, webview or relaxed web security; DevTools only unpackaged', () => {
    // Every key, stated literally: a changed or added preference (sandbox: false, enableBlinkFeatures...) fails here.
    const common = {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    };
    // A packaged build (app.isPackaged true): DevTools off.
    expect(secureWebPreferences(undefined, true)).toStrictEqual({ ...common, devTools: false });
    expect(secureWebPreferences('/app/out/preload/index.cjs', true)).toStrictEqual({ preload: '/app/out/preload/index.cjs', ...common, devTools: false });
    // Development (npm start, app.isPackaged false): DevTools on.
    expect(secureWebPreferences(undefined, false)).toStrictEqual({ ...common, devTools: true });
    expect(secureWebPreferences('/app/out/preload/index.cjs', false)).toStrictEqual({ preload: '/app/out/preload/index.cjs', ...common, devTools: true });
    expect(devToolsAllowed(true)).toBe(false);
    expect(devToolsAllowed(false)).toBe(true);
  });

  it('every window of the adapter, hidden print windows included, takes its preferences from secureWebPreferences with app.isPackaged', () => {
    for (const file of ['mainWindow.ts', 'presentWindows.ts', 'offlineWindow.ts']) {
      const source = readFileSync(join(ELECTRON_DIR, file), 'utf8');
      const prefs = [...source.matchAll(/webPreferences:\s*([^\n]*)/g)].map((m) => m[1]);
      expect(prefs.length, file).toBeGreaterThan(0);
      for (const p of prefs) expect(p, file).toMatch(/secureWebPreferences\([^,()]*, app\.isPackaged\)/);
    }
    expect(readFileSync(join(ELECTRON_DIR, 'main.ts'), 'utf8')).toContain('devTools: devToolsAllowed(app.isPackaged)');
  });

  it('registers app:// as a standard, secure scheme with fetch and CORS', () => {
    expect(PRIVILEGED_SCHEMES).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
    expect(isAppUrl(APP_ENTRY)).toBe(true);
  });
});

describe('navigation', () => {
  it('lets the main frame reload the app document and change hash routes only', () => {
    expect(allowMainFrameNavigation('app://briefdeck/index.html')).toBe(true);
    expect(allowMainFrameNavigation('app://briefdeck/index.html#/present/audience')).toBe(true);
    expect(allowMainFrameNavigation('app://briefdeck/')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>window.__pwned=1</script>',
    'app://briefdeck.evil.com/index.html',
    'app://briefdeck@evil.com/index.html',
    'app://evil/index.html',
    'app://briefdeck/slide-frame.html',
    'app://briefdeck/assets/x.js',
    'about:blank',
    'not a url',
  ])('blocks the main frame from %s', (url) => {
    expect(allowMainFrameNavigation(url)).toBe(false);
  });

  it('lets child frames show the slide frame and inert srcdoc/blank documents only', () => {
    expect(allowChildFrameNavigation('app://briefdeck/slide-frame.html')).toBe(true);
    expect(allowChildFrameNavigation('about:srcdoc')).toBe(true);
    expect(allowChildFrameNavigation('about:blank')).toBe(true);
    for (const url of ['https://example.com/', 'app://briefdeck/index.html', 'app://briefdeck.evil/slide-frame.html', 'file:///tmp/x.html', 'javascript:void 0', 'about:blank#x']) {
      expect(allowChildFrameNavigation(url)).toBe(false);
    }
  });

  it('denies every new window and every webview', () => {
    expect(windowOpenAction()).toEqual({ action: 'deny' });
    expect(allowWebviewAttach()).toBe(false);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'pointerLock', 'openExternal'])('denies %s', (permission) => {
    const callback = vi.fn();
    permissionRequestHandler(null, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(permissionCheckHandler()).toBe(false);
    expect(devicePermissionHandler()).toBe(false);
  });
});

describe('openExternal', () => {
  it('allows only https: and mailto:', () => {
    expect(externalUrlAllowed('https://www.mei.edu/publications')?.href).toBe('https://www.mei.edu/publications');
    expect(externalUrlAllowed('mailto:analyst@example.org')?.protocol).toBe('mailto:');
    for (const url of [
      'http://example.com/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://host/share',
      '\\\\host\\share\\x.exe',
      '//host/share',
      'javascript:alert(1)',
      'data:text/html,x',
      'ms-msdt:/id PCWDiagnostic',
      'command:workbench.action.terminal.new',
      'https://user:pass@example.com/',
      'not a url',
    ]) {
      expect(externalUrlAllowed(url), url).toBeNull();
    }
  });

  it('opens only after the user confirms, and shows the full URL', async () => {
    const open = vi.fn(async () => undefined);
    const confirmYes = { confirm: vi.fn(async (_windowId: string, _options: unknown) => 0) };
    expect(await openExternalAfterConfirm('https://example.com/a?b=c', 'main', confirmYes, open)).toBe(true);
    expect(confirmYes.confirm.mock.calls[0][1]).toMatchObject({ detail: 'https://example.com/a?b=c' });
    expect(open).toHaveBeenCalledWith('https://example.com/a?b=c');

    open.mockClear();
    expect(await openExternalAfterConfirm('https://example.com/', 'main', { confirm: async () => 1 }, open)).toBe(false);
    const never = { confirm: vi.fn(async () => 0) };
    expect(await openExternalAfterConfirm('file:///etc/passwd', 'main', never, open)).toBe(false);
    expect(never.confirm).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });
});

describe('native menu', () => {
  const labels = (items: MenuItemConstructorOptions[]): string[] => items.map((i) => i.label ?? i.role ?? i.type ?? '');
  const sub = (menu: MenuItemConstructorOptions[], label: string) => (menu.find((m) => m.label === label || m.role === label)!.submenu as MenuItemConstructorOptions[]);

  it('has File, Edit, View and Help with the issue\'s items', () => {
    const menu = buildMenuTemplate({ platform: 'linux', recent: [], devTools: false }, { command: () => undefined, about: () => undefined, shortcuts: () => undefined });
    expect(labels(menu)).toEqual(['File', 'Edit', 'View', 'help']);
    expect(labels(sub(menu, 'File'))).toEqual(['New from Template…', 'Open…', 'Open Recent', 'Import Markdown…', 'Import Source…', 'Add Source from Library…', 'Argument Map…', 'separator', 'Save', 'Save As…', 'Export…', 'Issue Version…', 'Versions…', 'separator', 'Close', 'separator', 'quit']);
    expect(labels(sub(menu, 'Edit'))).toEqual(['Undo', 'Redo', 'separator', 'cut', 'copy', 'paste', 'selectAll', 'separator', 'Find…', 'Replace…', 'separator', 'New Slide', 'Duplicate Slide', 'Delete Slide']);
    expect(sub(menu, 'Edit').find((i) => i.label === 'New Slide')).toMatchObject({ accelerator: 'Ctrl+M', registerAccelerator: false });
    expect(labels(sub(menu, 'View'))).toEqual(['Present', 'Present from Current Slide', 'separator', 'Source Panel', 'separator', 'resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
  });

  it('names the undo and redo actions, sends menu commands, and lists recent decks', () => {
    const sent: unknown[] = [];
    const menu = buildMenuTemplate(
      { platform: 'win32', undoLabel: 'Move slide', recent: [{ path: 'C:\\d\\brief.briefdeck', name: 'brief.briefdeck', openedAt: 1 }], devTools: false },
      { command: (c) => sent.push(c), about: () => undefined, shortcuts: () => undefined },
    );
    const edit = sub(menu, 'Edit');
    expect(edit[0]).toMatchObject({ label: 'Undo Move slide', enabled: true, accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(edit[1]).toMatchObject({ label: 'Redo', enabled: false, accelerator: 'Ctrl+Y' });
    const recent = sub(sub(menu, 'File'), 'Open Recent');
    (recent[0].click as () => void)();
    (sub(menu, 'View')[1].click as () => void)();
    expect(sent).toEqual([{ command: 'open-recent', path: 'C:\\d\\brief.briefdeck' }, { command: 'present-current' }]);
  });

  it('uses the macOS app and window menus and Cmd+Shift+Z for redo on macOS', () => {
    const menu = buildMenuTemplate({ platform: 'darwin', recent: [], devTools: false }, { command: () => undefined, about: () => undefined, shortcuts: () => undefined });
    expect(labels(menu)).toEqual(['appMenu', 'File', 'Edit', 'View', 'windowMenu', 'help']);
    expect(sub(menu, 'Edit')[1].accelerator).toBe('Cmd+Shift+Z');
    // Cmd+M minimises and Cmd+H hides on macOS: New Slide and Replace take PowerPoint and Word for Mac's keys.
    expect(sub(menu, 'Edit').find((i) => i.label === 'New Slide')?.accelerator).toBe('Cmd+Shift+N');
    expect(sub(menu, 'Edit').find((i) => i.label === 'Replace…')?.accelerator).toBe('Cmd+Shift+H');
    expect(labels(sub(menu, 'File'))).not.toContain('quit');
  });
});

describe('window state, close guard, argv, displays', () => {
  const screenArea = { x: 0, y: 0, width: 1920, height: 1040 };

  it('keeps a saved position on screen and drops one from a display that is gone', () => {
    expect(fitWindowState({ x: 100, y: 80, width: 1280, height: 800, maximized: false }, [screenArea])).toEqual({ x: 100, y: 80, width: 1280, height: 800, maximized: false });
    expect(fitWindowState({ x: 2500, y: 80, width: 1280, height: 800, maximized: false }, [screenArea])).toEqual({ width: 1280, height: 800, maximized: false });
    expect(fitWindowState({ x: 0, y: 0, width: 4000, height: 3000, maximized: true }, [screenArea])).toMatchObject({ width: 1920, height: 1040 });
  });

  it('asks before closing with unsaved changes, and only then', async () => {
    const ask = (answer: number) => ({ confirm: vi.fn(async () => answer) });
    const none = ask(0);
    expect(await decideClose(false, 'main', none, 'brief')).toBe('close');
    expect(none.confirm).not.toHaveBeenCalled();
    expect(await decideClose(true, 'main', ask(0), 'brief')).toBe('save-then-close');
    expect(await decideClose(true, 'main', ask(1), 'brief')).toBe('close');
    expect(await decideClose(true, 'main', ask(2), 'brief')).toBe('stay');
  });

  it('finds the deck path on the command line', () => {
    expect(deckPathFromArgv(['/usr/bin/briefdeck', '--no-sandbox', 'decks/brief.briefdeck'], '/home/a')).toBe('/home/a/decks/brief.briefdeck');
    expect(deckPathFromArgv(['electron', '.', '/tmp/x.BRIEFDECK'], '/')).toBe('/tmp/x.BRIEFDECK');
    expect(deckPathFromArgv(['electron', '.', '--inspect=9229', 'notes.txt'], '/')).toBeUndefined();
  });
});
