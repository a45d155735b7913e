// The purge as a job, as the app's purge screen runs it: on the built worker
// (dist/workers/purge-worker.cjs; `npm run build` first), with progress per batch; a cancel part-way
// leaves every record, file and audit detail as it was, and the chain verifies.
import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, daysAgo, type TestCore } from '../requests/helpers';
import { purgeWorker } from '../../../main/services/retention/purge-job';
import { PURGE_BATCH } from '../../../main/services/retention/purge';
import { DEFAULT_RETENTION } from '../../../shared/model/retention';
import { localUser } from '../../../shared/auth';

let t: TestCore;
afterEach(() => t?.close());

/** `n` withdrawn requests, due at once under a 0-month rule. */
async function withdrawnRequests(n: number): Promise<void> {
  const lines = ['type,name,email,received,channel,customer_id,regime,country,notes'];
  for (let i = 0; i < n; i++) lines.push(`access,Person ${i},p${i}@example.com,${daysAgo(5)},email,C${i},gdpr,NL,`);
  await t.call('request.import', { csv: lines.join('\n') });
  const refs = (t.core.session.requireStore().db.prepare('SELECT ref FROM requests').pluck().all() as string[]);
  for (const ref of refs) await t.call('request.transition', { ref, action: 'withdraw', on: daysAgo(1) });
  await t.call('settings.update', { retention: { ...DEFAULT_RETENTION, finishedRequests: { months: 0, reason: null } } });
}

/** Every table the purge writes, as rows: what "everything as it was" is compared on. */
function snapshot(): string {
  const db = t.core.session.requireStore().db;
  return ['requests', 'request_events', 'files', 'audit_details', 'audit_events']
    .map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().all()))
    .join('\n');
}

describe('retention purge as a job', () => {
  it('cancelled part-way, it leaves everything as it was; run again, it purges with progress per batch', async () => {
    expect(purgeWorker()).not.toBeNull();
    t = await openTestCore();
    const n = PURGE_BATCH * 12;
    await withdrawnRequests(n);
    expect(await t.call('retention.preview', {})).toMatchObject({ requests: n });
    const before = snapshot();

    const id = 'purge-cancel-0001';
    const pending = t.core.dispatch('retention.purge', { confirm: true, progressId: id }, { principal: localUser('test') });
    // Cancel once at least one batch has been written inside the job's transaction.
    for (let i = 0; i < 2000; i++) {
      const p = await t.call('job.progress', { id });
      if (p.done >= PURGE_BATCH) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const asked = await t.call('job.cancel', { id });
    expect(asked.state).toBe('running');
    expect(asked.done).toBeLessThan(n);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await t.call('job.progress', { id })).toMatchObject({ state: 'cancelled' });
    expect(snapshot()).toBe(before);
    expect(await t.call('retention.preview', {})).toMatchObject({ requests: n });
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true });

    const again = 'purge-run-00002';
    const seen: number[] = [];
    const run = t.core.dispatch('retention.purge', { confirm: true, progressId: again }, { principal: localUser('test') });
    const poll = setInterval(() => void t.call('job.progress', { id: again }).then((p) => seen.push(p.done)), 5);
    const done = await run;
    clearInterval(poll);
    expect(done).toMatchObject({ ok: true, result: { done: true, requests: n, batches: 12 } });
    expect(await t.call('job.progress', { id: again })).toMatchObject({ state: 'done', done: n, total: n });
    expect(seen.some((d) => d > 0 && d < n)).toBe(true);
    expect(await t.call('retention.preview', {})).toMatchObject({ requests: 0 });
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true });
  }, 180_000);
});
