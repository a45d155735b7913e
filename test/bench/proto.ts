import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, toCsv } from './generator';
import { createWorkbench } from './workbench';
import { replaySteps } from './populate';
import { todayInZone } from '../../shared/dates/zone';

async function main() {
  const n = Number(process.argv[2] ?? 5000);
  let t = performance.now();
  const data = generate({ seed: 42, requests: n, auditEvents: n * 10, years: 5, anchor: todayInZone('Europe/Amsterdam') });
  console.log('generate', performance.now() - t, data.plannedAuditEvents);
  const dir = mkdtempSync(join(tmpdir(), 'dpo-proto-'));
  const wb = await createWorkbench(join(dir, 'wb'));
  const csv = toCsv(data.requests);
  t = performance.now();
  const res = await wb.call('request.import', { csv });
  console.log('import', performance.now() - t, res.imported, res.rejected.length, res.rejected[0]);
  const st = replaySteps(wb, data, res.refs);
  console.log(st);
  const store = wb.core.session.requireStore();
  console.log(store.db.prepare('SELECT status, count(*) n FROM requests GROUP BY status').all());
  t = performance.now();
  for (let i = 0; i < 20; i++) await wb.call('request.dashboard', {});
  console.log('dashboard', (performance.now() - t) / 20);
  wb.close();
  console.log(dir);
}
main();
