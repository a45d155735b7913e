// The full export (shared/ops/export.ts): a plaintext copy of every table, written to the file
// the user named. The head it prints is recorded as a checkpoint, so a later rebuild of the chain
// is detected, and the export itself is an audit event: who took the data out, and how much.
import type { FeatureHandlers } from '../../shared/handlers';
import { actorOf } from '../../shared/handlers';
import type { exportOps } from '../../shared/ops/export';
import type { ExportSummary } from '../../shared/model/export';
import { APP_VERSION } from '../../shared/version';
import { exportJson } from '../store/export-json';
import type { Store } from '../store/store';
import { checkpointHead } from './audit-service';
import type { Session } from './session';

export async function exportEverything(store: Store, actor: string, file: string, force: boolean): Promise<ExportSummary> {
  // The file is written before the transaction (no I/O inside it); a failed write leaves no
  // fragment (writeOutputFile) and no audit event claiming an export that did not happen.
  const summary = await exportJson(store, file, APP_VERSION, { force });
  checkpointHead(store, 'export');
  store.tx(actor, 'export.json', (t) => t.audit({ entityType: 'export', entityId: null, summary: { tables: summary.tables, auditSeq: summary.auditSeq } }));
  return summary;
}

export function exportHandlers(session: Session): FeatureHandlers<typeof exportOps> {
  return {
    'export.write': (i, ctx) => exportEverything(session.requireStore(), actorOf(ctx), i.file, i.force),
  };
}
