/**
 * What every BriefDeck window must set, written out here rather than taken from the module under test, so that a
 * relaxed setting in src-main (say `sandbox: false`) fails the tests instead of moving the expectation with it.
 * Electron security checklist (docs/security.md): context isolation, the sandbox, no Node in any frame or worker,
 * web security on, no insecure content, no experimental features, no <webview>.
 */
export const REQUIRED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
} as const;
