// Audit figures: verifying the whole hash chain vs hashing the same bytes raw (the floor: SHA-256
// over exactly what verify hashes, the stored event bodies with their chaining prefix, already in
// memory). The audit pack's figures are in audit-pack.ts.
import { createHash } from 'node:crypto';
import type { Db } from '../../../main/store/database';
import { verifyAuditChain } from '../../../main/store/audit-chain';
import { medianMs, result, type Result } from '../measure';

export async function verifyFigure(db: Db, runs: number): Promise<Result> {
  // Each body with the hash it is chained onto (the previous row's, in hex as hashed).
  const stored = db.prepare('SELECT body, hash FROM audit_events ORDER BY seq').raw().all() as Array<[Buffer, Buffer]>;
  const rows = stored.map(([body], i) => [body, i ? stored[i - 1]![1].toString('hex') : '0'.repeat(64)] as [Buffer, string]);
  const verify = await medianMs(runs, () => {
    const v = verifyAuditChain(db, null);
    if (!v.ok) throw new Error(`chain broken in benchmark: ${v.problem}`);
  });
  const domain = Buffer.from('dpo-audit-v2\n');
  const nl = Buffer.from('\n');
  const raw = await medianMs(runs, () => {
    for (const [body, prev] of rows) createHash('sha256').update(domain).update(prev).update(nl).update(body).digest('hex');
  });
  const n = rows.length;
  return result(`audit_verify_${n >= 1e6 ? `${(n / 1e6).toFixed(2)}m` : `${Math.round(n / 1000)}k`}`, 'ms', verify, raw);
}

/**
 * The full run measures the pack over its own data set (2k small, 100k full); the 10k figures come
 * from `--only audit_pack` (10,000 requests and their disclosures).
 */
export const NOT_MEASURED = [
  { name: 'audit_pack_10k_ms', reason: 'measured by `npm run bench -- --only audit_pack` (10,000 requests plus their disclosures)' },
  { name: 'audit_pack_10k_peak_rss_mb', reason: 'measured by `npm run bench -- --only audit_pack` (10,000 requests plus their disclosures)' },
];
