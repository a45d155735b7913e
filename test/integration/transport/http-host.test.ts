import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { networkInterfaces } from 'node:os';
import { createCore } from '../../../main/app/core';
import { startHttpHost, type HttpHost } from '../../../main/transport/http-host';
import { tempDir } from '../../support/temp';

let host: HttpHost;

beforeEach(async () => {
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  const core = createCore({ dataDir: tempDir(), host: 'browser' });
  host = await startHttpHost({ dispatch: core.dispatch, staticDir, maxBodyBytes: 1024 * 1024 });
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
});
