import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { networkInterfaces } from 'node:os';
import { connect } from 'node:net';
import { createCore } from '../../../main/app/core';
import { OP_NAMES } from '../../../shared/api';
import { startHttpHost, type HttpHost } from '../../../main/transport/http-host';
import { tempDir } from '../../support/temp';

let host: HttpHost;
/** Calls that reached dispatch: a refused request must never get this far. */
let dispatched = 0;
let root: string;

beforeEach(async () => {
  root = tempDir();
  const staticDir = join(root, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  // A sibling whose name starts like the renderer folder: a prefix check without the separator
  // would serve it.
  mkdirSync(join(root, 'renderer-private'));
  writeFileSync(join(root, 'renderer-private', 'secret.txt'), 'SECRET-SIBLING');
  writeFileSync(join(root, 'secret.txt'), 'SECRET-PARENT');
  const core = createCore({ dataDir: tempDir(), host: 'browser' });
  dispatched = 0;
  const dispatch: typeof core.dispatch = (op, input, ctx) => {
    dispatched++;
    return core.dispatch(op, input, ctx);
  };
  host = await startHttpHost({ dispatch, staticDir, maxBodyBytes: 1024 * 1024 });
});
afterEach(() => host.close());

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer; hostAddr?: string }): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: opts.hostAddr ?? '127.0.0.1', port: host.port, path: opts.path, method: opts.method ?? 'POST', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const auth = () => ({ Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' });

describe('browser-mode HTTP host', () => {
  it('prints a loopback URL with a long random token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[A-Za-z0-9_-]{40,}$`));
  });

  it('answers 401 to a missing or wrong token, whether or not the operation exists', async () => {
    for (const path of ['/api/app.status', '/api/no.such.op']) {
      expect((await send({ path })).status).toBe(401);
      expect((await send({ path, headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
      expect((await send({ path, headers: { Authorization: `Bearer ${host.token}x` } })).status).toBe(401);
    }
  });

  it('serves the API with the token, and typed errors for unknown operations', async () => {
    const ok = await send({ path: '/api/app.status', headers: auth(), body: '{}' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, result: { initialised: false, locked: true, host: 'browser' } });
    const unknown = await send({ path: '/api/no.such.op', headers: auth(), body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    const bad = await send({ path: '/api/app.status', headers: auth(), body: '{oops' });
    expect(bad.status).toBe(400);
  });

  it('answers 403 to a foreign Host header (DNS rebinding)', async () => {
    const res = await send({ path: '/api/app.status', headers: { ...auth(), Host: `evil.example:${host.port}` }, body: '{}' });
    expect(res.status).toBe(403);
    const page = await send({ path: '/', method: 'GET', headers: { Host: 'attacker.test' } });
    expect(page.status).toBe(403);
  });

  it('answers 413 to an oversized body, declared or streamed', async () => {
    const big = Buffer.alloc(1024 * 1024 + 10, 'a');
    expect((await send({ path: '/api/app.status', headers: auth(), body: big })).status).toBe(413);
    const chunked = await send({ path: '/api/app.status', headers: { ...auth(), 'Transfer-Encoding': 'chunked' }, body: big });
    expect(chunked.status).toBe(413);
  });

  it('sends no CORS headers and a strict CSP', async () => {
    const res = await send({ path: '/api/app.status', headers: { ...auth(), Origin: 'http://evil.example' }, body: '{}' });
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    const page = await send({ path: '/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    const pre = await send({ path: '/api/app.status', method: 'OPTIONS', headers: { Origin: 'http://evil.example' } });
    expect(pre.status).toBe(401);
    expect(Object.keys(pre.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await send({ path: '/../../etc/passwd', method: 'GET' })).status).toBe(404);
    expect((await send({ path: '/%2e%2e/%2e%2e/etc/passwd', method: 'GET' })).status).toBe(404);
  });

  it('listens on 127.0.0.1 only', async () => {
    const addr = host.server.address();
    expect(addr).toMatchObject({ address: '127.0.0.1' });
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      await expect(send({ path: '/', method: 'GET', hostAddr: external.address })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    }
  });

  it('answers 401 UNAUTHORIZED on every operation path without the exact token, and dispatches nothing', async () => {
    const paths = [...OP_NAMES.map((op) => `/api/${op}`), '/api/', '/api/no.such.op', '/api/%5F%5Fproto%5F%5F', '/api//app.status', `/api/app.status?token=${host.token}`];
    const badAuth: Array<Record<string, string>> = [
      {},
      { Authorization: '' },
      { Authorization: 'Bearer' },
      { Authorization: 'Bearer ' },
      { Authorization: host.token },
      { Authorization: `bearer ${host.token}` },
      { Authorization: `Bearer  ${host.token}` },
      { Authorization: `Bearer ${host.token.slice(0, -1)}` },
      { Authorization: `Bearer ${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}` },
      { Authorization: `Basic ${Buffer.from(`dpo:${host.token}`).toString('base64')}` },
      { Cookie: `token=${host.token}` },
    ];
    for (const path of paths) {
      for (const headers of badAuth) {
        const res = await send({ path, headers: { ...headers, 'Content-Type': 'application/json' }, body: '{}' });
        expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(401);
        expect(JSON.parse(res.body), path).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      }
    }
    expect(dispatched).toBe(0);
  });

  it('answers 403 FORBIDDEN to foreign and rebinding Host values, on the API and on pages', async () => {
    const p = host.port;
    const hosts = [
      'evil.example',
      `evil.example:${p}`,
      `127.0.0.1.nip.io:${p}`,
      `localhost.evil.example:${p}`,
      `127.0.0.1:${p + 1}`,
      `127.0.0.1:${p}.evil.example`,
      `[::1]:${p}`,
      `0.0.0.0:${p}`,
      `127.1:${p}`,
      `2130706433:${p}`,
      `127.0.0.1:${p}@evil.example`,
    ];
    for (const h of hosts) {
      const api = await send({ path: '/api/app.status', headers: { ...auth(), Host: h }, body: '{}' });
      expect(api.status, h).toBe(403);
      expect(JSON.parse(api.body), h).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect((await send({ path: '/', method: 'GET', headers: { Host: h } })).status, h).toBe(403);
    }
    expect(dispatched).toBe(0);
    // The loopback names themselves are accepted.
    for (const h of [`127.0.0.1:${p}`, `localhost:${p}`]) {
      expect((await send({ path: '/api/app.status', headers: { ...auth(), Host: h }, body: '{}' })).status, h).toBe(200);
    }
  });

  it('refuses a request without any Host header (HTTP/1.0)', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const sock = connect(host.port, '127.0.0.1', () => sock.end(`GET / HTTP/1.0\r\n\r\n`));
      let data = '';
      sock.on('data', (c) => (data += c.toString()));
      sock.on('end', () => resolve(data));
      sock.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.[01] (400|403)/);
  });

  it('serves nothing outside the renderer folder, whatever the encoding of the path', async () => {
    const attempts = [
      '/../secret.txt',
      '/../renderer-private/secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/renderer-private/secret.txt',
      '/..%2fsecret.txt',
      '/..%2Frenderer-private%2Fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/.%2e/secret.txt',
      '/..%5csecret.txt',
      '/%5c..%5csecret.txt',
      '/..\\secret.txt',
      '/%252e%252e/secret.txt',
      '/index.html/../../secret.txt',
      '/index.html%00.png',
      '/%00',
      '//secret.txt',
      '/./../secret.txt',
      '/../../../../../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    ];
    for (const path of attempts) {
      const res = await send({ path, method: 'GET' });
      expect([400, 404], path).toContain(res.status);
      expect(res.body, path).not.toMatch(/SECRET|root:/);
    }
  });

  it('answers 400, not 500, to malformed %-escapes in any path', async () => {
    for (const path of ['/api/%E0%A4%A', '/api/%zz', '/api/app.status%', '/api/%C0%AF', '/%E0', '/assets/%ff%fe.js', '/%']) {
      const isApi = path.startsWith('/api/');
      const res = await send({ path, method: isApi ? 'POST' : 'GET', headers: isApi ? auth() : {}, body: isApi ? '{}' : undefined });
      expect(res.status, path).toBeLessThan(500);
      expect([400, 404], path).toContain(res.status);
      if (isApi) expect(JSON.parse(res.body), path).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('answers 400 to malformed JSON bodies and a typed error to valid JSON of the wrong shape, never 5xx', async () => {
    const bad = ['{oops', '{"a":', "{'single':1}", '\u0000', '{"a":1}{"b":2}', '['.repeat(100_000), Buffer.from([0xff, 0xfe, 0x00, 0x7b])];
    for (const body of bad) {
      const res = await send({ path: '/api/app.status', headers: auth(), body });
      expect(res.status, String(body).slice(0, 20)).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    for (const body of ['[]', '"text"', '42', 'true', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}']) {
      const res = await send({ path: '/api/vault.create', headers: auth(), body });
      expect(res.status, body).toBe(200);
      expect(JSON.parse(res.body), body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers 405 to other methods on the API and keeps answering after a 413', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      expect((await send({ path: '/api/app.status', method, headers: auth() })).status, method).toBe(405);
    }
    expect((await send({ path: '/api/app.status', headers: auth(), body: Buffer.alloc(2 * 1024 * 1024, 'a') })).status).toBe(413);
    expect((await send({ path: '/api/app.status', headers: auth(), body: '{}' })).status).toBe(200);
  });

  it('a flood of wrong-token calls leaves legitimate calls answered', async () => {
    const started = Date.now();
    let refused = 0;
    const legit: number[] = [];
    // Bounded: 20 rounds of 50 concurrent wrong-token calls, with one real call in each round.
    for (let round = 0; round < 20; round++) {
      const flood = Array.from({ length: 50 }, (_, i) =>
        send({ path: `/api/${OP_NAMES[(round * 50 + i) % OP_NAMES.length]}`, headers: { Authorization: `Bearer guess-${round}-${i}` }, body: '{}' }).then((r) => {
          if (r.status === 401) refused++;
        }),
      );
      const t0 = Date.now();
      const real = send({ path: '/api/app.status', headers: auth(), body: '{}' }).then((r) => {
        expect(r.status).toBe(200);
        legit.push(Date.now() - t0);
      });
      await Promise.all([...flood, real]);
    }
    expect(refused).toBe(1000);
    expect(legit).toHaveLength(20);
    expect(dispatched).toBe(20);
    // Generous bound for a shared 2-core machine; a host that queued real calls behind the flood
    // indefinitely, or crashed, fails it.
    expect(Math.max(...legit)).toBeLessThan(10_000);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
