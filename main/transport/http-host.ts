// Browser mode: the renderer and the API over HTTP, for machines without Electron and for the
// end-to-end tests. Bound to 127.0.0.1 only; every /api/ call needs the random bearer token;
// the Host header must name the loopback (DNS rebinding); no CORS headers are ever sent.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { MAX_REQUEST_BYTES } from '../../shared/api';
import type { Dispatch } from './dispatch';
import { localUser } from '../../shared/auth';
import { SECURITY_HEADERS, staticResponse } from './static-files';

export interface HttpHostOptions {
  dispatch: Dispatch;
  /** Built renderer folder (dist/renderer). */
  staticDir: string;
  port?: number;
  /** For tests; by default a fresh 256-bit token per start. */
  token?: string;
  maxBodyBytes?: number;
  actor?: string;
}

export interface HttpHost {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const maxBody = options.maxBodyBytes ?? MAX_REQUEST_BYTES;
  const tokenBuf = Buffer.from(`Bearer ${token}`);
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Internal error.' } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) {
      req.resume();
      return send(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'Forbidden host.' } });
    }
    // Origin-form only ("/path?query"). Resolving against a base would read "//name/x" as a
    // host name and "http://…" as another origin; prefixing keeps the path exactly as sent.
    let url: URL;
    try {
      if (!req.url?.startsWith('/')) throw new TypeError('not origin-form');
      url = new URL(`http://${LOOPBACK}${req.url}`);
    } catch {
      req.resume();
      return send(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The address is not valid.' } });
    }
    if (url.pathname.startsWith('/api/')) {
      // The token is checked before anything else, so an unknown operation and a known one look
      // the same to a caller without it.
      const auth = Buffer.from(req.headers.authorization ?? '');
      if (auth.length !== tokenBuf.length || !timingSafeEqual(auth, tokenBuf)) {
        req.resume();
        return send(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong access token.' } });
      }
      if (req.method !== 'POST') {
        req.resume();
        res.setHeader('Allow', 'POST');
        return send(res, 405, { ok: false, error: { code: 'VALIDATION', message: 'Use POST.' } });
      }
      const body = await readBody(req, maxBody);
      if (body === 'too-large') {
        return send(res, 413, { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: `The request is larger than ${Math.round(maxBody / 1024 / 1024)} MB.` } }, true);
      }
      let input: unknown = {};
      if (body.length) {
        try {
          input = JSON.parse(body.toString('utf8'));
        } catch {
          return send(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The request body is not valid JSON.' } });
        }
      }
      const op = decodePath(url.pathname.slice('/api/'.length));
      if (op === null) return send(res, 400, badPath());
      const result = await options.dispatch(op, input, { principal: localUser(options.actor ?? 'dpo@browser') });
      return send(res, 200, result);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      req.resume();
      return send(res, 405, { ok: false, error: { code: 'VALIDATION', message: 'Method not allowed.' } });
    }
    if (decodePath(url.pathname) === null) return send(res, 400, badPath());
    serveStatic(url.pathname, req.method, res, options.staticDir);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${LOOPBACK}:${port}/?token=${encodeURIComponent(token)}`;
  return {
    server,
    port,
    token,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}` || host === LOOPBACK || host === 'localhost';
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > max) {
        done = true;
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => !done && resolve(Buffer.concat(chunks)));
    req.on('error', (e) => !done && reject(e));
  });
}

function securityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

function send(res: ServerResponse, status: number, body: unknown, closeConnection = false): void {
  securityHeaders(res);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (closeConnection) res.setHeader('Connection', 'close');
  res.end(JSON.stringify(body));
}

/** Percent-decoding that answers null for a malformed escape ("%zz", a lone "%E0"), never throws. */
function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function badPath(): unknown {
  return { ok: false, error: { code: 'VALIDATION', message: 'The address contains a malformed %-escape.' } };
}

// The same checks and headers as the desktop app's app:// scheme (static-files.ts).
function serveStatic(pathname: string, method: string, res: ServerResponse, root: string): void {
  const r = staticResponse(root, pathname, method);
  res.statusCode = r.status;
  for (const [name, value] of Object.entries(r.headers)) res.setHeader(name, value);
  res.end(r.body);
}
