// Window hardening in one place (Element Desktop, Electron security checklist): nothing navigates
// away, nothing opens new windows, no permission is ever granted, every request for a remote
// resource is cancelled.
import type { BrowserWindow, Session as ElectronSession, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../transport/csp';

export function isAppUrl(url: string, rendererRoot: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol !== 'file:') return false;
    const path = decodeURIComponent(u.pathname).replace(/^\/([A-Za-z]:)/, '$1').replace(/\\/g, '/');
    const root = rendererRoot.replace(/\\/g, '/').replace(/\/+$/, '');
    // A separator after the root, so ".../renderer-evil/" is not inside ".../renderer".
    return path.startsWith(root + '/');
  } catch {
    return false;
  }
}

/** What a hardened session may load: the app's files, devtools, and in-memory blob:/data: URLs. */
export function isLocalResource(url: string, rendererRoot: string): boolean {
  return isAppUrl(url, rendererRoot) || url.startsWith('devtools://') || url.startsWith('blob:file://') || url.startsWith('data:');
}

export function hardenSession(ses: ElectronSession, rendererRoot: string): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The app makes no network requests at all: only our own files load, plus in-memory blob:/data:
  // URLs (file downloads the renderer builds from bytes it already holds).
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalResource(details.url, rendererRoot) });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

export function hardenWebContents(contents: WebContents, rendererRoot: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererRoot)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export const SECURE_WEB_PREFERENCES = {
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
} as const;

export type HardenedWindow = BrowserWindow;
