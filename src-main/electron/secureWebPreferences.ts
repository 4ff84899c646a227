/**
 * The `webPreferences` of every BriefDeck window (editor, audience, presenter, hidden export windows), from the
 * Electron security checklist (docs/security.md items 2-4, 6, 8-12). One pure function, so that a unit test can
 * check the object and the `_electron` smoke spec can compare it with `getLastWebPreferences()` at run time (both
 * against values the tests state themselves, tests/main/requiredWebPreferences.ts).
 */
import type { WebPreferences } from 'electron';

/**
 * Whether DevTools may open: only in development. A packaged build (Electron's `app.isPackaged`) turns them off in
 * every window's preferences; hiding the menu item alone would leave the keyboard shortcut and
 * `webContents.openDevTools()` working.
 */
export function devToolsAllowed(isPackaged: boolean): boolean {
  return !isPackaged;
}

/**
 * Secure preferences. `preloadPath`: absolute path of out/preload/index.cjs, or undefined for windows that get no
 * `window.api` (hidden print windows). `isPackaged`: Electron's `app.isPackaged`; DevTools are on only when false.
 */
export function secureWebPreferences(preloadPath: string | undefined, isPackaged: boolean): WebPreferences {
  return {
    ...(preloadPath !== undefined ? { preload: preloadPath } : {}),
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
    devTools: devToolsAllowed(isPackaged),
  };
}
