import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { readFileSync } from 'node:fs';

// Packaging cannot run here (no Electron binary), so the configuration is checked with
// electron-builder's own loader and schema: a typo or an unknown key fails this test.
describe('electron-builder.yml', () => {
  it('passes electron-builder\'s schema and sets the security-relevant options', async () => {
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The check has teeth: an unknown key is refused.
    await expect(validateConfiguration({ ...config, asarUnpak: ['x'] } as never, new DebugLogger(false))).rejects.toThrow();
    // Only native modules leave the integrity-checked archive: no script (the import worker gets
    // the data key) runs from unpacked, uncheckable files.
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(true);
    // Every fuse, exactly: a weakened or dropped one fails. file:// keeps no extra privileges,
    // which is why the window loads app:// (main/electron/app-protocol.ts).
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(JSON.stringify(config.files)).toContain('!dist/**/*.map');
    expect(config.extraMetadata).toMatchObject({ main: 'dist/main/electron.cjs' });
    // Electron is optional (its binary may not download), so the builder gets its version from
    // the config: it must be the version the lock file installs, and a version the range allows.
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { optionalDependencies?: Record<string, string>; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    expect(pkg.optionalDependencies?.electron).toMatch(/^\^?\d+\.\d+\.\d+$/);
    expect(pkg.dependencies?.electron).toBeUndefined();
    expect(pkg.devDependencies?.electron).toBeUndefined();
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string }> };
    expect(config.electronVersion).toBe(lock.packages['node_modules/electron']?.version);
    expect(config.electronVersion).toBe(pkg.optionalDependencies?.electron?.replace(/^\^/, ''));
    expect(JSON.stringify(config.files)).toContain('!node_modules/electron{,/**/*}');
    const targets = (t: unknown) => (Array.isArray(t) ? t : [t]).map((x) => (typeof x === 'string' ? x : (x as { target: string }).target));
    expect(targets(config.linux?.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targets(config.win?.target)).toContain('nsis');
    expect(targets(config.mac?.target)).toContain('dmg');
  });
});
