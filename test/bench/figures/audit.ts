// Audit figures: verifying the whole hash chain vs hashing the same canonical bytes raw (the
// floor: SHA-256 over exactly what verify hashes, already in memory). The audit pack (a PDF for
// the regulator) does not exist yet; its figures are reported as not measured, never invented.
import { createHash } from 'node:crypto';
import type { Db } from '../../../main/store/database';
import { verifyAuditChain } from '../../../main/store/audit-chain';
import { canonicalJson } from '../../../main/store/canonical-json';
import { medianMs, result, type Result } from '../measure';

export async function verifyFigure(db: Db, runs: number): Promise<Result> {
  const rows = db.prepare('SELECT seq, at, actor, operation, entity_type, entity_id, summary, prev_hash FROM audit_events ORDER BY seq').raw().all() as unknown[][];
  const encoded = rows.map((r) => canonicalJson(r));
  const verify = await medianMs(runs, () => {
    const v = verifyAuditChain(db, null);
    if (!v.ok) throw new Error(`chain broken in benchmark: ${v.problem}`);
  });
  const raw = await medianMs(runs, () => {
    for (const e of encoded) createHash('sha256').update('dpo-audit-v1\n').update(e).digest('hex');
  });
  const n = rows.length;
  return result(`audit_verify_${n >= 1e6 ? `${(n / 1e6).toFixed(2)}m` : `${Math.round(n / 1000)}k`}`, 'ms', verify, raw);
}

/** SEAM: main/reports (pdfkit audit pack) is not built yet. Replace with the real figure when it is. */
export const NOT_MEASURED = [
  { name: 'audit_pack_10k_ms', reason: 'not measured: the audit pack does not exist yet' },
  { name: 'audit_pack_10k_peak_rss_mb', reason: 'not measured: the audit pack does not exist yet' },
];
