/**
 * The `webPreferences` of every BriefDeck window (editor, audience, presenter, hidden export windows), from the
 * Electron security checklist (docs/security.md items 2-4, 6, 8-12). One pure function, so that a unit test can
 * check the object and the `_electron` smoke spec can compare it with `getLastWebPreferences()` at run time (both
 * against values the tests state themselves, tests/main/requiredWebPreferences.ts).
 */
import type { WebPreferences } from 'electron';

/**
 * Secure preferences. `preloadPath`: absolute path of out/preload/index.cjs, or undefined for windows that get no
 * `window.api` (hidden print windows).
 */
export function secureWebPreferences(preloadPath: string | undefined): WebPreferences {
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
    devTools: true,
  };
}
