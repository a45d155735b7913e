// The desktop window loads the renderer from app://workbench/, a privileged custom scheme, not
// from file://. The packaged app sets the `grantFileProtocolExtraPrivileges: false` fuse, so
// file:// pages are treated like web pages with an opaque origin, and Chromium blocks the built
// index.html's `<script type="module" crossorigin>` there: the window would stay blank. Electron's
// security guide (checklist item "Use a custom protocol instead of file://") recommends exactly
// this: protocol.handle over a standard, secure scheme that serves only the bundled files.
// Plain code, no Electron import: main.ts registers it, the tests drive it under Node and Chromium.
import { notFound, safeSegments, staticResponse, type StaticResponse } from '../transport/static-files';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://workbench';
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: parsed like http (origin, relative URLs, 'self' in the CSP); secure: a secure context
 * (crypto.subtle, no mixed-content downgrade); supportFetchAPI: the module script and CSS load
 * through fetch. Deliberately NOT bypassCSP, corsEnabled, allowServiceWorkers or stream.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

// Chromium hands the handler the canonical URL (lower-case scheme and host, no port, no user).
// Anything else (another host, a port, credentials, file://) is not ours.
const OURS = /^app:\/\/workbench(\/[^?#]*)?(?:[?#].*)?$/s;

/** The raw (still percent-encoded) path of an app:// URL of ours, or null. */
function appPath(url: string): string | null {
  const m = OURS.exec(url);
  return m ? (m[1] ?? '') : null;
}

/** True only for URLs of the app's own origin that name a plain bundled path (navigation, IPC). */
export function isAppUrl(url: string): boolean {
  const path = appPath(url);
  return path !== null && safeSegments(path) !== null;
}

/** The protocol handler's whole job: an app:// request → the bundled file under rendererRoot, or 404. */
export function appProtocolResponse(url: string, method: string, rendererRoot: string): StaticResponse {
  const path = appPath(url);
  return path === null ? notFound() : staticResponse(rendererRoot, path, method);
}

/** The same as a fetch Response, which is what Electron's protocol.handle wants back. */
export function appProtocolFetchResponse(request: { url: string; method: string }, rendererRoot: string): Response {
  const r = appProtocolResponse(request.url, request.method, rendererRoot);
  return new Response(typeof r.body === 'string' ? r.body : new Uint8Array(r.body), { status: r.status, headers: r.headers });
}
