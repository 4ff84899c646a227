/**
 * The installer configuration (electron-builder.config.cjs) and the fuse hook (scripts/packaging/electronFuses.cjs),
 * tested as configuration: electron-builder and @electron/fuses are not installed here and no Electron binary can be
 * downloaded, so neither the packaging nor the fuse flipping has run on a real binary. The fuse module is replaced by
 * a stand-in that records the call and carries FuseV1Options as @electron/fuses 1.8.0 defines it (dist/config.js).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGED_TEMPLATES_FOLDER } from '../../src-main/services/templates/defaultTemplatesDir';

const ROOT = resolve(__dirname, '../..');
const requireCjs = createRequire(__filename);
const config = requireCjs(join(ROOT, 'electron-builder.config.cjs'));
const fusesHook = requireCjs(join(ROOT, 'scripts/packaging/electronFuses.cjs'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** FuseV1Options and FuseVersion of @electron/fuses 1.8.0 (a TypeScript numeric enum: name -> wire index). */
const STAND_IN_ENUMS = {
  FuseVersion: { V1: '1' },
  FuseV1Options: { RunAsNode: 0, EnableCookieEncryption: 1, EnableNodeOptionsEnvironmentVariable: 2, EnableNodeCliInspectArguments: 3, EnableEmbeddedAsarIntegrityValidation: 4, OnlyLoadAppFromAsar: 5, LoadBrowserProcessSpecificV8Snapshot: 6, GrantFileProtocolExtraPrivileges: 7 },
};

function packContext(platform: string, arch = 1) {
  return { electronPlatformName: platform, arch, appOutDir: '/build/dist/linux-unpacked', packager: { appInfo: { productFilename: 'BriefDeck' }, executableName: 'briefdeck' } };
}

describe('electron-builder configuration', () => {
  it('builds AppImage and .deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.maintainer).toBeTruthy(); // .deb needs one
    expect(config.productName).toBe('BriefDeck');
  });

  it('packs the built app into app.asar, and the templates beside it as resources', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json']));
    expect(config.files.some((f: string) => /^(src-|tests|templates|out\/tsc)/.test(f))).toBe(false);
    expect(config.extraResources).toEqual([{ from: 'templates', to: PACKAGED_TEMPLATES_FOLDER, filter: ['**/*.json'] }]);
    // The app's entry is inside what is packed.
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('wires the fuse hook as afterPack', () => {
    expect(config.afterPack).toBe(fusesHook.afterPack);
  });

  it('npm run dist builds, then runs electron-builder with this file, fetched by npx (electron-builder is not a dependency)', () => {
    expect(pkg.scripts.dist).toMatch(/^electron-vite build && npx --yes .*--package=electron-builder@\d+\.\d+\.\d+ .*--package=@electron\/fuses@\d+\.\d+\.\d+ -- electron-builder --config electron-builder\.config\.cjs$/);
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('electron-builder');
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('@electron/fuses');
  });
});

describe('Electron fuses', () => {
  it('sets each fuse of the security checklist (stated literally)', () => {
    expect(fusesHook.FUSES).toStrictEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
    expect(Object.isFrozen(fusesHook.FUSES)).toBe(true);
  });

  it('maps the table onto the wire indexes of @electron/fuses, re-signing ad hoc on arm64 Macs only', () => {
    const expected = { version: '1', 0: false, 1: true, 2: false, 3: false, 4: true, 5: true, 7: false };
    expect(fusesHook.fuseConfig(STAND_IN_ENUMS, { platform: 'linux', arch: 1 })).toStrictEqual(expected);
    expect(fusesHook.fuseConfig(STAND_IN_ENUMS, { platform: 'win32', arch: 3 })).toStrictEqual(expected);
    expect(fusesHook.fuseConfig(STAND_IN_ENUMS, { platform: 'darwin', arch: 1 })).toStrictEqual(expected);
    expect(fusesHook.fuseConfig(STAND_IN_ENUMS, { platform: 'darwin', arch: 3 })).toStrictEqual({ ...expected, resetAdHocDarwinSignature: true });
  });

  it('refuses a @electron/fuses that lacks one of the fuses', () => {
    const { OnlyLoadAppFromAsar: _gone, ...older } = STAND_IN_ENUMS.FuseV1Options;
    expect(() => fusesHook.fuseConfig({ ...STAND_IN_ENUMS, FuseV1Options: older }, { platform: 'linux', arch: 1 })).toThrow(/no fuse OnlyLoadAppFromAsar/);
  });

  it.each([
    ['linux', `${sep}build${sep}dist${sep}linux-unpacked${sep}briefdeck`],
    ['win32', `${sep}build${sep}dist${sep}linux-unpacked${sep}BriefDeck.exe`],
    ['darwin', `${sep}build${sep}dist${sep}linux-unpacked${sep}BriefDeck.app`],
  ])('afterPack flips the fuses on the packaged binary (%s)', async (platform, binary) => {
    const calls: unknown[][] = [];
    const standIn = { ...STAND_IN_ENUMS, flipFuses: async (...args: unknown[]) => void calls.push(args) };
    await fusesHook.afterPack(packContext(platform), async () => standIn);
    expect(calls).toEqual([[binary, fusesHook.fuseConfig(STAND_IN_ENUMS, { platform, arch: 1 })]]);
  });

  it('says how to get @electron/fuses when it is not installed (it is not, here)', async () => {
    await expect(fusesHook.loadElectronFuses({ PATH: '' })).rejects.toThrow(/@electron\/fuses is not installed: run `npm run dist`/);
  });
});
