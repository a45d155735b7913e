// Window hardening in one place (Element Desktop, Electron security checklist): nothing navigates
// away, nothing opens new windows, no permission is ever granted, every request for a remote
// resource is cancelled.
import type { Session as ElectronSession, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../transport/csp';
import { APP_ORIGIN, isAppUrl } from './app-protocol';

export { isAppUrl };

/** What a hardened session may load: the app's files, devtools, and in-memory blob:/data: URLs. */
export function isLocalResource(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools://') || url.startsWith(`blob:${APP_ORIGIN}/`) || url.startsWith('data:');
}

export function hardenSession(ses: ElectronSession): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The app makes no network requests at all: only our own files load, plus in-memory blob:/data:
  // URLs (file downloads the renderer builds from bytes it already holds).
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalResource(details.url) });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
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

