import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, appProtocolResponse, isAppUrl } from '../../../main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/transport/csp';
import { tempDir } from '../../support/temp';

// The handler the desktop window loads every file through, run on the real build output
// (`npm test` builds first). Traversal cases follow OWASP's path traversal cheat sheet.
const root = resolve('dist', 'renderer');
const assets = () => readdirSync(join(root, 'assets'));

describe('app:// protocol handler on the built renderer', () => {
  it('serves index.html, its module script and its CSS with the CSP and the right content types', () => {
    expect(existsSync(join(root, 'index.html'))).toBe(true);
    const index = appProtocolResponse(APP_ENTRY_URL, 'GET', root);
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(index.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['X-Content-Type-Options']).toBe('nosniff');
    const html = index.body.toString();
    expect(html).toBe(readFileSync(join(root, 'index.html'), 'utf8'));
    // What the page asks for is what the handler serves, at the app:// origin.
    const refs = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.some((r) => r.endsWith('.js'))).toBe(true);
    expect(refs.some((r) => r.endsWith('.css'))).toBe(true);
    for (const ref of refs) {
      const res = appProtocolResponse(new URL(ref, APP_ENTRY_URL).href, 'GET', root);
      expect(res.status, ref).toBe(200);
      expect(res.headers['Content-Security-Policy'], ref).toBe(CONTENT_SECURITY_POLICY);
      expect(Buffer.compare(Buffer.from(res.body), readFileSync(join(root, ref))), ref).toBe(0);
    }
    const js = assets().find((f) => f.endsWith('.js'))!;
    expect(appProtocolResponse(`app://workbench/assets/${js}`, 'GET', root).headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(appProtocolResponse('app://workbench/', 'GET', root).body.toString()).toBe(html);
    expect(appProtocolResponse('app://workbench/index.html?x=1', 'GET', root).status).toBe(200);
  });

  it('refuses traversal in every spelling, other hosts and schemes, and unknown files', () => {
    for (const url of [
      'app://workbench/../../../etc/passwd',
      'app://workbench/%2e%2e/%2e%2e/etc/passwd',
      'app://workbench/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'app://workbench/assets%2f..%2f..%2fmain%2felectron.cjs',
      'app://workbench/..%5c..%5cmain%5celectron.cjs',
      'app://workbench/assets\\..\\..\\main\\electron.cjs',
      'app://workbench/%252e%252e/main/electron.cjs',
      'app://workbench/index.html%00.png',
      'app://workbench/index.html\0',
      'app://workbench//etc/passwd',
      'app://workbench/%2Fetc%2Fpasswd',
      'app://workbench/C:%5CWindows%5Cwin.ini',
      'app://workbench/.hidden',
      'app://workbench/missing.html',
      'app://workbench/assets',
      'app://workbench/assets/',
      'app://evil/index.html',
      'app://workbench.evil/index.html',
      'app://workbench:8080/index.html',
      'app://user@workbench/index.html',
      'file:///etc/passwd',
      `file://${root}/index.html`,
      'https://workbench/index.html',
      'not a url',
    ]) {
      const res = appProtocolResponse(url, 'GET', root);
      expect(res.status, url).toBe(404);
      expect(res.body.toString(), url).toBe('Not found');
      expect(res.headers['Content-Security-Policy'], url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses symlinks that lead out of the renderer folder, and anything but GET and HEAD', () => {
    const copy = join(tempDir(), 'renderer');
    cpSync(root, copy, { recursive: true });
    const outside = join(tempDir(), 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.js'), 'secret');
    symlinkSync(join(outside, 'secret.js'), join(copy, 'leak.js'));
    symlinkSync(outside, join(copy, 'escape'));
    // An in-root symlink is fine: only where it really leads counts.
    symlinkSync(join(copy, 'index.html'), join(copy, 'alias.html'));
    expect(appProtocolResponse('app://workbench/leak.js', 'GET', copy).status).toBe(404);
    expect(appProtocolResponse('app://workbench/escape/secret.js', 'GET', copy).status).toBe(404);
    expect(appProtocolResponse('app://workbench/alias.html', 'GET', copy).status).toBe(200);
    expect(appProtocolResponse(APP_ENTRY_URL, 'POST', copy).status).toBe(405);
    const head = appProtocolResponse(APP_ENTRY_URL, 'HEAD', copy);
    expect([head.status, head.body.length]).toEqual([200, 0]);
  });

  it('the navigation and IPC allow-list is the app:// origin with a plain path, nothing else', () => {
    for (const url of [APP_ENTRY_URL, `${APP_ENTRY_URL}#/requests/DSR-2026-0001`, 'app://workbench/', 'app://workbench']) {
      expect(isAppUrl(url), url).toBe(true);
    }
    for (const url of [
      `file://${root}/index.html`,
      // A file:// URL with a host is a UNC path on Windows (\\evil\share\...).
      'file://evil.example/share/dist/renderer/index.html',
      'file:///C:/Program%20Files/DPO/resources/app.asar/dist/renderer/index.html',
      'app://workbench/%2e%2e/%2e%2e/main/electron.cjs',
      'app://workbench/assets%2f..%2f..%2fcli.cjs',
      'app://workbench/..%5ccli.cjs',
      'app://evil/index.html',
      'app://workbench.evil.example/index.html',
      'app://workbench@evil/index.html',
      'https://example.com/',
      'http://127.0.0.1:1234/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('the scheme is standard and secure but bypasses nothing', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});
