// `node scripts/bench.mjs --only audit_pack [--requests N]`: the audit pack figures alone, on a
// workbench of N requests (default 10,000) plus as many disclosures, built through the real
// service path (generator.ts → populate.ts) like the full benchmark's data set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInZone } from '../../shared/dates/zone';
import { generate, toCsv } from './generator';
import { replayDisclosures, replaySteps } from './populate';
import { importFigure } from './figures/writes';
import { auditPackFigures } from './figures/audit-pack';
import { table } from './measure';

const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

export async function auditPackOnly(requests: number, runs = 3): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-bench-pack-'));
  try {
    const today = todayInZone('Europe/Amsterdam');
    const data = generate({ seed: 20_260_401, requests, auditEvents: requests * 5, disclosures: requests, recipients: Math.max(40, requests / 50), years: 5, anchor: today });
    const imp = await importFigure(dir, toCsv(data.requests), data.requests.length, 1, true);
    const wb = imp.workbench!;
    const steps = replaySteps(wb, data, imp.refs);
    const disc = replayDisclosures(wb, data, imp.refs);
    log(`built: ${data.requests.length} requests, ${steps.steps} steps, ${disc.disclosures} disclosures`);
    wb.close();
    const label = requests >= 1000 ? `${Math.round(requests / 1000)}k` : String(requests);
    const { results, runs: all } = auditPackFigures(process.argv[1]!, wb.dataDir, runs, label);
    process.stdout.write(`${table(results)}\n${all.map((r) => JSON.stringify(r)).join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
