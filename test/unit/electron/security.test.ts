import { describe, expect, it } from 'vitest';
import { isAppUrl, isLocalResource, SECURE_WEB_PREFERENCES } from '../../../main/electron/security';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../../main/transport/csp';

// Navigation security (Actual's practice): only the app's own origin counts as the app. The wiring
// of these into the real shell is checked in shell.test.ts.
describe('Electron window security', () => {
  it('treats only the app:// origin as the app', () => {
    expect(isAppUrl('app://workbench/index.html')).toBe(true);
    expect(isAppUrl('app://workbench/index.html#/settings')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:1234/',
      'file:///etc/passwd',
      // file:// is never the app any more, not even the bundle's own folder.
      'file:///opt/DPO%20Workbench/resources/app.asar/dist/renderer/index.html',
      'file://server/share/dist/renderer/index.html',
      'app://workbench/%2e%2e/main/electron.cjs',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('lets only local resources load: app files and in-memory blobs, never the network', () => {
    expect(isLocalResource('app://workbench/assets/index.js')).toBe(true);
    expect(isLocalResource('blob:app://workbench/3f1c-uuid')).toBe(true);
    expect(isLocalResource('data:image/svg+xml,<svg/>')).toBe(true);
    expect(isLocalResource('blob:file:///3f1c-uuid')).toBe(false);
    expect(isLocalResource('file:///etc/passwd')).toBe(false);
    expect(isLocalResource('https://fonts.example.com/a.woff2')).toBe(false);
    expect(isLocalResource('blob:https://evil.example/uuid')).toBe(false);
    expect(isLocalResource('ws://127.0.0.1:9222')).toBe(false);
  });

  it('isolates and sandboxes the renderer: any weakened or missing setting fails', () => {
    expect(SECURE_WEB_PREFERENCES).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
  });

  it('CSP allows no remote origin, no eval and no inline script', () => {
    for (const csp of [CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META]) {
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe|https?:|\*/);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
