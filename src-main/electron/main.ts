/**
 * Electron main process: the thin adapter around the shared services (docs/architecture.md). It registers the
 * `app://` protocol over `resolveAppRequest`, hardens every webContents, denies permissions, registers the handler
 * table through the one IPC gate, builds the native menu, keeps a single instance, and opens decks from the command
 * line and from a second instance. Everything it decides is in pure, unit-tested modules next to it.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell as electronShell } from 'electron';
import type { MenuCommand } from '../../src-shared/ipc';
import { resolveAppRequest } from '../services/appContent';
import { createHandlers } from '../handlers/handlers';
import { createServices } from '../services/services';
import { defaultTemplatesDir } from '../services/templates/defaultTemplatesDir';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, PRIVILEGED_SCHEMES } from './appProtocol';
import { deckPathFromArgv } from './deckArgs';
import { createElectronDialogs } from './electronDialogs';
import { createElectronShell } from './electronShell';
import { createElectronWindows } from './electronWindows';
import { hardenWebContents } from './hardenWebContents';
import { registerIpc, sendToWebContents } from './ipcRegistration';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate } from './menuTemplate';
import { openExternalAfterConfirm } from './openExternalPolicy';
import { devicePermissionHandler, permissionCheckHandler, permissionRequestHandler } from './permissionPolicy';
import { PrintToPdfPrinter } from './printToPdfPrinter';
import { WindowPreflightProbe } from './windowPreflightProbe';
import { electronProbeHost } from './offlineWindow';
import { devToolsAllowed } from './secureWebPreferences';
import { createWindowRegistry } from './windowRegistry';

const RENDERER_DIR = join(__dirname, '../renderer');
const PRELOAD_PATH = join(__dirname, '../preload/index.cjs');

protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const registry = createWindowRegistry();
  const dialogs = createElectronDialogs((id) => registry.get(id));
  let rebuildMenu = () => undefined as void;
  const shell = createElectronShell(registry, () => rebuildMenu());
  const windows = createElectronWindows(registry, PRELOAD_PATH);
  let services: ReturnType<typeof createServices> | undefined;
  /** Paths from `open-file` before the app was ready; opened once the editor has loaded. */
  const pendingOpenFiles: string[] = [];

  const sendCommand = (command: MenuCommand) => {
    const win = registry.get('main');
    if (win) win.webContents.send('menu:command', command);
  };
  /** A deck path from the command line or a second instance: the user chose it, so it may be saved over. */
  const openFromArgv = (argv: readonly string[], cwd: string) => {
    const path = deckPathFromArgv(argv, cwd);
    if (!path || !services) return;
    services.grants.grant(path);
    sendCommand({ command: 'open-path', path });
  };

  app.on('web-contents-created', (_event, wc) =>
    hardenWebContents(wc, (url, source) => {
      const windowId = registry.idOf(source) ?? 'main';
      void openExternalAfterConfirm(url, windowId, dialogs, (u) => electronShell.openExternal(u));
    }),
  );

  app.on('second-instance', (_event, argv, cwd) => {
    const win = registry.get('main');
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    openFromArgv(argv, cwd);
  });

  // macOS: a deck opened from the Finder or dropped on the Dock icon.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (!services) return void pendingOpenFiles.push(path);
    services.grants.grant(path);
    sendCommand({ command: 'open-path', path });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler(permissionRequestHandler);
    session.defaultSession.setPermissionCheckHandler(permissionCheckHandler);
    session.defaultSession.setDevicePermissionHandler(devicePermissionHandler);
    protocol.handle(APP_SCHEME, async (request) => {
      const url = new URL(request.url);
      if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) return new Response(null, { status: 404 });
      try {
        const r = await resolveAppRequest(url.pathname, RENDERER_DIR);
        return new Response(request.method === 'HEAD' ? null : new Uint8Array(r.body), { status: r.status, headers: r.headers });
      } catch (err) {
        console.error(`app:// ${url.pathname}: ${String(err)}`);
        return new Response(null, { status: 500 });
      }
    });

    services = createServices({
      templatesDir: defaultTemplatesDir({ packaged: app.isPackaged }),
      userDataDir: app.getPath('userData'),
      printer: new PrintToPdfPrinter(),
      // The export dialog's pre-export check measures overflow in a hidden window, as the CLI does in Chromium.
      preflightProbe: new WindowPreflightProbe(electronProbeHost()),
      dialogs,
      shell,
      windows,
    });
    const handlers = createHandlers(services);
    registerIpc(ipcMain, { handlers, origin: APP_ORIGIN, windowIdOf: (wc) => registry.idOf(wc), send: sendToWebContents });

    const about = () =>
      void dialog.showMessageBox({ type: 'info', message: 'BriefDeck', detail: `Version ${app.getVersion()}\nOffline briefing decks: build, present, export.` });
    const shortcuts = () =>
      void dialog.showMessageBox({
        type: 'info',
        message: 'Keyboard shortcuts',
        detail: 'Ctrl+N new · Ctrl+O open · Ctrl+S save · Ctrl+Shift+S save as · Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo, redo · Ctrl+M new slide · Ctrl+D duplicate slide · Ctrl+C / Ctrl+X / Ctrl+V copy, cut, paste slides in the slide list · Ctrl+F find · Ctrl+H replace · Delete delete slide · F5 present · Shift+F5 present from current slide (Cmd on macOS)',
      });
    rebuildMenu = () => {
      const current = services;
      if (!current) return;
      void current.recent
        .list()
        .catch(() => [])
        .then((recent) => {
          const labels = shell.undoLabels('main');
          const template = buildMenuTemplate(
            { platform: process.platform, undoLabel: labels.undo, redoLabel: labels.redo, recent, devTools: devToolsAllowed(app.isPackaged) },
            { command: sendCommand, about, shortcuts },
          );
          Menu.setApplicationMenu(Menu.buildFromTemplate(template));
        });
    };
    rebuildMenu();

    const open = () =>
      createMainWindow({
        preloadPath: PRELOAD_PATH,
        windowStateFile: join(app.getPath('userData'), 'window-state.json'),
        registry,
        shell,
        dialogs,
        onLoaded: () => {
          openFromArgv(process.argv, process.cwd());
          for (const path of pendingOpenFiles.splice(0)) {
            services?.grants.grant(path);
            sendCommand({ command: 'open-path', path });
          }
        },
      });
    await open();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void open();
    });
  });
}
