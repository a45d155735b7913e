// The built renderer's files as responses, for both hosts that serve them: the desktop app's
// app:// scheme (main/electron/app-protocol.ts) and browser mode's loopback HTTP. Plain code, no
// Electron, so the same checks run under Node in the tests.
//
// A path is served only when every segment is a plain file name (letters, digits, '.', '_', '-',
// never '.' or '..'), after one round of percent-decoding, and the real path of the file (symlinks
// followed) is still inside the root: encoded traversal (%2e%2e, %2f, %5c), backslashes, NUL and
// absolute paths all fail the segment rule before the file system is touched (OWASP Path
// Traversal; CWE-22).
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
  '.ico': 'image/x-icon',
};

/** Headers every response from our own hosts carries: the CSP and no sniffing, framing or caching. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

// Never starting with '.', so '.', '..' and hidden files are all refused; no '%', ':' or '\\'.
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * The segments of a URL path (as it appears in the URL, still percent-encoded) when it names a
 * plain file below the root, else null. '/' and '' name index.html.
 */
export function safeSegments(rawPath: string): string[] | null {
  if (rawPath === '' || rawPath === '/') return ['index.html'];
  if (!rawPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath.slice(1));
  } catch {
    return null;
  }
  const segments = decoded.split('/');
  // SEGMENT admits no '%', so a doubly encoded name (%252e) is refused, not decoded twice.
  if (!segments.every((s) => SEGMENT.test(s))) return null;
  return segments;
}

/** The real path of the file a URL path names inside root, or null (missing, not a file, outside). */
export function resolveStaticFile(root: string, rawPath: string): string | null {
  const segments = safeSegments(rawPath);
  if (!segments || !CONTENT_TYPES[extname(segments[segments.length - 1]!)]) return null;
  try {
    const realRoot = realpathSync(root);
    const real = realpathSync(join(realRoot, ...segments));
    // A symlink inside the root that points outside it is refused like '..'.
    if (!real.startsWith(realRoot + sep)) return null;
    return statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

export function notFound(): StaticResponse {
  return { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
}

export function staticResponse(root: string, rawPath: string, method: string): StaticResponse {
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, headers: { ...SECURITY_HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Method not allowed' };
  }
  const file = resolveStaticFile(root, rawPath);
  if (!file) return notFound();
  const body = readFileSync(file);
  return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': CONTENT_TYPES[extname(file)]! }, body: method === 'HEAD' ? '' : body };
}
