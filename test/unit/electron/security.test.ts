import { describe, expect, it } from 'vitest';
import { isAppUrl, isLocalResource, SECURE_WEB_PREFERENCES } from '../../../main/electron/security';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../../main/transport/csp';

// Navigation security (Actual's practice): only the app's own files count as the app.
describe('Electron window security', () => {
  const root = '/opt/DPO Workbench/resources/app.asar/dist/renderer';

  it('treats only files under the renderer folder as the app', () => {
    expect(isAppUrl('file:///opt/DPO%20Workbench/resources/app.asar/dist/renderer/index.html', root)).toBe(true);
    expect(isAppUrl('file:///opt/DPO%20Workbench/resources/app.asar/dist/renderer/index.html#/settings', root)).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:1234/',
      'file:///etc/passwd',
      'file:///opt/DPO%20Workbench/resources/app.asar/dist/renderer-evil/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
    ]) {
      expect(isAppUrl(url, root), url).toBe(false);
    }
  });

  it('lets only local resources load: app files and in-memory blobs, never the network', () => {
    expect(isLocalResource('blob:file:///3f1c-uuid', root)).toBe(true);
    expect(isLocalResource('data:image/svg+xml,<svg/>', root)).toBe(true);
    expect(isLocalResource('https://fonts.example.com/a.woff2', root)).toBe(false);
    expect(isLocalResource('blob:https://evil.example/uuid', root)).toBe(false);
    expect(isLocalResource('ws://127.0.0.1:9222', root)).toBe(false);
  });

  it('accepts Windows paths', () => {
    expect(isAppUrl('file:///C:/Program%20Files/DPO/resources/app.asar/dist/renderer/index.html', 'C:\\Program Files\\DPO\\resources\\app.asar\\dist\\renderer')).toBe(true);
  });

  it('isolates and sandboxes the renderer', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
  });

  it('CSP allows no remote origin, no eval and no inline script', () => {
    for (const csp of [CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META]) {
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    }
  });
});
