// Electron fuses for the packaged app (docs/security.md, checklist item 19), flipped by electron-builder's afterPack
// hook on the copied Electron binary, before code signing. Fuse names are @electron/fuses' FuseV1Options
// (electronjs.org, tutorial "Electron Fuses"). Unit-tested as configuration (tests/main/packagingConfig.test.ts); it
// has not been run on a real Electron binary here (the binary cannot be downloaded on the development machines).
const { createRequire } = require('node:module');
const { delimiter, dirname, join, sep } = require('node:path');
const { pathToFileURL } = require('node:url');

/**
 * Each fuse and the state the packaged BriefDeck sets, by FuseV1Options name:
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the signed binary into a plain Node (the app forks nothing);
 * - EnableCookieEncryption on: the cookie store on disk is encrypted with the OS key store;
 * - EnableNodeOptionsEnvironmentVariable off: NODE_OPTIONS (--require, --inspect...) is ignored;
 * - EnableNodeCliInspectArguments off: --inspect and --inspect-brk on the command line are ignored;
 * - EnableEmbeddedAsarIntegrityValidation on: app.asar is checked against the hash electron-builder embeds
 *   (macOS and Windows);
 * - OnlyLoadAppFromAsar on: the app is loaded from app.asar only, never from an app/ folder put beside it;
 * - GrantFileProtocolExtraPrivileges off: file:// pages get no more than a browser gives them (the app is served
 *   from app://; only the hidden print window loads one file:// document, which needs nothing extra).
 */
const FUSES = Object.freeze({
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
});

/** electron-builder's Arch enum value for arm64 (builder-util: ia32 0, x64 1, armv7l 2, arm64 3, universal 4). */
const ARCH_ARM64 = 3;

/**
 * The argument of flipFuses for FUSES: `{ version: FuseVersion.V1, [FuseV1Options[name]]: state, ... }`, built
 * from the module's own enums so that the wire indexes come from @electron/fuses, not from here. On an arm64 Mac
 * build, flipping a fuse breaks the ad-hoc signature, so `resetAdHocDarwinSignature` re-signs it (the real signing
 * step comes after afterPack).
 * @throws Error naming a fuse that this @electron/fuses does not know (renamed or too old a version).
 */
function fuseConfig({ FuseV1Options, FuseVersion }, { platform, arch }) {
  const config = { version: FuseVersion.V1 };
  for (const [name, state] of Object.entries(FUSES)) {
    if (typeof FuseV1Options[name] !== 'number') throw new Error(`@electron/fuses has no fuse ${name}; update it (checked against 1.8.0)`);
    config[FuseV1Options[name]] = state;
  }
  if ((platform === 'darwin' || platform === 'mas') && arch === ARCH_ARM64) config.resetAdHocDarwinSignature = true;
  return config;
}

/**
 * The Electron binary electron-builder just copied, from its afterPack context: `<productFilename>.app` on macOS
 * (flipFuses finds the framework inside the bundle), `<productFilename>.exe` on Windows, the executable on Linux.
 */
function electronBinaryPath(context) {
  const { electronPlatformName: platform, appOutDir, packager } = context;
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (platform === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

/**
 * Loads @electron/fuses, which is not a dependency of the project (`npm run dist` fetches it with electron-builder
 * through npx): from the project first, then from the npx folders on PATH (`…/node_modules/.bin`).
 * @throws Error saying how to get it when it is nowhere.
 */
async function loadElectronFuses(env = process.env) {
  const bins = (env.PATH ?? '').split(delimiter).filter((p) => p.endsWith(`${sep}node_modules${sep}.bin`));
  for (const from of [__filename, ...bins.map((b) => join(dirname(b), 'package.json'))]) {
    try {
      return await import(pathToFileURL(createRequire(from).resolve('@electron/fuses')).href);
    } catch {
      // not installed there: try the next place
    }
  }
  throw new Error('@electron/fuses is not installed: run `npm run dist`, which fetches it with electron-builder (needs a network).');
}

/**
 * electron-builder's afterPack hook: flips FUSES on the packaged binary. `load` is for tests (a stand-in module);
 * electron-builder calls it with its context only. Resolves once the binary is written.
 */
async function afterPack(context, load = loadElectronFuses) {
  const fuses = await load();
  await fuses.flipFuses(electronBinaryPath(context), fuseConfig(fuses, { platform: context.electronPlatformName, arch: context.arch }));
}

module.exports = { FUSES, fuseConfig, electronBinaryPath, loadElectronFuses, afterPack };
