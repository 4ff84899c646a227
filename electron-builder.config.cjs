// electron-builder configuration for the installers: AppImage and .deb (Linux), NSIS (Windows), dmg (macOS).
// `npm run dist` builds the app and runs electron-builder through npx: it downloads electron-builder, @electron/fuses
// and the Electron binaries, so it needs a network, and it has not been run on the development machines (no network
// there). The configuration is unit-tested as data (tests/main/packagingConfig.test.ts). Options: electron.build,
// "Configuration" (files, extraResources, asar, afterPack) and the per-target pages.
const { afterPack } = require('./scripts/packaging/electronFuses.cjs');

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.briefdeck.app',
  productName: 'BriefDeck',
  directories: { output: 'dist', buildResources: 'build' },
  // The built app only (out/ from `electron-vite build`; the tsc output is not shipped). Production dependencies
  // are added by electron-builder from package.json; the sources, tests and templates are not packed into app.asar.
  files: ['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json', '!**/*.map'],
  // The templates ship outside app.asar, as <resources>/templates, where resolveTemplatesDir looks in a packaged app.
  extraResources: [{ from: 'templates', to: 'templates', filter: ['**/*.json'] }],
  asar: true,
  // Fuses (RunAsNode off, NODE_OPTIONS and --inspect off, cookie encryption, ASAR integrity, ASAR only).
  afterPack,
  fileAssociations: [{ ext: 'briefdeck', name: 'BriefDeck deck', description: 'BriefDeck briefing deck', mimeType: 'application/vnd.briefdeck+json', role: 'Editor' }],
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'BriefDeck', synopsis: 'Build, present and export policy briefing decks offline' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
};
