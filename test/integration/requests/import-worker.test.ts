import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { createCore } from '../../../main/app/core';
import { importWorkerPath } from '../../../main/services/requests/import-job';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { localUser } from '../../../shared/auth';

const ctx = { principal: localUser('test') };

function csv(rows: number): string {
  const lines = ['type,name,email,received,channel,customer_id,regime,country,notes'];
  for (let i = 0; i < rows; i++) lines.push(`access,Person ${i},p${i}@example.com,2026-10-${String((i % 28) + 1).padStart(2, '0')},email,C${i},gdpr,NL,`);
  return lines.join('\n');
}

describe('import on a worker thread (desktop and browser hosts)', () => {
  it('runs off the main thread, reports progress, and writes everything with its audit trail', async () => {
    // The worker is the bundled dist/workers/import-worker.cjs: `npm test` builds before testing.
    expect(importWorkerPath()).not.toBeNull();
    expect(existsSync(importWorkerPath()!)).toBe(true);
    const core = createCore({ dataDir: tempDir(), host: 'browser' });
    await core.dispatch('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, ctx);
    const rows = 6000;
    const seen: number[] = [];
    let worstTickMs = 0;
    let last = performance.now();
    // While the import runs, the main thread keeps answering: its timers fire on time and other
    // operations complete.
    const ticker = setInterval(() => {
      const now = performance.now();
      worstTickMs = Math.max(worstTickMs, now - last);
      last = now;
      void core.dispatch('job.progress', { id: 'import-test-0001' }, ctx).then((r) => {
        if (r.ok) seen.push((r.result as { done: number }).done);
      });
    }, 20);
    const res = await core.dispatch('request.import', { csv: csv(rows), progressId: 'import-test-0001' }, ctx);
    clearInterval(ticker);
    expect(res).toMatchObject({ ok: true, result: { imported: rows, rejected: [] } });
    expect(seen.some((d) => d > 0 && d < rows)).toBe(true);
    expect(worstTickMs).toBeLessThan(500);
    expect(await core.dispatch('job.progress', { id: 'import-test-0001' }, ctx)).toMatchObject({ ok: true, result: { state: 'done', done: rows, total: rows } });
    expect(await core.dispatch('request.list', { limit: 1 }, ctx)).toMatchObject({ ok: true, result: { total: rows } });
    expect(await core.dispatch('audit.verify', {}, ctx)).toMatchObject({ ok: true, result: { ok: true } });
  }, 120_000);

  it('a failing import in the worker comes back as a typed error and writes nothing', async () => {
    const core = createCore({ dataDir: tempDir(), host: 'browser' });
    await core.dispatch('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, ctx);
    const res = await core.dispatch('request.import', { csv: 'name,email\nA,a@example.com', progressId: 'import-test-0002' }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await core.dispatch('request.list', {}, ctx)).toMatchObject({ ok: true, result: { total: 0 } });
  });

  it('job.cancel stops a running import: nothing of it is kept, the chain verifies, progress says cancelled', async () => {
    const core = createCore({ dataDir: tempDir(), host: 'browser' });
    await core.dispatch('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, ctx);
    const id = 'import-cancel-0001';
    const pending = core.dispatch('request.import', { csv: csv(20_000), progressId: id }, ctx);
    // Cancel once the worker has written part of the import inside its transaction.
    for (let i = 0; i < 600; i++) {
      const p = await core.dispatch('job.progress', { id }, ctx);
      if (p.ok && (p.result as { done: number }).done > 0) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(await core.dispatch('job.cancel', { id }, ctx)).toMatchObject({ ok: true, result: { state: 'running' } });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await core.dispatch('job.progress', { id }, ctx)).toMatchObject({ ok: true, result: { state: 'cancelled' } });
    expect(await core.dispatch('request.list', {}, ctx)).toMatchObject({ ok: true, result: { total: 0 } });
    expect(await core.dispatch('audit.verify', {}, ctx)).toMatchObject({ ok: true, result: { ok: true } });
    // An unknown or finished job: cancel changes nothing and says so.
    expect(await core.dispatch('job.cancel', { id: 'no-such-job-01' }, ctx)).toMatchObject({ ok: true, result: { state: 'unknown' } });
  }, 120_000);
});

